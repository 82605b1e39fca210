/**
 * Scenarios: what happens to a person (an active placement, a gap since the last one, an overdue
 * follow-up, a stalled plan, a proposal...), the forced ones that make every alert kind appear, and
 * CandidateStory, which plays a scenario into the person's placements, follow-ups and proposals.
 */

import type { WeekPlacement } from '../../../features/candidates/week-obligation.js';
import type { Rng } from './random.js';
import {
  DECLINE_REASONS,
  ENDED_NOTES,
  FOLLOW_UP_NOTES_GOOD,
  FOLLOW_UP_NOTES_STALLED,
  WITHDRAW_REASONS,
} from './reference-tables.js';
import { type Calendar, floorHalf, half, personName, risingPlan, stepAt } from './row-builders.js';
import type {
  GeneratedRows,
  HoursPlanStepRow,
  PlacementRow,
  PlacementTypeRow,
  ProposalHistoryRow,
  ProposalStatusRow,
  TaskStatusRow,
} from './rows.js';

/** The default longest placements (config placementMaxWeeks): an internship once extended, a wage subsidy. */
export const INTERNSHIP_EXTENDED_WEEKS = 13;
export const WAGE_SUBSIDY_WEEKS = 26;

export type Scenario =
  | { kind: 'active' }
  | { kind: 'none' }
  | { kind: 'ended-recent' }
  | { kind: 'ended-old' }
  | { kind: 'gap'; endedDaysAgo: number }
  | { kind: 'overdue'; startDaysAgo: number; followUps: number }
  | { kind: 'ending'; endsInDays: number }
  | { kind: 'stalled'; falling: boolean; startDaysAgo: number }
  | { kind: 'igu'; slot: SlotRef }
  | { kind: 'demo-intern'; taskIndex: number }
  | { kind: 'demo-proposal'; status: ProposalStatusRow; igu: boolean; taskIndex: number };

/** Forced scenarios for the first candidate indices: every alert kind appears at least once. */
export const ALERT_SCENARIOS: readonly Scenario[] = [
  { kind: 'gap', endedDaysAgo: 33 }, // WARNING: more than 4 weeks
  { kind: 'gap', endedDaysAgo: 46 }, // CRITICAL: more than 6 weeks
  { kind: 'gap', endedDaysAgo: 53 },
  { kind: 'overdue', startDaysAgo: 65, followUps: 3 }, // latest follow-up 23 days ago, next one due 9 days ago
  { kind: 'overdue', startDaysAgo: 76, followUps: 2 }, // next one due 34 days ago: CRITICAL
  { kind: 'ending', endsInDays: 6 },
  { kind: 'ending', endsInDays: 12 },
  { kind: 'stalled', falling: false, startDaysAgo: 70 },
  { kind: 'stalled', falling: true, startDaysAgo: 70 },
];

export const DEMO_COMPANY_SCENARIOS: readonly Scenario[] = [
  { kind: 'demo-intern', taskIndex: 0 },
  { kind: 'demo-intern', taskIndex: 0 },
  { kind: 'demo-intern', taskIndex: 1 },
  { kind: 'demo-proposal', status: 'PROPOSED', igu: false, taskIndex: 2 },
  { kind: 'demo-proposal', status: 'PROPOSED', igu: false, taskIndex: 3 },
  { kind: 'demo-proposal', status: 'PROPOSED', igu: true, taskIndex: 0 },
  { kind: 'demo-proposal', status: 'SUGGESTED', igu: false, taskIndex: 3 },
  { kind: 'demo-proposal', status: 'ACCEPTED', igu: false, taskIndex: 2 },
  { kind: 'demo-proposal', status: 'DECLINED', igu: false, taskIndex: 2 },
  { kind: 'demo-proposal', status: 'WITHDRAWN', igu: false, taskIndex: 3 },
];

export const DEMO_COMPANY_TASKS: readonly { template: number; status: TaskStatusRow; openings: number }[] = [
  { template: 0, status: 'IN_PROGRESS', openings: 2 },
  { template: 1, status: 'IN_PROGRESS', openings: 1 },
  { template: 2, status: 'OPEN', openings: 2 },
  { template: 5, status: 'OPEN', openings: 1 },
];

