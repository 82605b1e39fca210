import { describe, expect, it } from 'vitest';
import { sharedBuffersMb } from './embedded-postgres.js';

const GB = 2 ** 30;

describe("the embedded PostgreSQL's buffer cache", () => {
  it('takes a quarter of the machine, never less than the default 128 MB nor more than 2 GB', () => {
    expect(sharedBuffersMb(4 * GB)).toBe(1024);
    expect(sharedBuffersMb(0.25 * GB)).toBe(128);
    expect(sharedBuffersMb(24 * GB)).toBe(2048);
  });
});
