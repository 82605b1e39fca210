import { describe, expect, it } from 'vitest';
import { cvrProblem, isValidCvr, normalizeCvr } from './cvr.js';

/**
 * Independent reference: the check digit is what makes the weighted sum of all
 * eight digits divisible by 11, i.e. (11 − (weighted sum of the first seven
 * mod 11)) mod 11; a prefix that would need check digit 10 has no valid CVR.
 */
function referenceCheckDigit(first7: string): number | null {
  const w = [2, 7, 6, 5, 4, 3, 2];
  const s = first7.split('').reduce((acc, ch, i) => acc + (ch.charCodeAt(0) - 48) * (w[i] ?? 0), 0);
  const check = (11 - (s % 11)) % 11;
  return check === 10 ? null : check;
}

function referenceValid(cvr: string): boolean {
  return /^[1-9]\d{7}$/.test(cvr) && referenceCheckDigit(cvr.slice(0, 7)) === Number(cvr[7]);
}

describe('cvrProblem', () => {
  it.each(['10150817', '25313763', '29403473'])('accepts the real CVR %s (confirmed by the reference)', (cvr) => {
    expect(referenceValid(cvr)).toBe(true);
    expect(cvrProblem(cvr)).toBeNull();
    expect(isValidCvr(cvr)).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(referenceValid('10150818')).toBe(false);
    expect(cvrProblem('10150818', 'en')).toBe('CVR 10150818 has an invalid check digit');
    expect(cvrProblem('12345678', 'en')).toBe('CVR 12345678 has an invalid check digit');
    expect(isValidCvr('12345678')).toBe(false);
  });

  it('agrees with the reference for every last digit of many prefixes', () => {
    let valid = 0;
    for (let prefix = 1_000_000; prefix <= 9_999_999; prefix += 97_331) {
      for (let last = 0; last <= 9; last++) {
        const cvr = `${prefix}${last}`;
        expect(cvrProblem(cvr) === null, cvr).toBe(referenceValid(cvr));
        if (referenceValid(cvr)) valid++;
      }
    }
    expect(valid).toBeGreaterThan(50);
  });

  it('requires exactly 8 digits', () => {
    expect(cvrProblem('1015081', 'en')).toBe('CVR must be 8 digits, got 7');
    expect(cvrProblem('101508170', 'en')).toBe('CVR must be 8 digits, got 9');
  });

  it('rejects a leading zero even with a correct modulus-11 sum', () => {
    // 0·2 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 + 0·1 = 77 = 7·11: the checksum alone would pass.
    expect(referenceCheckDigit('0123456')).toBe(0);
    expect(cvrProblem('01234560', 'en')).toBe(
      'CVR 01234560 cannot start with 0; Danish CVR numbers never start with 0',
    );
  });

  it('rejects letters and other characters with a clear message', () => {
    expect(cvrProblem('1015O817', 'en')).toBe('CVR may only contain digits, got "1015O817"');
    expect(cvrProblem('DK10150817', 'en')).toBe('CVR may only contain digits, got "DK10150817"');
    expect(cvrProblem('1015-0817', 'en')).toBe('CVR may only contain digits, got "1015-0817"');
  });

  it('accepts whitespace by stripping it', () => {
    expect(cvrProblem('1015 0817')).toBeNull();
    expect(cvrProblem(' 10 15 08 17\t')).toBeNull();
    expect(normalizeCvr(' 1015 0817 ')).toBe('10150817');
    expect(cvrProblem('1015 081', 'en')).toBe('CVR must be 8 digits, got 7');
  });

  it('rejects empty input', () => {
    expect(cvrProblem('', 'en')).toBe('CVR is empty; enter the 8-digit CVR number');
    expect(cvrProblem('   ', 'en')).toBe('CVR is empty; enter the 8-digit CVR number');
  });

  it('speaks Danish on request', () => {
    expect(cvrProblem('1015081', 'da')).toBe('CVR-nummeret skal have 8 cifre, fik 7.');
    expect(cvrProblem('12345678', 'da')).toBe(
      'CVR-nummeret 12345678 har et ugyldigt kontrolciffer; tjek for tastefejl.',
    );
    expect(cvrProblem('10150817', 'da')).toBeNull();
  });
});
