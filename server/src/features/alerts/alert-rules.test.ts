import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates.js';
import {
  type Alert,
  type AlertRulesConfig,
  activationGapAlert,
  alertId,
  type CandidateActivationState,
  type CompanyContactState,
  companyContactDueAlert,
  companyContactDueDate,
  computeAlerts,
  DEFAULT_ALERT_RULES,
  followUpDueDate,
  followUpOverdueAlert,
  type PlacementState,
  placementEndingAlert,
  progressionStalledAlert,
} from './alert-rules.js';

// ---------------------------------------------------------------------------
// Fixtures

function candidate(over: Partial<CandidateActivationState> = {}): CandidateActivationState {
  return {
    candidateId: 'cand-amina',
    name: 'Amina',
    activationRuleApplies: true,
    hasActiveCompanyPlacement: false,
    lastCompanyPlacementEndedOn: '2026-10-23',
    enrolledOn: '2026-01-05',
    ...over,
  };
}

function placement(over: Partial<PlacementState> = {}): PlacementState {
  return {
    placementId: 'pl-1',
    candidateId: 'cand-amina',
    candidateName: 'Amina',
    companyId: 'co-bager',
    companyName: 'Bageriet A/S',
    active: true,
    startDate: '2026-11-01',
    plannedEndDate: null,
    hasNextStep: false,
    followUps: [],
    ...over,
  };
}

function company(over: Partial<CompanyContactState> = {}): CompanyContactState {
  return {
    companyId: 'co-bager',
    companyName: 'Bageriet A/S',
    lastContactOn: '2026-11-01',
    createdOn: '2025-05-01',
    cadenceDays: 21,
    ...over,
  };
}

const fu = (date: string, ordinaryHours: number, nextFollowUpDate: string | null = null) => ({
  date,
  ordinaryHours,
  nextFollowUpDate,
});

describe('DEFAULT_ALERT_RULES', () => {
  it('holds the numbers from the domain rules', () => {
    expect(DEFAULT_ALERT_RULES).toMatchObject({
      activationWarningWeeks: 4,
      activationBreachWeeks: 6,
      placementEndingDays: 14,
      progressionWindow: 3,
      followUpIntervalDays: 14,
    });
  });
});

// ---------------------------------------------------------------------------
// ACTIVATION_GAP: last placement ended 2026-10-23 → warning from 2026-11-20
// (day 28), breach on 2026-12-04 (day 42).

