import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from './format.js';

// Intl separates the amount and the currency with a no-break space.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatMoney', () => {
  it('shows øre in Danish: 152,50 kr.', () => {
    expect(plain(formatMoney(152.5, 'da'))).toBe('152,50 kr.');
    expect(plain(formatMoney(18500, 'da'))).toBe('18.500,00 kr.');
  });

  it('shows pence-like decimals in English: DKK 152.50', () => {
    expect(plain(formatMoney(152.5, 'en'))).toBe('DKK 152.50');
    expect(plain(formatMoney(18500, 'en'))).toBe('DKK 18,500.00');
  });

  it('shows a dash for no amount', () => {
    expect(formatMoney(null, 'da')).toBe('–');
  });
});

describe('formatPercent', () => {
  it('binds the % sign to its number: a no-break space in Danish (U+00A0 or U+202F), none in English', () => {
    expect(formatPercent(1 / 3, 'da')).toMatch(/^33,3[\u00a0\u202f]%$/);
    expect(formatPercent(1 / 3, 'en')).toBe('33.3%');
    expect(formatPercent(1, 'da', 0)).toMatch(/^100[\u00a0\u202f]%$/);
    for (const lang of ['da', 'en']) expect(formatPercent(0.525, lang)).not.toMatch(/ %/);
  });

  it('writes a gain with its sign: +65 %', () => {
    expect(formatPercent(0.65, 'da', 1, true)).toMatch(/^\+65[\u00a0\u202f]%$/);
    expect(formatPercent(0.65, 'en', 1, true)).toBe('+65%');
  });
});
