/**
 * What the services derive from a person's history, computed while the person is generated: free
 * hours and availableFrom (features/availability) and the progression ladder (features/ladder), with
 * the same pure functions the services call. A seed then needs no pass over a million people
 * afterwards to fill them in (it took about four minutes of the million seed).
 */
import {
  type Availability,
  candidateAvailability,
  type HourGoalRules,
  hourGoal,
  type PlacementFact,
} from '../../../features/availability/availability.js';
import { type LadderRules, ladderEvents, replay } from '../../../features/ladder/ladder.js';
import type { Calendar } from './row-builders.js';
import type {
  CandidateRow,
  FollowUpRow,
  LadderEntryRow,
  PlacementRow,
  ProposalRow,
  WeeklyActivityRow,
} from './rows.js';

/** What a pending proposal on an opening reserves (ProposalFact). */
export interface OpeningTerms {
  weeklyHours: number;
  takesProposals: boolean;
}

/** The rows one person's story wrote. */
export interface PersonHistory {
  candidate: Pick<CandidateRow, 'id' | 'readiness' | 'goalWeeklyHours'>;
  activities: readonly WeeklyActivityRow[];
  placements: readonly PlacementRow[];
  followUps: readonly FollowUpRow[];
  proposals: readonly ProposalRow[];
}

const placementFact = (p: PlacementRow): PlacementFact => ({
  status: p.status,
  candidateId: p.candidateId,
  startDate: p.startDate,
  plannedEndDate: p.plannedEndDate,
  hoursPlan: p.hoursPlan,
  openingId: p.taskId ?? p.iguSlotId,
});

/** The person's free hours this week and availableFrom, as computeCandidateAvailability computes them. */
export function availabilityOf(
  h: PersonHistory,
  terms: (openingId: string) => OpeningTerms,
  rules: HourGoalRules,
  today: string,
): Availability {
  return candidateAvailability(
    {
      candidateId: h.candidate.id,
      hourGoal: hourGoal(h.candidate.readiness, h.candidate.goalWeeklyHours, rules),
      activityHours: h.activities.map((a) => a.weeklyHours),
      placements: h.placements.map(placementFact),
      proposals: h.proposals.map((p) => {
        const openingId = (p.taskId ?? p.iguSlotId) as string;
        const t = terms(openingId);
        return {
          status: p.status,
          candidateId: p.candidateId,
          openingId,
          weeklyHours: t.weeklyHours,
          openingOpen: t.takesProposals,
        };
      }),
    },
    today,
  );
}

/** The person's ladder step and moves, as the ladder's events would have written them. */
export function ladderOf(
  h: PersonHistory,
  rules: LadderRules,
  cal: Calendar,
  newId: () => string,
): { step: string | null; entries: LadderEntryRow[] } {
  const { step, history } = replay(
    rules,
    ladderEvents(
      h.placements.map((p) => ({
        id: p.id,
        type: p.type,
        startDate: p.startDate,
        outcome: p.outcome,
        convertedOn: p.endDate, // generated conversions start the day the placement ends
      })),
      h.followUps,
    ),
  );
  if (!history.length) return { step: null, entries: [] };
  return {
    step,
    entries: history.map((m) => {
      // recorded when it happened, or now for a planned start (no generated timestamp lies ahead)
      const at = cal.at(Math.min(0, cal.offsetOf(m.date)), 16, 0);
      return {
        id: newId(),
        createdAt: at,
        updatedAt: at,
        candidateId: h.candidate.id,
        date: m.date,
        fromStepKey: m.from,
        toStepKey: m.to,
        event: m.event,
        placementId: m.placementId,
      };
    }),
  };
}
