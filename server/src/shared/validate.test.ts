import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runInLocale } from '../i18n/index.js';
import { DomainError } from './errors.js';
import { assertDateOrder, hours, optionalPersonName, parseInput, personName, postcode } from './validate.js';

function failure(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a validation error');
}

describe('parseInput', () => {
  const form = z.object({
    weeklyHours: hours('weeklyHours'),
    postcode,
    hoursPlan: z.array(z.object({ weeklyHours: hours('weeklyHours') })),
  });
  const wrong = {
    weeklyHours: 40,
    postcode: '12',
    hoursPlan: [{ weeklyHours: -1 }, { weeklyHours: 10 }, { weeklyHours: 38 }],
  };
  const plan = z.object({ hoursPlan: z.array(z.object({ weeklyHours: hours('weeklyHours') })) });

  it('returns the parsed value when the input is valid', () => {
    expect(parseInput(plan, { hoursPlan: [{ weeklyHours: 12.5 }] })).toEqual({ hoursPlan: [{ weeklyHours: 12.5 }] });
  });

  it('names the field and the row of a list, in words and in the extensions', () => {
    const err = failure(() =>
      runInLocale('en', () => parseInput(plan, { hoursPlan: [{ weeklyHours: 10 }, { weeklyHours: 40 }] })),
    );
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hoursPlan.weeklyHours', index: 1 });
    expect(err.message).toBe('Row 2: Weekly hours cannot be more than 37 a week.');
  });

  it('leaves the index out for a plain field', () => {
    const err = failure(() => runInLocale('en', () => parseInput(z.object({ h: hours('hours') }), { h: -1 })));
    expect(err.extensions).toMatchObject({ field: 'h' });
    expect(err.extensions).not.toHaveProperty('index');
    expect(err.message).toBe('Hours cannot be negative.');
  });

  it('names every invalid field at once, the first also in `field`, one message per field and row (in English)', () => {
    const err = failure(() => runInLocale('en', () => parseInput(form, wrong)));
    expect(err.extensions.field).toBe('weeklyHours');
    expect(err.message).toBe('Weekly hours cannot be more than 37 a week.');
    expect(err.extensions.fields).toEqual([
      { field: 'weeklyHours', message: 'Weekly hours cannot be more than 37 a week.' },
      { field: 'postcode', message: 'A postcode has 4 digits, e.g. 5000.' },
      { field: 'hoursPlan.weeklyHours', message: 'Row 1: Weekly hours cannot be negative.', index: 0 },
      { field: 'hoursPlan.weeklyHours', message: 'Row 3: Weekly hours cannot be more than 37 a week.', index: 2 },
    ]);
  });

  it('says the same in Danish, the default language (outside a request too)', () => {
    const err = failure(() => parseInput(form, wrong));
    expect(err.extensions.fields).toEqual([
      { field: 'weeklyHours', message: 'Timer pr. uge kan ikke være mere end 37 om ugen.' },
      { field: 'postcode', message: 'Et postnummer har 4 cifre, f.eks. 5000.' },
      { field: 'hoursPlan.weeklyHours', message: 'Række 1: Timer pr. uge kan ikke være negative.', index: 0 },
      {
        field: 'hoursPlan.weeklyHours',
        message: 'Række 3: Timer pr. uge kan ikke være mere end 37 om ugen.',
        index: 2,
      },
    ]);
  });
});

describe('hours', () => {
  it.each([
    [0, true],
    [37, true],
    [18.5, true],
    [37.5, false],
    [-0.5, false],
    [10.25, false],
    [Number.NaN, false],
  ])('%s → valid %s', (value, ok) => {
    expect(hours().safeParse(value).success).toBe(ok);
  });
});

describe('postcode', () => {
  it('accepts a Danish postcode and refuses one that does not exist', () => {
    expect(postcode.safeParse('5000').success).toBe(true);
    expect(postcode.safeParse('0001').success).toBe(false);
    expect(postcode.safeParse('50000').success).toBe(false);
  });
});

describe('assertDateOrder', () => {
  it('refuses an end before the start on the later field', () => {
    const err = failure(() => assertDateOrder('startDate', '2026-12-01', 'endDate', '2026-11-30'));
    expect(err.extensions).toMatchObject({ field: 'endDate' });
    expect(err.message).toBe('Slutdato (30. nov. 2026) skal være samme dag som eller efter Startdato (1. dec. 2026).');
    const en = failure(() =>
      runInLocale('en', () => assertDateOrder('filter.from', '2026-12-01', 'filter.to', '2026-11-30')),
    );
    expect(en.message).toBe('To (30 Nov 2026) must be on or after From (1 Dec 2026).');
  });

  it('accepts the same day and missing dates', () => {
    expect(() => assertDateOrder('startDate', '2026-12-01', 'endDate', '2026-12-01')).not.toThrow();
    expect(() => assertDateOrder('startDate', null, 'endDate', '2026-12-01')).not.toThrow();
  });
});

describe('personName (issue 13 item 11)', () => {
  const name = personName('firstName', 100);
  const problem = (v: string) => runInLocale('en', () => name.safeParse(v).error?.issues[0]?.message);

  it('stores one Unicode form (NFC), trimmed', () => {
    const decomposed = 'Jose\u0301 '; // "José" typed as e + combining accent
    expect(name.parse(decomposed)).toBe('Jos\u00e9');
    expect(name.parse('  Ølstykke  ')).toBe('Ølstykke');
  });

  it('refuses names made only of invisible characters', () => {
    for (const v of ['\u200B\u200B\u200B', '\u200C\u200D', '\uFEFF\u2060', '\u00AD', '\u3164', ' \u200B ']) {
      expect(problem(v), JSON.stringify(v)).toMatch(/invisible|cannot be empty/);
    }
  });

  it('refuses hidden text-direction characters anywhere in a name', () => {
    for (const v of ['\u202Enosnah', 'Anna\u202E', '\u2066Ali\u2069', 'Ali\u200F', '\u202E']) {
      expect(problem(v), JSON.stringify(v)).toMatch(/First name contains a hidden text-direction character/);
    }
  });

  it('accepts real names in any script, zero-width joiners inside them included', () => {
    for (const v of ['Amina', 'محمد', 'ትግርኛ', 'Zoë-Marie', 'O’Brien', 'مهر\u200Cنوش', '李 小龙']) {
      expect(name.safeParse(v).success, v).toBe(true);
    }
  });

  it('lets an optional name be empty or left out, never invisible', () => {
    const mentor = optionalPersonName('mentorName', 200);
    expect(mentor.parse('')).toBe('');
    expect(mentor.parse(null)).toBeNull();
    expect(mentor.safeParse('\u200B').error?.issues[0]?.message).toMatch(/Mentorens navn består kun af usynlige tegn/);
    expect(mentor.safeParse('Bo\u202E').success).toBe(false);
  });
});