/** Companies whose contact is overdue (forced, the first generated company indices). */
export const CONTACT_DUE_COMPANIES = 2;

export interface TaskRef {
  id: string;
  companyId: string;
  consultantId: string | null;
  industry: string;
  region: number;
  title: string;
  learningGoals: string;
  competenceCodes: string[];
}

export interface SlotRef {
  id: string;
  companyId: string;
  consultantId: string | null;
  region: number;
  industry: string;
  title: string;
  /** Offset from today. */
  startDay: number;
  weeklyHours: number;
}

/** What a story asks the generator for: the calendar and the openings to place or propose a person on. */
export interface OpeningSource {
  readonly cal: Calendar;
  task(rng: Rng, region: number, wished: readonly string[], kind: 'inProgress' | 'open' | 'any'): TaskRef | null;
  openSlot(rng: Rng, region: number): SlotRef | null;
  demoTask(index: number): TaskRef | null;
  readonly demoIguSlot: SlotRef | null;
  isKnownCompetence(code: string): boolean;
}

/** One candidate's placements, follow-ups and proposals, written by scenario. */
export class CandidateStory {
  /** Offsets from today. */
  earliestStart: number | null = null;
  earliestEvent: number | null = null;
  lastActivity: number | null = null;
  currentOrdinaryHours = 0;
  proposals = 0;
  /** The active placements' plans: the weekly activities fit beside them within 37 hours. */
  readonly activePlans: WeekPlacement[] = [];
  readonly codes: Set<string>;
  readonly observed = new Set<string>();
  private readonly cal: Calendar;

  constructor(
    private readonly gen: OpeningSource,
    private readonly rng: Rng,
    private readonly out: GeneratedRows,
    private readonly c: {
      id: string;
      /** The 6-week activation rule applies and nothing happened yet: keep events recent. */
      fresh: boolean;
      /** May be proposed for an IGU slot. */
      iguEligible: boolean;
      firstName: string;
      adviserId: string;
      region: number;
      industriesWished: string[];
      availableWeeklyHours: number;
      goalWeeklyHours: number;
      codes: Set<string>;
    },
  ) {
    this.cal = gen.cal;
    this.codes = c.codes;
  }