describe('activationGapAlert', () => {
  const ended = '2026-10-23';

  it('is silent the day before 4 weeks', () => {
    expect(activationGapAlert(candidate(), addDays(ended, 27))).toBeNull();
  });

  it('warns at exactly 4 weeks and the day after', () => {
    for (const d of [28, 29]) {
      const a = activationGapAlert(candidate(), addDays(ended, d));
      expect(a).toMatchObject({
        kind: 'ACTIVATION_GAP',
        severity: 'WARNING',
        dueDate: '2026-12-04',
        candidateId: 'cand-amina',
        companyId: null,
        placementId: null,
      });
      expect(a?.message).toContain('i 4 uger');
    }
  });

  it('still warns the day before 6 weeks', () => {
    const a = activationGapAlert(candidate(), addDays(ended, 41));
    expect(a?.severity).toBe('WARNING');
    expect(a?.message).toContain('i 5 uger');
  });

  it('is CRITICAL on the breach day (6 weeks) and after', () => {
    const at = activationGapAlert(candidate(), '2026-12-04');
    expect(at).toMatchObject({ severity: 'CRITICAL', dueDate: '2026-12-04' });
    expect(at?.message).toBe(
      'Amina har ikke haft virksomhedsrettet tilbud i 6 uger – fristen på 6 uger udløber i dag (4. dec. 2026).',
    );
    const after = activationGapAlert(candidate(), '2026-12-05');
    expect(after?.severity).toBe('CRITICAL');
    expect(after?.message).toBe(
      'Amina har ikke haft virksomhedsrettet tilbud i 6 uger – fristen på 6 uger udløb 4. dec. 2026.',
    );
    expect(activationGapAlert(candidate(), '2026-12-11', DEFAULT_ALERT_RULES, 'en')?.message).toBe(
      'Amina has had no company-directed offer for 7 weeks; the 6-week limit was reached on 4 Dec 2026.',
    );
  });

  it('names the person, the weeks and the deadline in both locales', () => {
    const today = '2026-11-27'; // day 35
    expect(activationGapAlert(candidate(), today)?.message).toBe(
      'Amina har ikke haft virksomhedsrettet tilbud i 5 uger – fristen på 6 uger udløber 4. dec. 2026.',
    );
    expect(activationGapAlert(candidate(), today, DEFAULT_ALERT_RULES, 'en')?.message).toBe(
      'Amina has had no company-directed offer for 5 weeks; the 6-week limit is reached on 4 Dec 2026.',
    );
  });

  it('does not apply to people outside the rule, or with an active company placement', () => {
    const late = '2027-03-01';
    expect(activationGapAlert(candidate({ activationRuleApplies: false }), late)).toBeNull();
    expect(activationGapAlert(candidate({ hasActiveCompanyPlacement: true }), late)).toBeNull();
  });

  it('counts from enrolment when there was never a placement', () => {
    const c = candidate({ lastCompanyPlacementEndedOn: null, enrolledOn: '2026-11-02' });
    expect(activationGapAlert(c, '2026-11-29')).toBeNull(); // day 27
    const a = activationGapAlert(c, '2026-11-30'); // day 28
    expect(a).toMatchObject({ severity: 'WARNING', dueDate: '2026-12-14' });
    expect(a?.message).toBe(
      'Amina har ikke haft virksomhedsrettet tilbud i 4 uger (siden indskrivningen) – fristen på 6 uger udløber 14. dec. 2026.',
    );
    expect(activationGapAlert(c, '2026-11-30', DEFAULT_ALERT_RULES, 'en')?.message).toContain('(since enrolment)');
  });

  it('counts from enrolment when the last placement ended before the person (re-)entered the caseload', () => {
    const c = candidate({ lastCompanyPlacementEndedOn: '2025-06-01', enrolledOn: '2026-11-02' });
    expect(activationGapAlert(c, '2026-11-29')).toBeNull();
    expect(activationGapAlert(c, '2026-11-30')?.dueDate).toBe('2026-12-14');
  });

  it('uses the configured weeks', () => {
    const cfg: AlertRulesConfig = { ...DEFAULT_ALERT_RULES, activationWarningWeeks: 2, activationBreachWeeks: 3 };
    expect(activationGapAlert(candidate(), addDays(ended, 13), cfg)).toBeNull();
    expect(activationGapAlert(candidate(), addDays(ended, 14), cfg)?.severity).toBe('WARNING');
    const breach = activationGapAlert(candidate(), addDays(ended, 21), cfg);
    expect(breach).toMatchObject({ severity: 'CRITICAL', dueDate: addDays(ended, 21) });
    expect(breach?.message).toContain('fristen på 3 uger');
  });
});

// ---------------------------------------------------------------------------
// FOLLOW_UP_OVERDUE

