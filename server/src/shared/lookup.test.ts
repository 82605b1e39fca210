import { describe, expect, it } from 'vitest';
import { runInLocale } from '../i18n/index.js';
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
  // The IGU slot's real statuses and names, with a made-up table of moves.
  const assertMove = lifecycle('iguSlot', 'iguStatus', {
    OPEN: ['CLOSED'],
    CLOSED: ['OPEN', 'FILLED'],
    FILLED: [],
  } as const);

  it('lets the allowed moves through', () => {
    expect(() => assertMove('OPEN', 'CLOSED')).not.toThrow();
    expect(() => assertMove('CLOSED', 'FILLED')).not.toThrow();
  });

  it('names the status field and the moves that are allowed', () => {
    try {
      runInLocale('en', () => assertMove('OPEN', 'FILLED'));
      expect.unreachable('OPEN → FILLED must be refused');
    } catch (e) {
      const err = e as { message: string; extensions: Record<string, unknown> };
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      expect(err.message).toBe('The IGU slot is Open and cannot become Filled; from Open it can become Closed.');
    }
  });

  it('says when a status is final, in Danish by default, and lists several moves with "eller"', () => {
    expect(() => assertMove('FILLED', 'OPEN')).toThrow(
      'IGU-pladsen har status Besat og kan ikke blive Åben: Besat er endelig.',
    );
    expect(() => assertMove('CLOSED', 'CLOSED')).toThrow(
      'IGU-pladsen har status Lukket og kan ikke blive Lukket; fra Lukket kan den blive Åben eller Besat.',
    );
  });
});
