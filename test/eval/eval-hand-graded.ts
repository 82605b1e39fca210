/**
 * The hand-graded part of `npm run eval:matching` (data: test/eval/hand-graded.ts): loads the small
 * Odense caseload with its placements and proposals, stores availability and capacity with the
 * services' rules, and measures the matcher against the grades written by hand, tasks and IGU slots
 * alike, plus the availability and capacity cases as checks. The rule-graded set's people are set
 * INACTIVE first (they leave the index), so only hand-graded people can be suggested.
 */

import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../server/src/config.js';
import { sql } from '../../server/src/db/sql.js';
import type { User } from '../../server/src/features/auth/user.entity.js';
import { checkAvailabilityDrift } from '../../server/src/features/availability/drift.js';
import {
  Candidate,
  CandidateCompetence,
  Evidence,
  Readiness,
  ResidenceCategory,
  TargetGroup,
} from '../../server/src/features/candidates/candidate.entity.js';
import { Company, PartnershipTier, Sector } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { IguSlot, IguSlotCompetence, IguSlotStatus } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { Industry } from '../../server/src/features/industries/industry.entity.js';
import { MatchingService } from '../../server/src/features/matching/matching.service.js';
import { Placement, PlacementStatus, PlacementType } from '../../server/src/features/placements/placement.entity.js';
import { Proposal, ProposalStatus } from '../../server/src/features/proposals/proposal.entity.js';
import { TaskCompetence, TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import type { Runtime } from '../../server/src/runtime.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { systemClock } from '../../server/src/shared/context.js';
import { addDays } from '../../server/src/shared/dates.js';
import { DanishLevel } from '../../server/src/shared/enums.js';
import { HAND_CANDIDATES, HAND_COMPANIES, HAND_GRADES, HAND_OPENINGS, type HandOpening } from './hand-graded.js';
import { validCvr } from './labelled-set.js';
import { mean, ndcgAtK, precisionAtK } from './metrics.js';

const K = 10;
const K_TOP = 3;

const uuid = (kind: string, key: string) => {
  const h = createHash('sha256').update(`jobbro-eval-hand:${kind}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Number.parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export interface HandOpeningResult {
  opening: HandOpening;
  keys: string[];
  grades: number[];
  pTop: number;
  ndcg: number;
  /** Of the top 3: people whose free hours are below the opening's hours and who are not free within 14 days. */
  withoutHours: number;
}

export interface HandCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface HandReport {
  results: HandOpeningResult[];
  checks: HandCheck[];
  labels: number;
}

async function load(em: EntityManager, today: string, retire: string[]): Promise<void> {
  const competences = new Map((await em.find(Competence, {})).map((c) => [c.code, c.id]));
  const competence = (code: string) => {
    const id = competences.get(code);
    if (!id) throw new Error(`Competence ${code} is not in the catalogue`);
    return em.getReference(Competence, id);
  };
  await em.transactional(async (tx) => {
    // The rule-graded people leave the candidate index: only the hand-graded ones compete here.
    await sql(tx, `update candidate set status = 'INACTIVE' where id = any(?::uuid[])`, [`{${retire.join(',')}}`]);
    enqueueIndex(tx, 'candidate', ...retire);

    const companies = new Map<string, Company>();
    Object.entries(HAND_COMPANIES).forEach(([key, c], i) => {
      companies.set(
        key,
        tx.create(Company, {
          id: uuid('company', key),
          cvr: validCvr(800 + i), // 7-digit prefixes (validCvr loops forever beyond n ≈ 870)
          name: c.name,
          industry: tx.getReference(Industry, c.industry),
          tier: PartnershipTier.PARTNER,
          sector: Sector.PRIVATE,
          postcode: c.postcode,
          contactCadenceDays: 21,
        }),
      );
    });
    const openings = new Map<string, { task?: UnsolvedTask; slot?: IguSlot; company: Company }>();
    for (const o of HAND_OPENINGS) {
      const company = companies.get(o.company)!;
      const placedOnIt = HAND_CANDIDATES.some((c) => c.placements.some((p) => p.opening === o.key));
      if (o.kind === 'task') {
        const task = tx.create(UnsolvedTask, {
          id: uuid('task', o.key),
          company,
          title: o.title,
          description: o.description,
          industry: tx.getReference(Industry, o.industry),
          danishLevel: o.danishLevel as DanishLevel,
          weeklyHours: o.weeklyHours,
          learningGoals: 'Lære arbejdspladsens rutiner og sikkerhed.',
          ordinaryHoursInSight: false,
          expectedOrdinaryHours: null,
          openings: o.openings,
          postcode: o.postcode,
          requiresDrivingLicence: false,
          // As the placement service does: the first placement on a task starts it.
          status: placedOnIt ? TaskStatus.IN_PROGRESS : TaskStatus.OPEN,
        });
        for (const r of o.required)
          tx.create(TaskCompetence, { task, competence: competence(r.code), minLevel: r.minLevel, required: true });
        enqueueIndex(tx, 'task', task.id);
        openings.set(o.key, { task, company });
      } else {
        const full = HAND_CANDIDATES.filter((c) => c.placements.some((p) => p.opening === o.key)).length >= o.openings;
        const slot = tx.create(IguSlot, {
          id: uuid('slot', o.key),
          company,
          title: o.title,
          description: o.description,
          industry: tx.getReference(Industry, o.industry),
          startDate: addDays(today, 30),
          danishLevel: o.danishLevel as DanishLevel,
          weeklyHours: o.weeklyHours,
          hourlyWage: 130,
          openings: o.openings,
          postcode: o.postcode,
          // As the placement service does: a slot whose places are all taken is FILLED.
          status: full ? IguSlotStatus.FILLED : IguSlotStatus.OPEN,
        });
        for (const r of o.required)
          tx.create(IguSlotCompetence, { slot, competence: competence(r.code), minLevel: r.minLevel });
        enqueueIndex(tx, 'iguSlot', slot.id);
        openings.set(o.key, { slot, company });
      }
    }
    for (const c of HAND_CANDIDATES) {
      const row = tx.create(Candidate, {
        id: uuid('candidate', c.key),
        firstName: c.firstName,
        lastName: 'Eval',
        // One constant value for everybody (and IGU-eligible): no protected attribute varies.
        birthDate: '1995-06-15',
        residenceCategory: ResidenceCategory.REFUGEE,
        arrivalDate: '2023-09-01',
        targetGroup: TargetGroup.INTEGRATION_PROGRAMME,
        readiness: c.readiness === 'ACTIVITY_READY' ? Readiness.ACTIVITY_READY : Readiness.JOB_READY,
        postcode: c.postcode,
        danishLevel: c.danishLevel as DanishLevel,
        languages: [],
        availableWeeklyHours: c.readiness === 'ACTIVITY_READY' ? 25 : 37,
        goalWeeklyHours: null,
        currentOrdinaryHours: 0,
        industriesWished: c.industriesWished,
        hasDrivingLicence: false,
        maxCommuteKm: c.maxCommuteKm,
        education: c.education,
        summary: c.summary,
        accommodationNeeds: null,
        consentToShare: true,
        consentGivenAt: new Date('2025-09-01T08:00:00Z'),
        enrolledOn: '2025-09-01',
      });
      for (const k of c.competences) {
        tx.create(CandidateCompetence, {
          candidate: row,
          competence: competence(k.code),
          level: k.level,
          evidence: Evidence[k.evidence],
        });
      }
      for (const [i, p] of c.placements.entries()) {
        const on = p.opening ? openings.get(p.opening)! : null;
        tx.create(Placement, {
          id: uuid('placement', `${c.key}/${i}`),
          candidate: row,
          company: on?.company ?? companies.get('andetsteds')!,
          task: on?.task ?? null,
          iguSlot: on?.slot ?? null,
          type: on?.slot ? PlacementType.IGU : PlacementType.INTERNSHIP,
          status: PlacementStatus.ACTIVE,
          startDate: addDays(today, -p.startedDaysAgo),
          plannedEndDate: p.endsInDays === null ? null : addDays(today, p.endsInDays),
          learningGoals: 'Lære arbejdspladsens rutiner.',
          hoursPlan: [{ fromWeek: 1, weeklyHours: p.hours, ordinaryHours: 0 }],
        });
      }
      for (const p of c.proposals) {
        const on = openings.get(p.opening)!;
        const status = p.status === 'ACCEPTED' ? ProposalStatus.ACCEPTED : ProposalStatus.PROPOSED;
        tx.create(Proposal, {
          candidate: row,
          task: on.task ?? null,
          iguSlot: on.slot ?? null,
          company: on.company,
          status,
          history: [{ status, at: new Date().toISOString(), byUserId: null, reason: null }],
        });
      }
      enqueueIndex(tx, 'candidate', row.id);
    }
  });
}

/** Loads the hand-graded caseload, runs the matcher for every opening and checks the cases. */
export async function runHandGraded(
  runtime: Runtime,
  config: Config,
  user: User,
  retire: string[],
): Promise<HandReport> {
  const today = todayInDenmark();
  const started = Date.now();
  const step = (s: string) => console.log(`  ${s} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  await load(runtime.orm.em.fork(), today, retire);
  step('loaded');
  // Free hours, availableFrom and openings left with the services' rules (the index follows).
  await checkAvailabilityDrift(runtime.orm.em.fork(), config.rules, today, { fix: true, enqueue: true });
  step('availability stored');
  await runtime.services.outbox.drain(300_000);
  step('indexed');

  const keyById = new Map(HAND_CANDIDATES.map((c) => [uuid('candidate', c.key), c.key]));
  const stored = new Map(
    (
      await runtime.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string; free: number; available_from: string | null }[]>(
          `select id, free_weekly_hours as free, available_from::text as available_from from candidate where id = any(?::uuid[])`,
          [`{${[...keyById.keys()].join(',')}}`],
        )
    ).map((r) => [keyById.get(r.id)!, { free: Number(r.free), availableFrom: r.available_from }]),
  );
  const service = () =>
    new MatchingService({
      em: runtime.orm.em.fork(),
      user,
      config,
      search: runtime.services.search,
      locale: 'da',
      clock: systemClock,
    });
  const match = (o: HandOpening, first: number) =>
    o.kind === 'task'
      ? service().matchCandidatesForTask(uuid('task', o.key), first)
      : service().matchCandidatesForIguSlot(uuid('slot', o.key), first);

  const results: HandOpeningResult[] = [];
  const lists = new Map<string, Awaited<ReturnType<typeof match>>>();
  for (const o of HAND_OPENINGS.filter((x) => x.role === 'graded')) {
    const matched = await match(o, K);
    lists.set(o.key, matched);
    const keys = matched.map((m) => keyById.get(m.candidate.id) ?? `unknown:${m.candidate.id}`);
    const table = HAND_GRADES[o.key]!;
    const grades = new Map(Object.entries(table).map(([k, [g]]) => [k, g]));
    const soon = addDays(today, config.rules.availableWithinDays);
    const withoutHours = keys.slice(0, K_TOP).filter((k) => {
      const a = stored.get(k);
      return !a || (a.free < o.weeklyHours && !(a.availableFrom && a.availableFrom <= soon));
    }).length;
    results.push({
      opening: o,
      keys,
      grades: keys.map((k) => grades.get(k) ?? 0),
      pTop: precisionAtK(keys, grades, K_TOP),
      ndcg: ndcgAtK(keys, grades, K),
      withoutHours,
    });
  }

  const listed = (key: string) => results.find((r) => r.opening.key === key)?.keys ?? [];
  const checks: HandCheck[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const everywhere = results.filter((r) => r.keys.includes('k02')).map((r) => r.opening.key);
  check('placed full time (k02) is suggested nowhere', everywhere.length === 0, everywhere.join(', ') || 'nowhere');
  check(
    'placed part time with room (k03, 25 h free) is suggested for the 20 h kitchen task',
    listed('kantine').includes('k03'),
    `kantine: ${listed('kantine').join(' ')}`,
  );
  const k04 = lists.get('lager-pluk')?.find((m) => keyById.get(m.candidate.id) === 'k04');
  const k04Note = k04?.factors.find((f) => f.key === 'hours')?.explanation ?? '';
  check(
    'placement ending next week (k04) is suggested with "Ledig fra …"',
    !!k04 && /^Ledig fra /.test(k04Note),
    k04 ? k04Note : 'not suggested',
  );
  check(
    'pending proposal for 30 h (k05, 7 h free) is not suggested for the 30 h task',
    !listed('lager-pluk').includes('k05'),
    `lager-pluk: ${listed('lager-pluk').join(' ')}`,
  );
  for (const o of HAND_OPENINGS.filter((x) => x.role === 'filled')) {
    const refused = await match(o, K).then(
      () => '',
      (e: Error) => e.message,
    );
    check(
      `capacity: ${o.kind === 'task' ? 'task' : 'IGU slot'} ${o.key} (full) gets no suggestions`,
      !!refused,
      refused || 'suggested',
    );
  }
  check(
    'capacity: kontorrengoering (1 of 2 places taken, IN_PROGRESS) still gets suggestions, not the person placed on it',
    listed('kontorrengoering').length > 0 && !listed('kontorrengoering').includes('k11'),
    `kontorrengoering: ${listed('kontorrengoering').join(' ')}`,
  );
  const labels = Object.values(HAND_GRADES).reduce((s, t) => s + Object.keys(t).length, 0);
  return { results, checks, labels };
}

const f3 = (x: number) => x.toFixed(3);

/** Rows for a table: one per graded opening, then the mean. */
export function handRows(r: HandReport): string[][] {
  const rows = r.results.map((x) => [
    x.opening.key,
    x.opening.kind === 'task' ? 'task' : 'IGU slot',
    f3(x.pTop),
    f3(x.ndcg),
    String(x.withoutHours),
    x.keys.map((k, i) => `${k}:${x.grades[i]}`).join(' ') || '–',
  ]);
  rows.push([
    '**all**',
    '',
    f3(mean(r.results.map((x) => x.pTop))),
    f3(mean(r.results.map((x) => x.ndcg))),
    String(r.results.reduce((s, x) => s + x.withoutHours, 0)),
    '',
  ]);
  return rows;
}

export const HAND_HEAD = [
  'opening',
  'kind',
  `P@${K_TOP}`,
  `NDCG@${K}`,
  `top-${K_TOP} without hours`,
  'returned (person:hand grade)',
];