describe('followUpOverdueAlert', () => {
  it('without follow-ups is due startDate + 14; due today is not overdue, the day after is', () => {
    const p = placement(); // start 2026-11-01 → due 2026-11-15
    expect(followUpDueDate(p)).toBe('2026-11-15');
    expect(followUpOverdueAlert(p, '2026-11-14')).toBeNull();
    expect(followUpOverdueAlert(p, '2026-11-15')).toBeNull();
    const a = followUpOverdueAlert(p, '2026-11-16');
    expect(a).toMatchObject({
      kind: 'FOLLOW_UP_OVERDUE',
      severity: 'WARNING',
      dueDate: '2026-11-15',
      candidateId: 'cand-amina',
      companyId: 'co-bager',
      placementId: 'pl-1',
    });
    expect(a?.message).toBe(
      'Der er endnu ikke holdt opfølgning med Amina hos Bageriet A/S; den første skulle have været holdt senest 15. nov. 2026 og er 1 dag forsinket.',
    );
  });

  it('is WARNING up to 14 days overdue and CRITICAL from 15', () => {
    const p = placement();
    expect(followUpOverdueAlert(p, addDays('2026-11-15', 14))?.severity).toBe('WARNING');
    expect(followUpOverdueAlert(p, addDays('2026-11-15', 15))?.severity).toBe('CRITICAL');
  });

  it("uses the latest follow-up's next date, whatever the input order", () => {
    const p = placement({
      followUps: [fu('2026-11-20', 5, '2026-12-10'), fu('2026-11-06', 0, '2026-11-20'), fu('2026-11-13', 2, null)],
    });
    expect(followUpDueDate(p)).toBe('2026-12-10');
    expect(followUpOverdueAlert(p, '2026-12-10')).toBeNull();
    const a = followUpOverdueAlert(p, '2026-12-13');
    expect(a?.dueDate).toBe('2026-12-10');
    expect(a?.message).toBe(
      'Opfølgningen med Amina hos Bageriet A/S skulle have været holdt 10. dec. 2026 og er 3 dage forsinket.',
    );
    expect(followUpOverdueAlert(p, '2026-12-13', DEFAULT_ALERT_RULES, 'en')?.message).toBe(
      'The follow-up with Amina at Bageriet A/S was due on 10 Dec 2026 and is 3 days overdue.',
    );
  });

  it('falls back to the latest follow-up date + interval when no next date was set', () => {
    const p = placement({ followUps: [fu('2026-11-06', 0, '2026-11-13'), fu('2026-11-20', 0, null)] });
    expect(followUpDueDate(p)).toBe('2026-12-04');
    expect(followUpOverdueAlert(p, '2026-12-04')).toBeNull();
    expect(followUpOverdueAlert(p, '2026-12-05')?.dueDate).toBe('2026-12-04');
  });

  it('with two follow-ups on the same date, the one with a next date wins regardless of order', () => {
    const a = fu('2026-11-20', 0, '2026-11-27');
    const b = fu('2026-11-20', 0, null);
    expect(followUpDueDate(placement({ followUps: [a, b] }))).toBe('2026-11-27');
    expect(followUpDueDate(placement({ followUps: [b, a] }))).toBe('2026-11-27');
  });

  it('ignores inactive placements and honours the configured interval', () => {
    expect(followUpOverdueAlert(placement({ active: false }), '2027-06-01')).toBeNull();
    const cfg = { ...DEFAULT_ALERT_RULES, followUpIntervalDays: 7 };
    expect(followUpOverdueAlert(placement(), '2026-11-08', cfg)).toBeNull();
    expect(followUpOverdueAlert(placement(), '2026-11-09', cfg)?.dueDate).toBe('2026-11-08');
  });
});

// ---------------------------------------------------------------------------
// PLACEMENT_ENDING

