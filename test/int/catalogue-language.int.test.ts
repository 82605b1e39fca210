import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { TaskStatus } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { catalogues } from '../../server/src/i18n/index.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import {
  buildPlacement,
  candidatesMakeCandidate,
  proposalsMakeIguSlot,
  proposalsMakeTask,
} from '../setup/factories.js';
import { type GqlClient, type GqlResult } from '../setup/test-app.js';

// Issue 14.1: "a test fails when a Danish response contains an English sentence from the catalogue"
// (and the reverse). A broad set of refusals (validation of the main mutations, service rules, not
// found, forbidden, conflict, login, CSV rows) is asked in Danish and in English; every message that
// comes back is checked against the other language's catalogue.

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : leaves(v)));
const flat = (tree: Tree, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[`${prefix}${k}`, v]] : [...flat(v, `${prefix}${k}.`)],
    ),
  );

/**
 * The fixed parts of a language's texts (what lies between the placeholders), three words or more,
 * where the other language says it differently: one of these in a message means the wrong language.
 */
function sentencesOnlyIn(lang: 'da' | 'en'): string[] {
  const mine = flat(catalogues[lang] as unknown as Tree);
  const other = flat(catalogues[lang === 'da' ? 'en' : 'da'] as unknown as Tree);
  const parts = new Set<string>();
  for (const [key, text] of mine) {
    if (other.get(key) === text) continue;
    for (const part of text.split(/\{\{\s*\w+\s*\}\}/)) {
      const p = part.trim().replace(/^[\s.,:;()"'»«–-]+|[\s.,:;()"'»«–-]+$/g, '');
      if (p.split(/\s+/).length >= 3) parts.add(p);
    }
  }
  return [...parts];
}

/** Every message of an answer: the errors and each invalid field of `extensions.fields`. */
function messages(r: GqlResult<unknown>): string[] {
  return (r.errors ?? []).flatMap((e) => [
    e.message,
    ...(((e.extensions?.fields as { message: string }[] | undefined) ?? []).map((f) => f.message) ?? []),
  ]);
}

const CREATE = 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id version } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }';
const PROPOSE =
  'mutation($c: ID!, $t: ID, $s: ID) { proposeCandidate(candidateId: $c, taskId: $t, iguSlotId: $s) { id } }';
const START = 'mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }';
const FOLLOW_UP =
  'mutation($id: ID!, $input: FollowUpInput!) { recordFollowUp(placementId: $id, input: $input) { id } }';
const END =
  'mutation($id: ID!, $end: Date) { endPlacement(placementId: $id, outcome: COMPLETED, endDate: $end) { id } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const PREVIEW = `query($csv: String!) { previewImport(kind: CANDIDATES, csv: $csv) { rows { line errors { field message } } } }`;

const person = (over: Record<string, unknown> = {}) => ({
  firstName: 'Amina',
  lastName: 'Hassan',
  birthDate: '1995-03-10',
  postcode: '5000',
  targetGroup: 'INTEGRATION_PROGRAMME',
  readiness: 'JOB_READY',
  residenceCategory: 'REFUGEE',
  arrivalDate: '2023-09-01',
  danishLevel: 'A2',
  availableWeeklyHours: 20,
  hasDrivingLicence: false,
  maxCommuteKm: 30,
  consentToShare: true,
  ...over,
});

const CSV = [
  'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;danskniveau;timer til rådighed;transport km',
  'Omar;Ali;1990-05-05;5000;ukendt;jobparat;flygtning;A2;tyve;30',
  'Sara;Noor;5/5/19;5000;integrationsprogram;jobparat;flygtning;A2;20;30',
  'Lina;Haddad;1990-05-05;12;integrationsprogram;jobparat;flygtning;A2;40;30',
].join('\n');

