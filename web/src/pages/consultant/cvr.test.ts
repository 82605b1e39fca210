import { describe, expect, it } from 'vitest';
import { cvrProblem } from './cvr.js';

describe('cvrProblem', () => {
  it('accepts a valid CVR number, spaces ignored', () => {
    expect(cvrProblem('10150817')).toBeNull();
    expect(cvrProblem('1015 0817')).toBeNull();
  });
  it('names a wrong check digit', () => {
    expect(cvrProblem('10150818')).toEqual({ key: 'consultant.cvr.checkDigit', values: { cvr: '10150818' } });
  });
  it('names the wrong length, letters, a leading zero and an empty field', () => {
    expect(cvrProblem('1234')?.key).toBe('consultant.cvr.length');
    expect(cvrProblem('DK10150817')?.key).toBe('consultant.cvr.digits');
    expect(cvrProblem('01234567')?.key).toBe('consultant.cvr.zero');
    expect(cvrProblem('  ')?.key).toBe('consultant.cvr.empty');
  });
});
