import { describe, expect, it } from 'vitest';
import { passwordProblem, passwordWeakness } from './password-strength.js';

describe('password strength (issue 13 item 9)', () => {
  it.each([
    ['twelve spaces', ' '.repeat(12)],
    ['one letter twelve times', 'aaaaaaaaaaaa'],
    ['a common password with digits', 'password1234'],
    ['a keyboard run', 'qwertyuiop12'],
    ['a sequence', 'abcdefghijkl'],
    ['a common password, capitalised', 'Password1234!'],
  ])('refuses %s', (_what, password) => {
    expect(passwordWeakness(password)).not.toBeNull();
  });

  it('refuses the user’s own e-mail and name, also run together', () => {
    const inputs = ['anna.jensen@aarhus.dk', 'Anna Jensen'];
    expect(passwordWeakness('anna.jensen@aarhus.dk', inputs)).toBe('guessable');
    expect(passwordWeakness('annajensen2026', inputs)).toBe('guessable');
    // The same passwords are refused for her, not for someone else:
    expect(passwordWeakness('anna.jensen@aarhus.dk', [])).toBeNull();
  });

  it('refuses anything under 12 characters', () => {
    expect(passwordWeakness('Xq7#pL2!vR9')).toBe('short');
  });

  it('accepts unrelated words and long random text', () => {
    expect(passwordWeakness('lampe cykel havregryn bølge')).toBeNull();
    expect(passwordWeakness('k7Hq-2vNp-Zx8w')).toBeNull();
  });

  it('says what to do, in Danish or English', () => {
    expect(passwordProblem('password1234', [], 'da')).toMatch(/for let at gætte.*Brug tre-fire ord/);
    expect(passwordProblem('password1234', [], 'en')).toMatch(/too easy to guess.*Use three or four/);
    expect(passwordProblem('kort', [], 'da')).toMatch(/mindst 12 tegn/);
    expect(passwordProblem('lampe cykel havregryn bølge', [], 'en')).toBeNull();
  });
});
