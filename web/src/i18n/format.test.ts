import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.js';

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
