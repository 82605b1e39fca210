import { describe, expect, it } from 'vitest';
import {
  availableFromWithin,
  type CandidateAvailabilityFacts,
  candidateAvailability,
  canTakeHours,
  hourGoal,
  openingsLeft,
  type PlacementFact,
  type ProposalFact,
  placementHoursThisWeek,
  workableFreeHours,
} from './availability.js';

const TODAY = '2027-01-04'; // a Monday
const rules = { hourGoals: { JOB_READY: 37, ACTIVITY_READY: 25, EDUCATION_READY: 37 }, fullTimeHours: 37 };

const placement = (o: Partial<PlacementFact> = {}): PlacementFact => ({
  status: 'ACTIVE',
  candidateId: 'c1',
  startDate: '2026-12-01',
  plannedEndDate: null,
  hoursPlan: [{ fromWeek: 1, weeklyHours: 37, ordinaryHours: 0 }],
  openingId: null,
  ...o,
});
const proposal = (o: Partial<ProposalFact> = {}): ProposalFact => ({
  status: 'PROPOSED',
  candidateId: 'c1',
  openingId: 't1',
  weeklyHours: 20,
  openingOpen: true,
  ...o,
});
const facts = (o: Partial<CandidateAvailabilityFacts> = {}): CandidateAvailabilityFacts => ({
  candidateId: 'c1',
  hourGoal: 37,
  activityHours: [],
  placements: [],
  proposals: [],
  ...o,
});

describe('hourGoal', () => {
  it('follows readiness unless the adviser set an individual goal, capped at full time', () => {
    expect(hourGoal('JOB_READY', null, rules)).toBe(37);
    expect(hourGoal('ACTIVITY_READY', null, rules)).toBe(25);
    expect(hourGoal('EDUCATION_READY', null, rules)).toBe(37);
    expect(hourGoal('ACTIVITY_READY', 15, rules)).toBe(15);
    expect(hourGoal('ACTIVITY_READY', 30, rules)).toBe(30);
    expect(hourGoal('JOB_READY', 40, rules)).toBe(37);
  });
});

describe('candidateAvailability', () => {
  it('a person with nothing planned has the whole goal free', () => {
    expect(candidateAvailability(facts({ hourGoal: 25 }), TODAY)).toMatchObject({
      freeWeeklyHours: 25,
      availableFrom: null,
    });
  });

  it('placed full time: no free hours, never below 0', () => {
    expect(candidateAvailability(facts({ placements: [placement()] }), TODAY).freeWeeklyHours).toBe(0);
    const over = facts({
      placements: [placement({ hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 0 }] })],
      activityHours: [12],
    });
    expect(candidateAvailability(over, TODAY).freeWeeklyHours).toBe(0);
  });

  it('placed part time with room: the goal minus this week’s step of the hours plan', () => {
    const plan = [
      { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
      { fromWeek: 5, weeklyHours: 20, ordinaryHours: 0 },
    ];
    // Started 2026-12-01: 2027-01-04 is in week 6, so the 20-hour step applies.
    const a = candidateAvailability(facts({ placements: [placement({ hoursPlan: plan })] }), TODAY);
    expect(a).toMatchObject({ placementHours: 20, freeWeeklyHours: 17 });
    // In week 4 the 10-hour step still applies.
    expect(candidateAvailability(facts({ placements: [placement({ hoursPlan: plan })] }), '2026-12-23')).toMatchObject({
      freeWeeklyHours: 27,
    });
  });

  it('a planned placement (not started) already holds its first step; an ended one holds nothing', () => {
    const planned = placement({
      startDate: '2027-02-01',
      hoursPlan: [
        { fromWeek: 3, weeklyHours: 30, ordinaryHours: 0 },
        { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
      ],
    });
    expect(placementHoursThisWeek(planned, TODAY)).toBe(15);
    expect(candidateAvailability(facts({ placements: [planned] }), TODAY).freeWeeklyHours).toBe(22);
    const ended = placement({ status: 'ENDED' });
    expect(candidateAvailability(facts({ placements: [ended] }), TODAY).freeWeeklyHours).toBe(37);
  });

  it('weekly activities (Danish classes) count against the goal', () => {
    expect(candidateAvailability(facts({ activityHours: [9, 3.5] }), TODAY)).toMatchObject({
      activityHours: 12.5,
      freeWeeklyHours: 24.5,
    });
  });

  it('pending proposals (PROPOSED, ACCEPTED) reserve the opening’s hours; others do not', () => {
    const statuses = ['SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'];
    const free = statuses.map(
      (status) =>
        candidateAvailability(facts({ proposals: [proposal({ status, weeklyHours: 20 })] }), TODAY).freeWeeklyHours,
    );
    expect(free).toEqual([37, 17, 17, 37, 37]);
  });

  it('a proposal on a closed opening, or one that became a placement, reserves nothing more', () => {
    const closed = proposal({ status: 'ACCEPTED', openingOpen: false });
    expect(candidateAvailability(facts({ proposals: [closed] }), TODAY).freeWeeklyHours).toBe(37);
    const placed = facts({
      proposals: [proposal({ status: 'ACCEPTED', weeklyHours: 20 })],
      placements: [placement({ openingId: 't1', hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }] })],
    });
    expect(candidateAvailability(placed, TODAY)).toMatchObject({ reservedHours: 0, freeWeeklyHours: 17 });
  });

  it('availableFrom is the earliest planned end of an active placement', () => {
    const a = candidateAvailability(
      facts({
        placements: [
          placement({ plannedEndDate: '2027-03-01' }),
          placement({ plannedEndDate: '2027-01-11', hoursPlan: [{ fromWeek: 1, weeklyHours: 5, ordinaryHours: 0 }] }),
          placement({ status: 'ENDED', plannedEndDate: '2027-01-05' }),
        ],
      }),
      TODAY,
    );
    expect(a.availableFrom).toBe('2027-01-11');
    expect(a.freeWeeklyHours).toBe(0);
  });
});

