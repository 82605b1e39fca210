import { describe, expect, it } from 'vitest';
import * as adviser from '../pages/adviser/messages.js';
import * as company from '../pages/company/messages.js';
import * as consultant from '../pages/consultant/messages.js';
import * as overview from '../pages/overview/messages.js';
import { type EnumGroup, enumLabel, enumsDa, enumsEn } from './enums.js';
import i18n from './index.js';

type Tree = { [key: string]: string | Tree };
/** Every object in a message tree, with its path. */
const objects = (tree: Tree, path = ''): [string, Tree][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [] : [[`${path}${k}`, v] as [string, Tree], ...objects(v, `${path}${k}.`)],
  );
const sameKeys = (a: object, b: object) =>
  JSON.stringify(Object.keys(a).sort()) === JSON.stringify(Object.keys(b).sort());

describe('enum labels (issue 14.3: said once)', () => {
  const groups = Object.keys(enumsDa) as EnumGroup[];

  it('have the same values in Danish and English, and every label differs from its key', () => {
    for (const g of groups) {
      expect(Object.keys(enumsEn[g]).sort(), g).toEqual(Object.keys(enumsDa[g]).sort());
    }
    for (const lang of ['da', 'en'] as const) {
      const t = i18n.getFixedT(lang);
      for (const g of groups) {
        for (const v of Object.keys(enumsDa[g]))
          expect(enumLabel(t, g, v), `${lang} ${g}.${v}`).not.toContain('enums.');
      }
    }
    expect(enumLabel(i18n.getFixedT('da'), 'danishLevel', 'NONE')).toBe('Intet dansk');
    expect(enumLabel(i18n.getFixedT('da'), 'progress', 2)).toBe('2 – Svag');
    expect(enumLabel(i18n.getFixedT('en'), 'progress', 2)).toBe('2 – Weak');
  });

  it('live nowhere else: no workspace has its own copy of a group', () => {
    for (const [name, ws] of Object.entries({ adviser, company, consultant, overview })) {
      for (const lang of ['da', 'en'] as const) {
        const copies = objects(ws[lang] as unknown as Tree).filter(([, o]) =>
          groups.some((g) => sameKeys(o, enumsDa[g]) && Object.keys(o).length > 1),
        );
        expect(
          copies.map(([p]) => `${name}.${lang}.${p}`),
          'use enumLabel(t, group, value)',
        ).toEqual([]);
        // A scale spelt out as separate keys (progress1 … progress5) is a copy too.
        expect(JSON.stringify(ws[lang])).not.toMatch(/"progress[1-5]"/);
      }
    }
  });
});
