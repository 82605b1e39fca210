import { describe, expect, it } from 'vitest';
import { isUuid, lifecycle } from './lookup.js';

describe('isUuid', () => {
  it('accepts uuids in either case and refuses anything PostgreSQL would not cast', () => {
    expect(isUuid('0b9f1c2e-6a1d-4c8e-9f10-2b3c4d5e6f70')).toBe(true);
    expect(isUuid('0B9F1C2E-6A1D-4C8E-9F10-2B3C4D5E6F70')).toBe(true);
    expect(isUuid('0b9f1c2e6a1d4c8e9f102b3c4d5e6f70')).toBe(false);
    expect(isUuid("1' or '1'='1")).toBe(false);
    expect(isUuid('')).toBe(false);
    expect(isUuid(null)).toBe(false);
  });
});

describe('lifecycle', () => {
  const assertMove = lifecycle('A door', { OPEN: ['CLOSED'], CLOSED: ['OPEN', 'LOCKED'], LOCKED: [] } as const);

  it('lets the allowed moves through', () => {
    expect(() => assertMove('OPEN', 'CLOSED')).not.toThrow();
    expect(() => assertMove('CLOSED', 'LOCKED')).not.toThrow();
  });

  it('names the status field and the moves that are allowed', () => {
    try {
      assertMove('OPEN', 'LOCKED');
      expect.unreachable('OPEN → LOCKED must be refused');
    } catch (e) {
      const err = e as { message: string; extensions: Record<string, unknown> };
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      expect(err.message).toBe('A door that is OPEN cannot become LOCKED; from OPEN it can become CLOSED.');
    }
  });

  it('says when a status is final', () => {
    expect(() => assertMove('LOCKED', 'OPEN')).toThrow('A door that is LOCKED cannot become OPEN: LOCKED is final.');
  });
});