describe('placementEndingAlert', () => {
  const today = '2026-11-20';

  it('alerts when the end is exactly 14 days away, not 15', () => {
    const in14 = placement({ plannedEndDate: addDays(today, 14) });
    const a = placementEndingAlert(in14, today);
    expect(a).toMatchObject({ kind: 'PLACEMENT_ENDING', severity: 'WARNING', dueDate: '2026-12-04' });
    expect(a?.message).toBe(
      'Forløbet for Amina hos Bageriet A/S slutter 4. dec. 2026 (om 14 dage), og der er ikke aftalt noget næste skridt.',
    );
    expect(placementEndingAlert(in14, today, DEFAULT_ALERT_RULES, 'en')?.message).toBe(
      'The placement of Amina at Bageriet A/S ends on 4 Dec 2026 (in 14 days) and no next step has been agreed.',
    );
    expect(placementEndingAlert(placement({ plannedEndDate: addDays(today, 15) }), today)).toBeNull();
  });

  it('warns on the end day itself', () => {
    const a = placementEndingAlert(placement({ plannedEndDate: today }), today);
    expect(a?.severity).toBe('WARNING');
    expect(a?.message).toContain('slutter i dag (20. nov. 2026)');
  });

  it('is CRITICAL when the planned end has passed and the placement is still active', () => {
    const a = placementEndingAlert(placement({ plannedEndDate: '2026-11-17' }), today);
    expect(a).toMatchObject({ severity: 'CRITICAL', dueDate: '2026-11-17' });
    expect(a?.message).toBe(
      'Forløbet for Amina hos Bageriet A/S skulle være slut 17. nov. 2026 (for 3 dage siden), men er stadig aktivt og har intet næste skridt.',
    );
    expect(
      placementEndingAlert(placement({ plannedEndDate: '2026-11-19' }), today, DEFAULT_ALERT_RULES, 'en')?.message,
    ).toBe(
      'The placement of Amina at Bageriet A/S was planned to end on 19 Nov 2026 (1 day ago) but is still active and has no next step.',
    );
  });

  it('is silent with a next step, when inactive, or without a planned end', () => {
    const end = addDays(today, 3);
    expect(placementEndingAlert(placement({ plannedEndDate: end, hasNextStep: true }), today)).toBeNull();
    expect(placementEndingAlert(placement({ plannedEndDate: end, active: false }), today)).toBeNull();
    expect(placementEndingAlert(placement({ plannedEndDate: null }), today)).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// PROGRESSION_STALLED

describe('progressionStalledAlert', () => {
  it('is silent with rising hours', () => {
    const p = placement({ followUps: [fu('2026-10-01', 5), fu('2026-10-15', 8), fu('2026-10-29', 10)] });
    expect(progressionStalledAlert(p)).toBeNull();
  });

  it('flat hours (last equals first of the window) → INFO', () => {
    const p = placement({ followUps: [fu('2026-10-01', 10), fu('2026-10-15', 12), fu('2026-10-29', 10)] });
    const a = progressionStalledAlert(p);
    expect(a).toMatchObject({ kind: 'PROGRESSION_STALLED', severity: 'INFO', dueDate: '2026-10-29' });
    expect(a?.message).toBe(
      'De ordinære timer for Amina hos Bageriet A/S er ikke steget over de seneste 3 opfølgninger (fra 10 timer til 10 timer om ugen).',
    );
    expect(progressionStalledAlert(p, DEFAULT_ALERT_RULES, 'en')?.message).toBe(
      'Ordinary hours for Amina at Bageriet A/S have not risen over the last 3 follow-ups (from 10 hours to 10 hours a week).',
    );
  });

  it('falling hours → WARNING, sorted by date whatever the input order, Danish decimal comma', () => {
    const p = placement({ followUps: [fu('2026-10-29', 8), fu('2026-10-01', 18.5), fu('2026-10-15', 10)] });
    const a = progressionStalledAlert(p);
    expect(a).toMatchObject({ severity: 'WARNING', dueDate: '2026-10-29' });
    expect(a?.message).toBe(
      'De ordinære timer for Amina hos Bageriet A/S er faldet over de seneste 3 opfølgninger (fra 18,5 timer til 8 timer om ugen).',
    );
    expect(progressionStalledAlert(p, DEFAULT_ALERT_RULES, 'en')?.message).toContain('have fallen');
    expect(progressionStalledAlert(p, DEFAULT_ALERT_RULES, 'en')?.message).toContain('from 18.5 hours to 8 hours');
  });

  it('needs at least `progressionWindow` follow-ups', () => {
    expect(progressionStalledAlert(placement({ followUps: [fu('2026-10-01', 10), fu('2026-10-15', 8)] }))).toBeNull();
    expect(progressionStalledAlert(placement({ followUps: [] }))).toBeNull();
  });

  it('only looks at the last window of follow-ups', () => {
    // 20 → 5 → 6 → 8: overall down, but rising within the last three.
    const p = placement({
      followUps: [fu('2026-09-17', 20), fu('2026-10-01', 5), fu('2026-10-15', 6), fu('2026-10-29', 8)],
    });
    expect(progressionStalledAlert(p)).toBeNull();
    expect(progressionStalledAlert(p, { ...DEFAULT_ALERT_RULES, progressionWindow: 4 })?.severity).toBe('WARNING');
  });

  it('is silent once the hours goal is reached, and for inactive placements', () => {
    const full = [fu('2026-10-01', 37), fu('2026-10-15', 37), fu('2026-10-29', 37)];
    expect(progressionStalledAlert(placement({ followUps: full }))).toBeNull();
    const flat = [fu('2026-10-01', 25), fu('2026-10-15', 25), fu('2026-10-29', 25)];
    expect(progressionStalledAlert(placement({ followUps: flat }))?.severity).toBe('INFO');
    expect(progressionStalledAlert(placement({ followUps: flat, ordinaryHoursGoal: 25 }))).toBeNull();
    expect(progressionStalledAlert(placement({ followUps: flat, active: false }))).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// COMPANY_CONTACT_DUE: last contact 2026-11-01, cadence 21 → due 2026-11-22.

describe('companyContactDueAlert', () => {
  it('due today is not overdue; the day after is a WARNING', () => {
    expect(companyContactDueAlert(company(), '2026-11-22')).toBeNull();
    const a = companyContactDueAlert(company(), '2026-11-23');
    expect(a).toMatchObject({
      kind: 'COMPANY_CONTACT_DUE',
      severity: 'WARNING',
      dueDate: '2026-11-22',
      candidateId: null,
      companyId: 'co-bager',
      placementId: null,
    });
    expect(a?.message).toBe(
      'Bageriet A/S er ikke blevet kontaktet i 22 dage; kontakt skal ske mindst hver 21. dag og var forfalden 22. nov. 2026.',
    );
    expect(companyContactDueAlert(company(), '2026-11-23', 'en')?.message).toBe(
      'Bageriet A/S has not been contacted for 22 days; contact is due at least every 21 days and was due on 22 Nov 2026.',
    );
  });

  it('becomes CRITICAL when overdue by more than another full cadence', () => {
    expect(companyContactDueAlert(company(), addDays('2026-11-22', 21))?.severity).toBe('WARNING');
    expect(companyContactDueAlert(company(), addDays('2026-11-22', 22))?.severity).toBe('CRITICAL');
  });

  it('counts from the creation date when the company was never contacted', () => {
    const c = company({ lastContactOn: null, createdOn: '2026-11-10' });
    expect(companyContactDueAlert(c, '2026-12-01')).toBeNull();
    const a = companyContactDueAlert(c, '2026-12-02');
    expect(a?.dueDate).toBe('2026-12-01');
    expect(a?.message).toBe(
      'Bageriet A/S er ikke blevet kontaktet, siden virksomheden blev oprettet for 22 dage siden; kontakt skal ske mindst hver 21. dag og var forfalden 1. dec. 2026.',
    );
    expect(companyContactDueAlert(c, '2026-12-02', 'en')?.message).toContain('since it was added 22 days ago');
  });

  it('never alerts without a positive cadence', () => {
    expect(companyContactDueAlert(company({ cadenceDays: 0 }), '2030-01-01')).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// computeAlerts

describe('computeAlerts', () => {
  const today = '2026-12-01';
  const input = {
    candidates: [
      // CRITICAL activation gap, due 2026-11-27 (ended 2026-10-16).
      candidate({ candidateId: 'c-b', name: 'Bilal', lastCompanyPlacementEndedOn: '2026-10-16' }),
      // WARNING activation gap, due 2026-12-04.
      candidate({ candidateId: 'c-a', name: 'Amina', lastCompanyPlacementEndedOn: '2026-10-23' }),
      // Rule does not apply.
      candidate({
        candidateId: 'c-x',
        name: 'Xena',
        activationRuleApplies: false,
        lastCompanyPlacementEndedOn: '2025-01-01',
      }),
    ],
    placements: [
      placement({
        placementId: 'pl-2',
        candidateId: 'c-d',
        candidateName: 'Dawit',
        startDate: '2026-10-01',
        plannedEndDate: '2026-12-10', // WARNING ending, due 2026-12-10
        // Follow-up due 2026-11-26: WARNING overdue; flat hours: INFO.
        followUps: [fu('2026-10-29', 4), fu('2026-11-05', 6), fu('2026-11-12', 4, '2026-11-26')],
      }),
      placement({
        placementId: 'pl-3',
        candidateId: 'c-e',
        candidateName: 'Elif',
        startDate: '2026-11-20',
        hasNextStep: true,
      }),
    ],
    companies: [
      // CRITICAL: due 2026-11-08, 23 days overdue > 21. Same due date and severity
      // ordering is then decided by kind.
      company({ companyId: 'co-z', companyName: 'Zeta ApS', lastContactOn: '2026-10-18' }),
      // WARNING, due 2026-11-26 like Dawit's follow-up: kind decides.
      company({ companyId: 'co-y', companyName: 'Ypsilon A/S', lastContactOn: '2026-11-05' }),
    ],
  };

  const summary = (alerts: Alert[]) =>
    alerts.map((a) => `${a.severity} ${a.dueDate} ${a.kind} ${a.candidateId ?? a.companyId}`);

  it('returns every alert, CRITICAL first, then by due date, kind and ids', () => {
    expect(summary(computeAlerts(input, today))).toEqual([
      'CRITICAL 2026-11-08 COMPANY_CONTACT_DUE co-z',
      'CRITICAL 2026-11-27 ACTIVATION_GAP c-b',
      'WARNING 2026-11-26 FOLLOW_UP_OVERDUE c-d',
      'WARNING 2026-11-26 COMPANY_CONTACT_DUE co-y',
      'WARNING 2026-12-04 ACTIVATION_GAP c-a',
      'WARNING 2026-12-10 PLACEMENT_ENDING c-d',
      'INFO 2026-11-12 PROGRESSION_STALLED c-d',
    ]);
  });

  it('is deterministic regardless of input order', () => {
    const reversed = {
      candidates: [...input.candidates].reverse(),
      placements: [...input.placements].reverse(),
      companies: [...input.companies].reverse(),
    };
    expect(computeAlerts(reversed, today)).toEqual(computeAlerts(input, today));
  });

  it('breaks ties on equal severity, due date and kind by id', () => {
    const twins = {
      candidates: [
        candidate({ candidateId: 'c-2', name: 'B' }),
        candidate({ candidateId: 'c-1', name: 'A' }),
        candidate({ candidateId: 'c-3', name: 'C' }),
      ],
      placements: [],
      companies: [],
    };
    expect(computeAlerts(twins, '2026-11-27').map((a) => a.candidateId)).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('writes Danish by default and English on request', () => {
    const da = computeAlerts(input, today);
    const en = computeAlerts(input, today, DEFAULT_ALERT_RULES, 'en');
    expect(da.map((a) => a.kind)).toEqual(en.map((a) => a.kind));
    expect(da.find((a) => a.candidateId === 'c-a')?.message).toBe(
      'Amina har ikke haft virksomhedsrettet tilbud i 5 uger – fristen på 6 uger udløber 4. dec. 2026.',
    );
    expect(en.find((a) => a.candidateId === 'c-a')?.message).toBe(
      'Amina has had no company-directed offer for 5 weeks; the 6-week limit is reached on 4 Dec 2026.',
    );
    for (const a of en) expect(a.message).not.toMatch(/ hos | har | dage|uger/);
  });

  it('returns nothing for empty input', () => {
    expect(computeAlerts({ candidates: [], placements: [], companies: [] }, today)).toEqual([]);
  });
});

describe('the next contact agreed at the last contact', () => {
  it('is the due date when set, instead of the cadence', () => {
    const agreed = company({ lastContactOn: '2026-11-01', nextContactOn: '2026-11-08' });
    expect(companyContactDueDate(agreed)).toBe('2026-11-08');
    expect(companyContactDueDate(company())).toBe('2026-11-22');
    expect(companyContactDueAlert(agreed, '2026-11-08')).toBeNull();
    const late = companyContactDueAlert(agreed, '2026-11-10');
    expect(late).toMatchObject({ severity: 'WARNING', dueDate: '2026-11-08' });
    expect(late?.message).toBe(
      'Bageriet A/S skulle kontaktes igen 8. nov. 2026, som aftalt ved sidste kontakt (1. nov. 2026); det er 2 dage siden.',
    );
    expect(companyContactDueAlert(agreed, '2026-11-10', 'en')?.message).toBe(
      'Bageriet A/S was to be contacted again on 8 Nov 2026, as agreed at the last contact (1 Nov 2026); that is 2 days ago.',
    );
    // An agreed date later than the cadence postpones the alert.
    expect(companyContactDueAlert(company({ nextContactOn: '2026-12-15' }), '2026-12-01')).toBeNull();
  });
});

describe('alertId', () => {
  it('names an alert by kind, subject and due date, so a new due date is a new alert', () => {
    const base = { kind: 'FOLLOW_UP_OVERDUE' as const, placementId: 'p1', candidateId: 'c1', companyId: 'co1' };
    expect(alertId({ ...base, dueDate: '2026-11-10' })).toBe('FOLLOW_UP_OVERDUE:p1:2026-11-10');
    expect(alertId({ ...base, dueDate: '2026-11-24' })).not.toBe(alertId({ ...base, dueDate: '2026-11-10' }));
    expect(
      alertId({
        kind: 'COMPANY_CONTACT_DUE',
        placementId: null,
        candidateId: null,
        companyId: 'co1',
        dueDate: '2026-11-22',
      }),
    ).toBe('COMPANY_CONTACT_DUE:co1:2026-11-22');
  });
});
