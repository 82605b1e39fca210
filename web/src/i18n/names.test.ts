import { describe, expect, it } from 'vitest';
import { localName } from './names.js';

describe('localName', () => {
  it('is the English name in English and the Danish name in Danish', () => {
    const forklift = { name: 'Gaffeltruck', nameEn: 'Forklift truck' };
    expect(localName(forklift, 'en')).toBe('Forklift truck');
    expect(localName(forklift, 'da')).toBe('Gaffeltruck');
  });

  it('falls back to the Danish name when there is no English one', () => {
    expect(localName({ name: 'Lager', nameEn: null }, 'en')).toBe('Lager');
    expect(localName({ name: 'Lager', nameEn: '  ' }, 'en')).toBe('Lager');
    expect(localName({ name: 'Lager' }, 'en')).toBe('Lager');
  });
});