describe('placement agreements waiting for approval', () => {
  it('a DRAFT reserves its hours (instead of the proposal it came from); withdrawn or refused, nothing', () => {
    const accepted = proposal({ status: 'ACCEPTED', weeklyHours: 25 });
    const draft = placement({
      status: 'DRAFT',
      openingId: 't1',
      hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
    });
    expect(candidateAvailability(facts({ proposals: [accepted] }), TODAY).freeWeeklyHours).toBe(12);
    const held = candidateAvailability(facts({ placements: [draft], proposals: [accepted] }), TODAY);
    expect(held).toMatchObject({ placementHours: 0, reservedHours: 20, freeWeeklyHours: 17, availableFrom: null });
    for (const status of ['WITHDRAWN', 'REFUSED'] as const) {
      const freed = candidateAvailability(facts({ placements: [{ ...draft, status }], proposals: [accepted] }), TODAY);
      expect(freed).toMatchObject({ reservedHours: 0, freeWeeklyHours: 37 });
    }
  });

  it('a DRAFT takes one of the opening’s places; withdrawn or refused, it gives it back', () => {
    const base = { openingId: 't1', openings: 2, proposals: [] };
    const draft = placement({ status: 'DRAFT', openingId: 't1', candidateId: 'a' });
    expect(openingsLeft({ ...base, placements: [draft] })).toBe(1);
    expect(openingsLeft({ ...base, placements: [{ ...draft, status: 'WITHDRAWN' }] })).toBe(2);
    expect(openingsLeft({ ...base, placements: [{ ...draft, status: 'REFUSED' }] })).toBe(2);
  });
});

describe('availableFromWithin and canTakeHours', () => {
  it('a placement ending next week makes the person available; one ending in 15 days does not', () => {
    expect(availableFromWithin('2027-01-11', TODAY, 14)).toBe('2027-01-11');
    expect(availableFromWithin('2027-01-18', TODAY, 14)).toBe('2027-01-18');
    expect(availableFromWithin('2027-01-19', TODAY, 14)).toBeNull();
    expect(availableFromWithin(null, TODAY, 14)).toBeNull();
  });

  it('free hours at or above the opening’s hours suffice; below them only with a near end', () => {
    expect(canTakeHours({ freeWeeklyHours: 20, availableFrom: null }, 20, TODAY, 14)).toEqual({ ok: true, from: null });
    expect(canTakeHours({ freeWeeklyHours: 19.5, availableFrom: null }, 20, TODAY, 14)).toEqual({
      ok: false,
      from: null,
    });
    expect(canTakeHours({ freeWeeklyHours: 0, availableFrom: '2027-01-11' }, 37, TODAY, 14)).toEqual({
      ok: true,
      from: '2027-01-11',
    });
    expect(canTakeHours({ freeWeeklyHours: 0, availableFrom: '2027-02-11' }, 37, TODAY, 14).ok).toBe(false);
  });

  it('a near end suffices only when the hours it frees are enough for the opening', () => {
    const ending = { freeWeeklyHours: 5, availableFrom: '2027-01-11' };
    expect(canTakeHours({ ...ending, freeWeeklyHoursFrom: 30 }, 30, TODAY, 14)).toEqual({
      ok: true,
      from: '2027-01-11',
    });
    expect(canTakeHours({ ...ending, freeWeeklyHoursFrom: 29.5 }, 30, TODAY, 14)).toEqual({ ok: false, from: null });
    // An index document from before the field existed: the end alone, as before.
    expect(canTakeHours(ending, 30, TODAY, 14).ok).toBe(true);
    // Enough hours later, but the end lies beyond the window.
    expect(canTakeHours({ ...ending, availableFrom: '2027-02-11', freeWeeklyHoursFrom: 37 }, 30, TODAY, 14).ok).toBe(
      false,
    );
  });
});

