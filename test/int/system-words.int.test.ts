import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import { Proposal } from '../../server/src/features/proposals/proposal.entity.js';
import { TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { SystemReason } from '../../server/src/shared/system-reasons.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildPlacement, buildTask, candidatesMakeCandidate, proposalsMakeTask } from '../setup/factories.js';
import type { GqlClient } from '../setup/test-app.js';

// Issue 14, what was still English in a Danish session: the words the server writes by itself (a
// proposal withdrawn because consent was withdrawn, a task solved by a conversion), the audit purposes
// of consent given and revoked, and statuses named inside messages. Asked in Danish (the default)
// and in English; the stored rows hold codes, not sentences.

const PROPOSE = 'mutation($c: ID!, $t: ID!) { proposeCandidate(candidateId: $c, taskId: $t) { id } }';
const CONSENT = 'mutation($id: ID!, $v: Boolean!) { setCandidateConsent(candidateId: $id, consent: $v) { id } }';
const PROPOSAL = 'query($id: ID!) { proposal(id: $id) { status reason history { status reason } } }';
const END = `mutation($id: ID!, $end: Date, $conversion: ConversionInput) {
  endPlacement(placementId: $id, outcome: CONVERTED_TO_ORDINARY_HOURS, endDate: $end, conversion: $conversion) {
    task { status statusReason }
  }
}`;
const TASK = 'query($id: ID!) { task(id: $id) { statusReason } }';
const AUDIT_LOG = 'query($id: ID!) { auditLog(subjectId: $id, first: 50) { operation purpose } }';
const AUDIT_ENTRIES =
  'query($s: String) { auditEntries(search: $s, first: 50) { edges { node { operation purpose } } } }';
const PLAN = 'query($ids: [ID!]) { assignmentPlan(input: { openingIds: $ids }) { totalScore } }';

const WITHDRAWN = {
  da: 'Personen har trukket sit samtykke til at dele en profil tilbage',
  en: 'The person withdrew consent to share a profile',
};
const CONVERTED = { da: 'Overgået til ordinære timer', en: 'Converted to ordinary hours' };
const PURPOSES = {
  da: ['samtykke givet', 'samtykke trukket tilbage'],
  en: ['consent given', 'consent withdrawn'],
};

describe('the words the server writes itself, in the reader’s language', () => {
  let t: DemoApp;
  let adviserUser: User;
  const em = () => t.em();
  const as = (lang: 'da' | 'en', email: string): Promise<GqlClient> =>
    lang === 'da' ? t.client().login(email) : t.client().in('en').login(email);

  beforeAll(async () => {
    t = await createDemoApp();
    adviserUser = t.userOf(Role.ADVISER);
  });
  afterAll(() => t?.close());

  it('a proposal withdrawn by a consent withdrawal says so in Danish and in English; the row holds a code', async () => {
    const person = await candidatesMakeCandidate(em(), {
      adviser: adviserUser,
      firstName: 'Samira',
      lastName: 'Qzsamtykke',
    });
    const task = await proposalsMakeTask(em(), t.company, { title: 'Pakning af paller' });
    const consultant = await as('da', 'konsulent@demo.dk');
    const adviser = await as('da', 'raadgiver@demo.dk');
    const { id } = (await consultant.ok(PROPOSE, { c: person.id, t: task.id })).proposeCandidate;
    await adviser.ok(CONSENT, { id: person.id, v: false });

    const row = await em().findOneOrFail(Proposal, id);
    expect(row.reason).toBe(SystemReason.CONSENT_REVOKED);
    for (const lang of ['da', 'en'] as const) {
      const reader = await as(lang, 'konsulent@demo.dk');
      const { proposal } = await reader.ok(PROPOSAL, { id });
      expect(proposal.status).toBe('WITHDRAWN');
      expect(proposal.reason).toBe(WITHDRAWN[lang]);
      expect(proposal.history.at(-1)).toEqual({ status: 'WITHDRAWN', reason: WITHDRAWN[lang] });
    }

    // The person's audit trail: consent revoked above, given again here; stored as codes, read in words.
    await adviser.ok(CONSENT, { id: person.id, v: true });
    const stored = await em().find(AuditEntry, { subjectId: person.id, operation: 'consent' });
    expect(stored.map((e) => e.purpose).sort()).toEqual(['consent to share given', 'consent to share revoked']);
    for (const lang of ['da', 'en'] as const) {
      const admin = await as(lang, 'admin@demo.dk');
      const log = (await admin.ok(AUDIT_LOG, { id: person.id })).auditLog as { operation: string; purpose: string }[];
      expect(
        log
          .filter((e) => e.operation === 'consent')
          .map((e) => e.purpose)
          .sort(),
      ).toEqual(PURPOSES[lang]);
      const found = (await admin.ok(AUDIT_ENTRIES, { s: 'Qzsamtykke' })).auditEntries.edges.map(
        (e: { node: { operation: string; purpose: string } }) => e.node,
      );
      expect(
        found
          .filter((e: { operation: string }) => e.operation === 'consent')
          .map((e: { purpose: string }) => e.purpose)
          .sort(),
      ).toEqual(PURPOSES[lang]);
    }
  });

  it('a task solved by a conversion to ordinary hours gives its reason in the reader’s language', async () => {
    const person = await candidatesMakeCandidate(em(), { adviser: adviserUser, lastName: 'Qzkonvertering' });
    const task = await buildTask(em(), t.company, { status: TaskStatus.IN_PROGRESS, title: 'Truckkørsel' });
    const placement = await buildPlacement(em(), person, t.company, {
      task,
      startDate: '2025-01-06',
    });
    const adviser = await as('da', 'raadgiver@demo.dk');
    const ended = await adviser.ok(END, {
      id: placement.id,
      end: '2025-03-03',
      conversion: { weeklyHours: 20, hourlyWage: 145, startDate: '2025-03-03' },
    });
    expect(ended.endPlacement.task).toEqual({ status: 'SOLVED', statusReason: CONVERTED.da });
    expect((await em().findOneOrFail(UnsolvedTask, task.id)).statusReason).toBe(
      SystemReason.CONVERTED_TO_ORDINARY_HOURS,
    );
    const english = await as('en', 'konsulent@demo.dk');
    expect((await english.ok(TASK, { id: task.id })).task.statusReason).toBe(CONVERTED.en);
  });

  it('names a status in words, not its code, when a plan is asked for a closed opening', async () => {
    const closed = await proposalsMakeTask(em(), t.company, { status: TaskStatus.CLOSED, title: 'Lukket plan' });
    for (const [lang, word] of [
      ['da', 'Lukket'],
      ['en', 'Closed'],
    ] as const) {
      const consultant = await as(lang, 'konsulent@demo.dk');
      const r = await consultant.request(PLAN, { ids: [closed.id] });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toContain(word);
      expect(r.errors?.[0]?.message).not.toContain('CLOSED');
    }
  });
});
