import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IGU_RULES, type IguCandidate, iguEligibility, iguFailures, isIguEligible } from './igu-eligibility.js';

const START = '2026-06-01';

function person(over: Partial<IguCandidate> = {}): IguCandidate {
  return { birthDate: '1995-03-10', residenceCategory: 'REFUGEE', arrivalDate: '2023-09-01', ...over };
}

describe('DEFAULT_IGU_RULES', () => {
  it('is 18–40 years, refugees and family-reunified to refugees, at most 5 years since arrival', () => {
    expect(DEFAULT_IGU_RULES).toEqual({
      minAge: 18,
      maxAge: 40,
      allowedResidenceCategories: ['REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE'],
      maxYearsSinceArrival: 5,
    });
  });
});

describe('iguEligibility', () => {
  it('accepts a refugee and a person family-reunified to a refugee', () => {
    expect(iguEligibility(person(), START)).toEqual({ eligible: true, reason: null });
    expect(iguEligibility(person({ residenceCategory: 'FAMILY_REUNIFIED_TO_REFUGEE' }), START)).toEqual({
      eligible: true,
      reason: null,
    });
  });

  describe('minimum age 18', () => {
    it('18th birthday on the start date is eligible', () => {
      expect(iguEligibility(person({ birthDate: '2008-06-01' }), START).eligible).toBe(true);
    });

    it('18th birthday the day after the start date is not', () => {
      expect(iguEligibility(person({ birthDate: '2008-06-02' }), START)).toEqual({
        eligible: false,
        reason: 'Er 17 år på startdatoen; IGU kræver 18–40 år.',
      });
    });

    it('18th birthday the day before the start date is eligible', () => {
      expect(iguEligibility(person({ birthDate: '2008-05-31' }), START).eligible).toBe(true);
    });

    it('a 29 February birthday is reached on 1 March in a non-leap year', () => {
      const p = person({ birthDate: '2008-02-29' });
      expect(iguEligibility(p, '2026-02-28').eligible).toBe(false);
      expect(iguEligibility(p, '2026-03-01').eligible).toBe(true);
    });

    it('a birth date after the start date is reported, not a negative age', () => {
      const r = iguEligibility(person({ birthDate: '2026-06-02', arrivalDate: '2026-06-01' }), START);
      expect(r.eligible).toBe(false);
      expect(r.reason).toBe('Fødselsdatoen 2. jun. 2026 ligger efter startdatoen 1. jun. 2026; IGU kræver 18–40 år.');
    });
  });

  describe('maximum age 40', () => {
    it('40 years old (41st birthday the day after the start date) is eligible', () => {
      expect(iguEligibility(person({ birthDate: '1985-06-02' }), START).eligible).toBe(true);
    });

    it('41st birthday on the start date is not', () => {
      expect(iguEligibility(person({ birthDate: '1985-06-01' }), START)).toEqual({
        eligible: false,
        reason: 'Er 41 år på startdatoen; IGU kræver 18–40 år.',
      });
    });
  });

  describe('years since arrival (at most 5)', () => {
    it('arrival exactly 5 years before the start date is eligible', () => {
      expect(iguEligibility(person({ arrivalDate: '2021-06-01' }), START).eligible).toBe(true);
    });

    it('arrival 5 years and 1 day before the start date is not', () => {
      expect(iguEligibility(person({ arrivalDate: '2021-05-31' }), START)).toEqual({
        eligible: false,
        reason:
          'Indrejste 31. maj 2021, mere end 5 år før startdatoen (grænsen var 31. maj 2026); IGU kræver højst 5 år i Danmark.',
      });
    });

    it('arrival on the start date itself is eligible', () => {
      expect(iguEligibility(person({ arrivalDate: START }), START).eligible).toBe(true);
    });

    it('a missing arrival date is not eligible, with a reason', () => {
      expect(iguEligibility(person({ arrivalDate: null }), START)).toEqual({
        eligible: false,
        reason: 'Indrejsedatoen mangler; den skal kendes for at vurdere, om personen har været i Danmark i højst 5 år.',
      });
    });

    it('an arrival date after the start date is a data error with a reason', () => {
      const r = iguEligibility(person({ arrivalDate: '2026-07-01' }), START);
      expect(r.eligible).toBe(false);
      expect(r.reason).toContain('ligger efter startdatoen');
    });
  });

  it('rejects other residence categories', () => {
    expect(iguEligibility(person({ residenceCategory: 'OTHER' }), START)).toEqual({
      eligible: false,
      reason: 'Opholdsgrundlaget er andet opholdsgrundlag; IGU kræver flygtning eller familiesammenført til flygtning.',
    });
  });

  it('lists every failing rule, in order', () => {
    const r = iguEligibility(person({ birthDate: '1980-01-01', residenceCategory: 'OTHER', arrivalDate: null }), START);
    expect(r.eligible).toBe(false);
    expect(r.reason).toBe(
      'Er 46 år på startdatoen; IGU kræver 18–40 år. ' +
        'Opholdsgrundlaget er andet opholdsgrundlag; IGU kræver flygtning eller familiesammenført til flygtning. ' +
        'Indrejsedatoen mangler; den skal kendes for at vurdere, om personen har været i Danmark i højst 5 år.',
    );
  });

  it('writes English with locale en', () => {
    const r = iguEligibility(
      person({ birthDate: '1985-06-01', residenceCategory: 'OTHER', arrivalDate: '2020-01-01' }),
      START,
      DEFAULT_IGU_RULES,
      'en',
    );
    expect(r.reason).toBe(
      'Is 41 on the start date; IGU requires age 18–40. ' +
        'The residence basis is other residence basis; IGU requires refugee or family-reunified with a refugee. ' +
        'Arrived on 1 Jan 2020, more than 5 years before the start date (the limit was 1 Jan 2025); IGU requires at most 5 years in Denmark.',
    );
    expect(iguEligibility(person({ arrivalDate: null }), START, DEFAULT_IGU_RULES, 'en').reason).toBe(
      'The arrival date is missing; it is needed to check that the person has been in Denmark for at most 5 years.',
    );
    expect(
      iguEligibility(person({ arrivalDate: null }), START, { ...DEFAULT_IGU_RULES, maxYearsSinceArrival: 1 }, 'en')
        .reason,
    ).toContain('for at most 1 year.');
  });

  it('writes every date for the reader, never as an ISO date, in both languages', () => {
    const iso = /\d{4}-\d{2}-\d{2}/;
    const failing = [
      person({ birthDate: '2026-06-02', arrivalDate: '2026-06-01' }),
      person({ arrivalDate: '2026-07-01' }),
      person({ arrivalDate: '2015-09-08' }),
    ];
    for (const locale of ['da', 'en'] as const) {
      for (const p of failing) {
        const { reason } = iguEligibility(p, START, DEFAULT_IGU_RULES, locale);
        expect(reason, locale).toBeTruthy();
        expect(reason, locale).not.toMatch(iso);
      }
    }
    expect(iguEligibility(person({ arrivalDate: '2015-09-08' }), START, DEFAULT_IGU_RULES, 'en').reason).toMatch(
      // ICU writes September "Sep" or "Sept" in British English, depending on its version.
      /^Arrived on 8 Sept? 2015, /,
    );
    expect(iguEligibility(person({ arrivalDate: '2015-09-08' }), START).reason).toContain('Indrejste 8. sep. 2015');
    expect(iguEligibility(person({ arrivalDate: '2026-07-01' }), START, DEFAULT_IGU_RULES, 'en').reason).toBe(
      'The arrival date 1 Jul 2026 is after the start date 1 Jun 2026; correct the arrival date.',
    );
  });

  it('follows the configuration', () => {
    const cfg = {
      ...DEFAULT_IGU_RULES,
      maxAge: 45,
      maxYearsSinceArrival: 10,
      allowedResidenceCategories: ['REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'OTHER'] as const,
    };
    const p = person({ birthDate: '1981-06-02', residenceCategory: 'OTHER', arrivalDate: '2016-06-01' });
    expect(iguEligibility(p, START, cfg)).toEqual({ eligible: true, reason: null });
    expect(iguEligibility({ ...p, arrivalDate: '2016-05-31' }, START, cfg).reason).toContain('højst 10 år');
    expect(iguEligibility({ ...p, birthDate: '1980-06-01' }, START, cfg).reason).toBe(
      'Er 46 år på startdatoen; IGU kræver 18–45 år.',
    );
  });
});

describe('isIguEligible and iguFailures (the check without its wording, as the search documents use it)', () => {
  const day = fc
    .date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const candidate = fc.record({
    birthDate: day,
    residenceCategory: fc.constantFrom('REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'OTHER') as fc.Arbitrary<
      IguCandidate['residenceCategory']
    >,
    arrivalDate: fc.option(day, { nil: null }),
  });

  it('answers as iguEligibility does, with one failure per sentence of its reason', () => {
    fc.assert(
      fc.property(candidate, day, (c, on) => {
        const worded = iguEligibility(c, on, DEFAULT_IGU_RULES, 'en');
        expect(isIguEligible(c, on)).toBe(worded.eligible);
        const failures = iguFailures(c, on);
        expect(failures.length === 0).toBe(worded.eligible);
        // Each failing rule is one sentence ending in a full stop.
        if (!worded.eligible) expect(worded.reason!.split(/\.(?: |$)/).filter(Boolean)).toHaveLength(failures.length);
      }),
      { numRuns: 500 },
    );
  });

  it('lists the failing rules in the order they are explained: age, residence, arrival', () => {
    expect(
      iguFailures({ birthDate: '1970-01-01', residenceCategory: 'OTHER', arrivalDate: '2010-01-01' }, START).map(
        (f) => f.rule,
      ),
    ).toEqual(['age', 'residence', 'arrivedTooLongAgo']);
    expect(iguFailures(person({ arrivalDate: null }), START)).toEqual([{ rule: 'arrivalMissing' }]);
  });
});