describe('freeWeeklyHoursFrom: the hours free once the first placement to end has ended', () => {
  it('gives back the hours of the placements ending first, and only theirs', () => {
    const a = candidateAvailability(
      facts({
        activityHours: [6],
        placements: [
          placement({ plannedEndDate: '2027-01-15', hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }] }),
          placement({ plannedEndDate: '2027-03-01', hoursPlan: [{ fromWeek: 1, weeklyHours: 8, ordinaryHours: 0 }] }),
        ],
        proposals: [proposal({ weeklyHours: 3 })],
      }),
      TODAY,
    );
    expect(a).toMatchObject({ freeWeeklyHours: 0, availableFrom: '2027-01-15', freeWeeklyHoursFrom: 20 });
  });

  it('is null without a placement with a planned end, and counts two ending the same day together', () => {
    expect(candidateAvailability(facts({ placements: [placement()] }), TODAY).freeWeeklyHoursFrom).toBeNull();
    expect(candidateAvailability(facts(), TODAY).freeWeeklyHoursFrom).toBeNull();
    const two = candidateAvailability(
      facts({
        placements: [
          placement({ plannedEndDate: '2027-01-15', hoursPlan: [{ fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 }] }),
          placement({ plannedEndDate: '2027-01-15', hoursPlan: [{ fromWeek: 1, weeklyHours: 22, ordinaryHours: 0 }] }),
        ],
      }),
      TODAY,
    );
    expect(two).toMatchObject({ freeWeeklyHours: 0, freeWeeklyHoursFrom: 37 });
  });
});

describe('workableFreeHours', () => {
  it('offers the free hours, never more than the person can work and never below 0', () => {
    expect(workableFreeHours({ freeWeeklyHours: 12, availableWeeklyHours: 20 })).toBe(12);
    // A 15-hour person with a 37-hour goal and nothing placed: 15 free hours to offer, not 22.
    expect(workableFreeHours({ freeWeeklyHours: 22, availableWeeklyHours: 15 })).toBe(15);
    expect(workableFreeHours({ freeWeeklyHours: -3, availableWeeklyHours: 15 })).toBe(0);
    expect(workableFreeHours({ availableWeeklyHours: 12.5 })).toBe(12.5);
  });
});

describe('openingsLeft', () => {
  const base = { openingId: 't1', openings: 3, placements: [], proposals: [] };

  it('openings minus active (also planned) placements minus accepted proposals', () => {
    expect(openingsLeft(base)).toBe(3);
    expect(
      openingsLeft({
        ...base,
        placements: [
          placement({ openingId: 't1', candidateId: 'a' }),
          placement({ openingId: 't1', candidateId: 'b', startDate: '2027-02-01' }),
          placement({ openingId: 't1', candidateId: 'c', status: 'ENDED' }),
          placement({ openingId: 't2', candidateId: 'd' }),
        ],
      }),
    ).toBe(1);
    const proposals = ['SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'].map((status, i) =>
      proposal({ status, candidateId: `p${i}` }),
    );
    expect(openingsLeft({ ...base, proposals })).toBe(2);
  });

  it('an accepted proposal that became a placement counts once; never below 0', () => {
    const accepted = proposal({ status: 'ACCEPTED', candidateId: 'a' });
    expect(
      openingsLeft({
        ...base,
        openings: 1,
        placements: [placement({ openingId: 't1', candidateId: 'a' })],
        proposals: [accepted],
      }),
    ).toBe(0);
    expect(
      openingsLeft({
        ...base,
        openings: 1,
        placements: [placement({ openingId: 't1', candidateId: 'a', status: 'ENDED' })],
        proposals: [accepted],
      }),
    ).toBe(1);
    expect(
      openingsLeft({
        ...base,
        openings: 1,
        placements: [
          placement({ openingId: 't1', candidateId: 'x' }),
          placement({ openingId: 't1', candidateId: 'y' }),
        ],
      }),
    ).toBe(0);
  });
});