describe('server answers in one language: no sentence of the other catalogue leaks in', () => {
  let t: DemoApp;
  let company: Company;
  let adviserUser: User;
  const em = () => t.em();

  beforeAll(async () => {
    t = await createDemoApp();
    company = t.company;
    adviserUser = t.userOf(Role.ADVISER);
  });
  afterAll(() => t?.close());

  /** Asks every refusal as `lang` and returns what came back, by probe. */
  async function refusals(lang: 'da' | 'en'): Promise<Record<string, string[]>> {
    const loggedIn = (email: string) => t.client().in(lang).login(email);
    const [admin, adviser, companyUser]: GqlClient[] = await Promise.all([
      loggedIn('admin@demo.dk'),
      loggedIn('raadgiver@demo.dk'),
      loggedIn('virksomhed@demo.dk'),
    ]);
    const own = await candidatesMakeCandidate(em(), { adviser: adviserUser });
    const closed = await proposalsMakeTask(em(), company, { status: TaskStatus.CLOSED, title: 'Lukket opgave' });
    const openTask = await proposalsMakeTask(em(), company);
    const slot = await proposalsMakeIguSlot(em(), company);
    const placement = await buildPlacement(em(), own.id, company.id, { startDate: '2026-01-05' });
    const created = (await adviser.ok(CREATE, { input: person({ lastName: `Sprog${lang}` }) })).createCandidate;
    await adviser.ok(UPDATE, { id: created.id, input: { version: created.version, firstName: 'Amira' } });

    const out: Record<string, string[]> = {};
    const probe = async (name: string, r: Promise<GqlResult<unknown>>) => {
      out[name] = messages(await r);
    };
    await probe(
      'createCandidate: four fields at once',
      adviser.request(CREATE, {
        input: person({ firstName: ' ', postcode: '12', availableWeeklyHours: 40, languages: Array(21).fill('x') }),
      }),
    );
    await probe(
      'createCandidate: arrival in the future',
      adviser.request(CREATE, { input: person({ arrivalDate: '2999-01-01' }) }),
    );
    await probe(
      'createCandidate: no such day',
      adviser.request(CREATE, { input: person({ birthDate: '1995-02-30' }) }),
    );
    await probe(
      'createCandidate: ordinary hours over the goal',
      adviser.request(CREATE, { input: person({ goalWeeklyHours: 20, currentOrdinaryHours: 30 }) }),
    );
    await probe(
      'createCandidate: activities over the week',
      adviser.request(CREATE, {
        input: person({
          availableWeeklyHours: 37,
          weeklyActivities: [{ kind: 'EDUCATION', label: 'AMU', weeklyHours: 30 }],
        }),
      }),
    );
    await probe(
      'updateCandidate: stale version',
      adviser.request(UPDATE, { id: created.id, input: { version: created.version, firstName: 'Ava' } }),
    );
    await probe(
      'updateCandidate: not found',
      adviser.request(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { version: 1 } }),
    );
    await probe('candidates: forbidden for a company', companyUser.request('{ candidates { totalCount } }'));
    await probe('proposeCandidate: two openings', adviser.request(PROPOSE, { c: own.id, t: openTask.id, s: slot.id }));
    await probe('proposeCandidate: closed task', adviser.request(PROPOSE, { c: own.id, t: closed.id }));
    await probe(
      'startPlacement: IGU without a slot, plan out of order',
      adviser.request(START, {
        input: {
          candidateId: own.id,
          companyId: company.id,
          type: 'IGU',
          startDate: '2026-02-02',
          hoursPlan: [
            { fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 },
            { fromWeek: 1, weeklyHours: 25, ordinaryHours: 30 },
          ],
        },
      }),
    );
    await probe(
      'startPlacement: IGU without a slot',
      adviser.request(START, {
        input: {
          candidateId: own.id,
          companyId: company.id,
          type: 'IGU',
          startDate: '2026-02-02',
          hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
        },
      }),
    );
    await probe(
      'recordFollowUp: in the future, ordinary over attended',
      adviser.request(FOLLOW_UP, {
        id: placement.id,
        input: { date: '2999-01-01', attendedHours: 10, ordinaryHours: 12, absenceDays: 0, progress: 3 },
      }),
    );
    await probe(
      'recordFollowUp: in the future',
      adviser.request(FOLLOW_UP, {
        id: placement.id,
        input: { date: '2999-01-01', attendedHours: 10, ordinaryHours: 2, absenceDays: 0, progress: 3 },
      }),
    );
    await probe('endPlacement: in the future', adviser.request(END, { id: placement.id, end: '2999-01-01' }));
    await probe(
      'createUser: weak password',
      admin.request(CREATE_USER, {
        input: { email: `svag.${lang}@demo.dk`, name: 'Svag Bruger', role: 'ADVISER', password: 'password1234' },
      }),
    );
    await probe(
      'createUser: taken e-mail',
      admin.request(CREATE_USER, { input: { email: 'admin@demo.dk', name: 'Igen', role: 'ADVISER' } }),
    );
    await probe(
      'searchCandidates: free hours out of range',
      adviser.request('{ searchCandidates(filter: { minFreeHours: 50 }) { totalHits } }'),
    );
    await probe(
      'login: wrong password',
      t.client().in(lang).request('mutation { login(email: "admin@demo.dk", password: "forkert-adgangskode") { id } }'),
    );
    await probe('not logged in', t.client().in(lang).request('{ candidates { totalCount } }'));
    await probe('previewImport: missing columns', admin.request(PREVIEW, { csv: 'fornavn;efternavn\nA;B' }));
    const preview = await adviser.ok<{ previewImport: { rows: { errors: { message: string }[] }[] } }>(PREVIEW, {
      csv: CSV,
    });
    out['previewImport: bad rows'] = preview.previewImport.rows.flatMap((r) => r.errors.map((e) => e.message));
    return out;
  }

  it('answers every refusal in Danish by default and in English for an English portal, never mixed', async () => {
    const da = await refusals('da');
    const en = await refusals('en');
    const english = sentencesOnlyIn('en');
    const danish = sentencesOnlyIn('da');
    expect(english.length).toBeGreaterThan(100);
    expect(danish.length).toBeGreaterThan(100);

    for (const [probe, said] of Object.entries(da)) {
      // Each probe was refused, and said something different in the two languages.
      expect(said.length, probe).toBeGreaterThan(0);
      expect(en[probe], `${probe}: ${said.join(' | ')}`).not.toEqual(said);
      for (const message of said) {
        expect(
          english.filter((s) => message.includes(s)),
          `Danish answer to "${probe}": ${message}`,
        ).toEqual([]);
      }
      for (const message of en[probe] ?? []) {
        expect(
          danish.filter((s) => message.includes(s)),
          `English answer to "${probe}": ${message}`,
        ).toEqual([]);
      }
    }
    // Row problems of a CSV file: every problem of every row, in the language asked.
    expect(da['previewImport: bad rows']!.join(' ')).toMatch(/kendes ikke/);
    expect(en['previewImport: bad rows']!.join(' ')).toMatch(/is not known/);
    // A few that used to be English-only, now in Danish.
    expect(da['createCandidate: arrival in the future']!.join(' ')).toMatch(/Ankomstdatoen .* ligger i fremtiden/);
    expect(da['recordFollowUp: in the future']!.join(' ')).toMatch(/Opfølgningsdatoen/);
    expect(da['proposeCandidate: closed task']!.join(' ')).toMatch(/har status Lukket/);
    expect(en['proposeCandidate: closed task']!.join(' ')).toMatch(/is Closed/);
  });

  it('the check itself sees an English catalogue sentence in a Danish answer', () => {
    const english = sentencesOnlyIn('en');
    const leaked = 'Opgaven kan ikke gemmes: Weekly hours cannot be more than 37 a week.';
    expect(english.some((s) => leaked.includes(s))).toBe(true);
    expect(english.some((s) => 'Forkert e-mail eller adgangskode.'.includes(s))).toBe(false);
    expect(leaves(catalogues.da as unknown as Tree).length).toBe(leaves(catalogues.en as unknown as Tree).length);
  });
});