  play(s: Scenario): void {
    const rng = this.rng;
    switch (s.kind) {
      case 'none':
        this.maybeProposal();
        return;
      case 'ended-recent':
      case 'ended-old':
      case 'gap': {
        const endedDaysAgo =
          s.kind === 'gap' ? s.endedDaysAgo : s.kind === 'ended-recent' ? rng.int(1, 25) : rng.int(60, 400);
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'any');
        if (!task) return;
        const end = -endedDaysAgo;
        const start = end - 7 * rng.int(4, 13) + 1;
        const outcome = rng.weighted([
          ['COMPLETED', 55],
          ['ENDED_EARLY', 30],
          ['EDUCATION_STARTED', 5],
          ['CONVERTED_TO_ORDINARY_HOURS', s.kind === 'ended-old' ? 10 : 0],
        ] as const);
        this.placement({ task, type: 'INTERNSHIP', start, plannedEnd: end, end, outcome, followUps: 'rising' });
        if (s.kind !== 'gap') this.maybeProposal();
        return;
      }
      case 'active': {
        if (rng.chance(0.3)) {
          // an earlier placement, ended before this one started
          const prior = this.gen.task(rng, this.c.region, this.c.industriesWished, 'any');
          if (prior) {
            const end = -rng.int(100, 300);
            this.placement({
              task: prior,
              type: 'INTERNSHIP',
              start: end - 7 * rng.int(4, 13) + 1,
              plannedEnd: end,
              end,
              outcome: rng.pick(['COMPLETED', 'ENDED_EARLY'] as const),
              followUps: 'rising',
            });
          }
        }
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const drawn = rng.weighted([
          ['INTERNSHIP', 60],
          ['WAGE_SUBSIDY', 18],
          ['SMALL_JOB', 14],
          ['ORDINARY_HOURS', 5],
          ['APPRENTICESHIP', 3],
        ] as const);
        const daysAgo = rng.chance(0.4) ? rng.int(70, 84) : rng.int(0, 84);
        const start = -daysAgo;
        // The draw is kept so the rest of the data set stays the same; the length is decided below.
        if (drawn === 'INTERNSHIP' && daysAgo <= 70) rng.pick([13, 26]);
        // Planned ends stay more than 14 days away: PLACEMENT_ENDING comes from the forced scenarios. Lengths
        // respect each type's maximum (config placementMaxWeeks): an internship runs at most 13 weeks once
        // extended, so one begun longer ago than that allows is a wage subsidy (26 weeks) instead.
        const type = drawn === 'INTERNSHIP' && daysAgo > INTERNSHIP_EXTENDED_WEEKS * 7 - 15 ? 'WAGE_SUBSIDY' : drawn;
        const weeks =
          type === 'INTERNSHIP'
            ? INTERNSHIP_EXTENDED_WEEKS
            : type === 'WAGE_SUBSIDY'
              ? WAGE_SUBSIDY_WEEKS
              : type === 'APPRENTICESHIP'
                ? 104
                : 0;
        this.placement({
          task,
          type,
          start,
          plannedEnd: weeks ? start + 7 * weeks - 1 : null, // the last day of the last week
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      }
      case 'overdue': {
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const start = -s.startDaysAgo;
        // Up to 12 weeks under way with the end far off: a wage subsidy (an internship ends by 13 weeks).
        this.placement({
          task,
          type: 'WAGE_SUBSIDY',
          start,
          plannedEnd: start + 7 * WAGE_SUBSIDY_WEEKS - 1,
          end: null,
          outcome: null,
          followUps: 'rising',
          followUpCount: s.followUps,
        });
        return;
      }
      case 'ending': {
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const plannedEnd = s.endsInDays;
        this.placement({
          task,
          type: 'INTERNSHIP',
          start: plannedEnd - 7 * INTERNSHIP_EXTENDED_WEEKS + 1,
          plannedEnd,
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      }
      case 'stalled': {
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const start = -s.startDaysAgo;
        // Up to 12 weeks under way with the end far off: a wage subsidy (an internship ends by 13 weeks).
        this.placement({
          task,
          type: 'WAGE_SUBSIDY',
          start,
          plannedEnd: start + 7 * WAGE_SUBSIDY_WEEKS - 1,
          end: null,
          outcome: null,
          followUps: s.falling ? 'falling' : 'flat',
        });
        return;
      }
      case 'igu':
        this.placement({
          slot: s.slot,
          type: 'IGU',
          start: s.slot.startDay,
          plannedEnd: s.slot.startDay + 7 * 104,
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      case 'demo-intern': {
        const task = this.gen.demoTask(s.taskIndex);
        if (!task) return;
        const start = -84; // 12 weeks of history: a wage subsidy, as an internship ends by 13 weeks
        this.placement({
          task,
          type: 'WAGE_SUBSIDY',
          start,
          plannedEnd: start + 7 * WAGE_SUBSIDY_WEEKS - 1,
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      }
      case 'demo-proposal': {
        const slot = s.igu ? this.gen.demoIguSlot : null;
        const task = slot ? null : this.gen.demoTask(s.taskIndex);
        if (!slot && !task) return;
        this.proposal(task, slot, s.status);
        return;
      }
    }
  }

  private maybeProposal(): void {
    const rng = this.rng;
    if (!rng.chance(0.25)) return;
    const status = rng.weighted([
      ['SUGGESTED', 25],
      ['PROPOSED', 30],
      ['ACCEPTED', 12],
      ['DECLINED', 18],
      ['WITHDRAWN', 15],
    ] as const);
    const slot = this.c.iguEligible && rng.chance(0.4) ? this.gen.openSlot(rng, this.c.region) : null;
    const task = slot ? null : this.gen.task(rng, this.c.region, this.c.industriesWished, 'open');
    if (slot || task) this.proposal(task, slot, status);
  }

  private proposal(task: TaskRef | null, slot: SlotRef | null, status: ProposalStatusRow): void {
    const rng = this.rng;
    const opening = (task ?? slot) as TaskRef | SlotRef;
    const proposer = opening.consultantId ?? this.c.adviserId;
    const cal = this.cal;
    const t0 = -rng.int(3, this.c.fresh && this.earliestStart === null ? 20 : 40);
    if (this.earliestEvent === null || t0 < this.earliestEvent) this.earliestEvent = t0;
    const history: ProposalHistoryRow[] = [
      { status: 'SUGGESTED', at: cal.at(t0, 10, 0).toISOString(), byUserId: proposer, reason: null },
    ];
    let last = t0;
    const step = (s: ProposalStatusRow, by: string | null, reason: string | null): void => {
      last = Math.min(0, last + rng.int(1, 3));
      history.push({ status: s, at: cal.at(last, 11, rng.int(0, 59)).toISOString(), byUserId: by, reason });
    };
    let reason: string | null = null;
    if (status !== 'SUGGESTED') step('PROPOSED', proposer, null);
    if (status === 'ACCEPTED') step('ACCEPTED', opening.consultantId, null);
    if (status === 'DECLINED') {
      reason = rng.pick(DECLINE_REASONS);
      step('DECLINED', opening.consultantId, reason);
    }
    if (status === 'WITHDRAWN') {
      reason = rng.pick(WITHDRAW_REASONS);
      step('WITHDRAWN', this.c.adviserId, reason);
    }
    this.out.proposals.push({
      id: rng.uuid(),
      createdAt: cal.at(t0, 10, 0),
      updatedAt: new Date((history[history.length - 1] as ProposalHistoryRow).at),
      candidateId: this.c.id,
      taskId: task?.id ?? null,
      iguSlotId: task ? null : (slot?.id ?? null),
      companyId: opening.companyId,
      status,
      note: `${this.c.firstName} ${rng.pick([
        'er mødestabil og motiveret for opgaven.',
        'har erfaring med lignende arbejde og vil gerne lære mere dansk på jobbet.',
        'bor tæt på og kan starte med det samme.',
        'ønsker en praktik med mulighed for ordinære timer.',
      ])}`,
      reason,
      proposedById: proposer,
      history,
    });
    this.proposals++;
    this.touch(last);
  }

  private touch(day: number): void {
    if (this.lastActivity === null || day > this.lastActivity) this.lastActivity = Math.min(0, day);
  }

  private placement(p: {
    task?: TaskRef;
    slot?: SlotRef;
    type: PlacementTypeRow;
    /** Offsets from today. */
    start: number;
    plannedEnd: number | null;
    end: number | null;
    outcome: PlacementRow['outcome'];
    followUps: 'rising' | 'flat' | 'falling';
    followUpCount?: number;
  }): void {
    const rng = this.rng;
    const cal = this.cal;
    const active = p.end === null;
    const avail = this.c.availableWeeklyHours;
    const companyId = (p.task?.companyId ?? p.slot?.companyId) as string;

    // The hours plan: up toward the person's available hours, ordinary hours rising.
    const planWeeks = p.plannedEnd !== null ? Math.max(4, Math.ceil((p.plannedEnd - p.start) / 7)) : 13;
    const steps = Math.min(5, 1 + Math.floor((planWeeks - 1) / 3));
    let plan: HoursPlanStepRow[];
    if (p.type === 'IGU') {
      const w = Math.min(37, p.slot?.weeklyHours ?? 37);
      plan = risingPlan(steps, w - 7, w, half((w - 7) * 0.6), half(w * 0.75));
    } else if (p.type === 'SMALL_JOB' || p.type === 'ORDINARY_HOURS') {
      const w0 = Math.min(avail - 2, rng.pick([6, 8, 10, 12]));
      const wMax = Math.min(avail, w0 + rng.pick([6, 8, 10]));
      plan = risingPlan(steps, w0, wMax, w0, wMax);
    } else {
      const w0 = Math.max(6, half(avail * (0.35 + rng.next() * 0.2)));
      plan = risingPlan(steps, w0, avail, 0, half(avail * (0.3 + rng.next() * 0.3)));
    }

    const placementId = rng.uuid();
    const createdOn = p.start - rng.int(3, 14);
    const lastFollowUpDay = active ? 0 : (p.end as number);
    const possible = Math.floor((lastFollowUpDay - p.start) / 14);
    const count = Math.max(0, Math.min(p.followUpCount ?? possible, possible));

    // Ordinary hours per follow-up: strictly rising, or (stalled) flat / falling over the last three.
    const stalled = p.followUps !== 'rising';
    const o0 = stalled
      ? 2
      : p.type === 'SMALL_JOB' || p.type === 'ORDINARY_HOURS'
        ? (plan[0] as HoursPlanStepRow).ordinaryHours
        : rng.pick([0, 0.5, 1]);
    const inc = Math.max(0.5, floorHalf((0.6 * avail - o0) / 6));
    const ordinary: number[] = [];
    for (let k = 1; k <= count; k++) ordinary.push(o0 + (k - 1) * inc);
    if (stalled && count >= 3) {
      const v = ordinary[count - 3] as number;
      ordinary[count - 2] = p.followUps === 'flat' ? v : Math.max(0, v - 0.5);
      ordinary[count - 1] = p.followUps === 'flat' ? v : Math.max(0, v - 1);
    }

    const mentorName = rng.chance(0.75) ? personName(rng, 0.75) : null;
    let lastDate: number | null = null;
    for (let k = 1; k <= count; k++) {
      const date = p.start + 14 * k;
      const week = 2 * k + 1; // follow-up k is on day 14·k
      const planned = stepAt(plan, week).weeklyHours;
      const absenceDays = rng.weighted([
        [0, 6],
        [1, 2],
        [2, 1],
      ] as const);
      const ord = Math.min(37, ordinary[k - 1] as number);
      const attended = Math.min(37, Math.max(ord, half(planned - absenceDays * (planned / 10))));
      const isLast = k === count;
      const confirm: string[] = [];
      if (isLast && p.task && rng.chance(0.35)) {
        const code = p.task.competenceCodes.find((c) => this.gen.isKnownCompetence(c));
        if (code && (this.codes.has(code) || this.codes.size < 6)) {
          this.codes.add(code);
          this.observed.add(code);
          confirm.push(code);
        }
      }
      const stalledNote = stalled && k >= count - 1;
      const created = cal.at(date, 13, rng.int(0, 59));
      this.out.followUps.push({
        id: rng.uuid(),
        createdAt: created,
        updatedAt: created,
        placementId,
        date: cal.date(date),
        authorId: this.c.adviserId,
        attendedHours: attended,
        ordinaryHours: ord,
        absenceDays,
        progress: stalledNote ? rng.int(2, 3) : rng.int(3, 5),
        note: stalledNote ? rng.pick(FOLLOW_UP_NOTES_STALLED) : rng.pick(FOLLOW_UP_NOTES_GOOD),
        nextFollowUpDate: active || !isLast ? cal.date(date + 14) : null,
        confirmedCompetenceCodes: confirm,
        version: 1,
      });
      lastDate = date;
    }

    const created = cal.at(createdOn, 9, rng.int(0, 59));
    const updatedOn = p.end ?? lastDate ?? p.start;
    this.out.placements.push({
      id: placementId,
      createdAt: created,
      updatedAt: cal.at(Math.min(0, updatedOn), 15, 0),
      candidateId: this.c.id,
      companyId,
      taskId: p.task?.id ?? null,
      iguSlotId: p.slot?.id ?? null,
      type: p.type,
      status: active ? 'ACTIVE' : 'ENDED',
      startDate: cal.date(p.start),
      plannedEndDate: p.plannedEnd !== null ? cal.date(p.plannedEnd) : null,
      endDate: p.end !== null ? cal.date(p.end) : null,
      mentorName,
      learningGoals:
        p.task?.learningGoals ?? 'Lære arbejdsopgaverne og faget at kende; skoleperioder efter IGU-planen.',
      hoursPlan: plan,
      outcome: p.outcome,
      outcomeNote: p.outcome ? (ENDED_NOTES[p.outcome] ?? null) : null,
      createdById: this.c.adviserId,
      version: 1,
    });

    if (this.earliestStart === null || p.start < this.earliestStart) this.earliestStart = p.start;
    if (this.earliestEvent === null || p.start < this.earliestEvent) this.earliestEvent = p.start;
    this.touch(lastDate ?? p.end ?? p.start);
    if (active) {
      this.activePlans.push({
        startDate: cal.date(p.start),
        plannedEndDate: p.plannedEnd !== null ? cal.date(p.plannedEnd) : null,
        hoursPlan: plan,
      });
      this.currentOrdinaryHours =
        count > 0 ? Math.min(37, ordinary[count - 1] as number) : (plan[0] as HoursPlanStepRow).ordinaryHours;
    }
  }
}
