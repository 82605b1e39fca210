import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Company, CompanyContact, ContactPerson } from '../../server/src/features/companies/company.entity.js';
import { formatDate } from '../../server/src/i18n/index.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, ageOn } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildCompany, buildPlacement } from '../setup/factories.js';
import { expectError, type GqlClient } from '../setup/test-app.js';

/**
 * The work queue over HTTP: alerts name the person as the reader may see them, dates in one format,
 * snoozing until a date, handling with a note (kept in the history), the "kontakt forfalden" filter
 * and typed contact-log entries. Days are relative to today and the rules' `asOf`, never fixed dates.
 */
const ALERTS = `query($asOf: Date, $inc: Boolean) { alerts(first: 100, asOf: $asOf, includeSnoozed: $inc) {
  id kind severity dueDate message snoozedUntil candidate { id firstName name } company { id name } placement { id }
} }`;
const SNOOZE = `mutation($id: ID!, $until: Date!, $asOf: Date) { snoozeAlert(id: $id, until: $until, asOf: $asOf) { id snoozedUntil } }`;
const HANDLE = `mutation($id: ID!, $note: String!, $asOf: Date) {
  handleAlert(id: $id, note: $note, asOf: $asOf) { alertId kind status note message actedAt candidate { id name } placement { id } }
}`;
const HISTORY = `{ alertHistory(first: 50) { alertId kind status dueDate snoozedUntil note message candidate { id name } } }`;
const COMPANIES = `query($overdue: Boolean) { companies(filter: { contactOverdue: $overdue }, first: 100) {
  edges { node { id name contactDue nextContactDue } }
} }`;
const CONTACT = `mutation($id: ID!, $note: String!, $kind: CompanyContactKind, $person: ID, $next: Date) {
  recordCompanyContact(companyId: $id, note: $note, kind: $kind, contactPersonId: $person, nextContactDate: $next) {
    id contactDue nextContactDue
    contactLog(first: 5) { note kind nextContactDate contactPerson { id name } by { name } }
  }
}`;

interface AlertRow {
  id: string;
  kind: string;
  dueDate: string;
  message: string;
  snoozedUntil: string | null;
  candidate: { id: string; firstName: string; name: string } | null;
  company: { id: string; name: string } | null;
  placement: { id: string } | null;
}

describe('the work queue over HTTP', () => {
  let t: DemoApp;
  let adviser: GqlClient;
  let consultant: GqlClient;
  let companyUser: GqlClient;
  let demoCompany: Company;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);
  const day = today();
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  let aminaPlacement: string;
  let aminaId: string;
  let hiddenPlacement: string;
  const birthDate = '1994-06-15';

  const alerts = async (c: GqlClient, asOf: string = day, inc = false) =>
    (await c.ok<{ alerts: AlertRow[] }>(ALERTS, { asOf, inc })).alerts;

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company: demoCompany } = t);
    const e = em();
    // Started 30 days ago without a follow-up: overdue since day 14.
    const amina = await buildCandidate(e, {
      adviser: userOf(Role.ADVISER).id,
      firstName: 'Amina',
      birthDate,
    });
    aminaId = amina.id;
    aminaPlacement = (await buildPlacement(e, amina.id, demoCompany.id, { startDate: addDays(day, -30) })).id;
    const hidden = await buildCandidate(e, {
      adviser: userOf(Role.ADVISER).id,
      firstName: 'Olga',
      consentToShare: false,
    });
    hiddenPlacement = (await buildPlacement(e, hidden.id, demoCompany.id, { startDate: addDays(day, -30) })).id;
    [adviser, consultant, companyUser] = await Promise.all([
      t.as(Role.ADVISER),
      t.as(Role.CONSULTANT),
      t.as(Role.COMPANY),
    ]);
  });
  afterAll(() => t?.close());

  describe('alerts name the person unambiguously, with dates in one format', () => {
    it('the adviser reads the full name', async () => {
      const a = (await alerts(adviser)).find(
        (x) => x.placement?.id === aminaPlacement && x.kind === 'FOLLOW_UP_OVERDUE',
      );
      expect(a?.candidate).toEqual({
        id: aminaId,
        firstName: 'Amina',
        name: expect.stringMatching(/^Amina Efternavn\d+$/),
      });
      expect(a?.message).toContain(a!.candidate!.name);
      expect(a?.message).toContain(formatDate(a!.dueDate, 'da'));
      expect(a?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(a?.id).toBe(`FOLLOW_UP_OVERDUE:${aminaPlacement}:${a!.dueDate}`);
    });

    it('a consultant and the company read first name, initial and age; nobody the name of a person without consent', async () => {
      const age = ageOn(birthDate, day);
      for (const c of [consultant, companyUser]) {
        const list = await alerts(c);
        const a = list.find((x) => x.placement?.id === aminaPlacement && x.kind === 'FOLLOW_UP_OVERDUE');
        expect(a?.candidate?.name).toBe(`Amina E. (${age} år)`);
        expect(a?.message).toContain(`Amina E. (${age} år)`);
        const h = list.find((x) => x.placement?.id === hiddenPlacement);
        expect(h?.candidate?.name).toBe('en kandidat');
        expect(h?.message).not.toContain('Olga');
      }
      const en = await t.as(Role.CONSULTANT, 'en');
      const a = (await alerts(en)).find((x) => x.placement?.id === aminaPlacement);
      expect(a?.candidate?.name).toBe(`Amina E. (age ${age})`);
      expect(a?.message).toContain(formatDate(a!.dueDate, 'en'));
    });
  });

  describe('snoozing and handling', () => {
    let alertId: string;

    beforeAll(async () => {
      alertId = (await alerts(adviser)).find((x) => x.placement?.id === aminaPlacement)!.id;
    });

    it('refuses a snooze date that is not after the day, or more than a year ahead, and an unknown alert', async () => {
      expectError(await adviser.request(SNOOZE, { id: alertId, until: day, asOf: day }), 'BAD_USER_INPUT', 'until');
      expectError(
        await adviser.request(SNOOZE, { id: alertId, until: addDays(day, 400), asOf: day }),
        'BAD_USER_INPUT',
        'until',
      );
      expectError(
        await adviser.request(SNOOZE, { id: `FOLLOW_UP_OVERDUE:${aminaPlacement}:2020-01-01`, until: addDays(day, 3) }),
        'BAD_USER_INPUT',
        'id',
      );
      // The company may not act on alerts it does not see (an adviser-only kind, another's placement).
      expectError(
        await companyUser.request(SNOOZE, { id: `ACTIVATION_GAP:${aminaId}:${day}`, until: addDays(day, 3) }),
        'BAD_USER_INPUT',
        'id',
      );
    });

    it('hides a snoozed alert until its date, in this user’s queue only', async () => {
      const r = await adviser.ok<{ snoozeAlert: { id: string; snoozedUntil: string } }>(SNOOZE, {
        id: alertId,
        until: addDays(day, 3),
        asOf: day,
      });
      expect(r.snoozeAlert).toEqual({ id: alertId, snoozedUntil: addDays(day, 3) });
      expect((await alerts(adviser)).map((a) => a.id)).not.toContain(alertId);
      const withSnoozed = await alerts(adviser, day, true);
      expect(withSnoozed.find((a) => a.id === alertId)?.snoozedUntil).toBe(addDays(day, 3));
      // On the snooze date it is back (the rules, evaluated that day, still find it overdue).
      expect((await alerts(adviser, addDays(day, 3))).map((a) => a.id)).toContain(alertId);
      // The consultant's queue is its own.
      expect((await alerts(consultant)).map((a) => a.id)).toContain(alertId);
    });

    it('needs a note to handle an alert; a handled alert leaves the queue and stays in the history', async () => {
      expectError(await adviser.request(HANDLE, { id: alertId, note: '   ' }), 'BAD_USER_INPUT', 'note');
      const r = await adviser.ok<{ handleAlert: { alertId: string; status: string; note: string; message: string } }>(
        HANDLE,
        { id: alertId, note: 'Ringede til virksomheden; opfølgning holdes fredag.' },
      );
      expect(r.handleAlert).toMatchObject({
        alertId,
        status: 'HANDLED',
        note: 'Ringede til virksomheden; opfølgning holdes fredag.',
        message: expect.stringContaining('Amina'),
      });
      expect((await alerts(adviser, day, true)).map((a) => a.id)).not.toContain(alertId);
      expect((await alerts(adviser, addDays(day, 10), true)).map((a) => a.id)).not.toContain(alertId);
      const { alertHistory } = await adviser.ok<{
        alertHistory: { alertId: string; status: string; note: string; candidate: { name: string } | null }[];
      }>(HISTORY);
      expect(alertHistory[0]).toMatchObject({
        alertId,
        status: 'HANDLED',
        candidate: { name: expect.stringContaining('Amina') },
      });
      expectError(await adviser.request(HANDLE, { id: alertId, note: 'igen' }), 'BAD_USER_INPUT', 'id');
      // Handled in Danish, read in English: the history is in the reader's language, not the handler's.
      const da = await adviser.ok<{ alertHistory: { alertId: string; message: string }[] }>(HISTORY);
      const english = await t.as(Role.ADVISER, 'en');
      const en = await english.ok<{ alertHistory: { alertId: string; message: string }[] }>(HISTORY);
      const daMessage = da.alertHistory.find((h) => h.alertId === alertId)?.message;
      const enMessage = en.alertHistory.find((h) => h.alertId === alertId)?.message;
      expect(daMessage).toMatch(/Amina .* forsinket\.$/);
      expect(enMessage).toMatch(/Amina .* overdue\.$/);
      // Nobody else's history holds it.
      expect((await consultant.ok<{ alertHistory: unknown[] }>(HISTORY)).alertHistory).toEqual([]);
    });
  });

  describe('company contacts', () => {
    let overdueByCadence: Company;
    let overdueByAgreement: Company;
    let contactedNow: Company;
    let agreedLater: Company;

    beforeAll(async () => {
      const e = em();
      const consultantId = userOf(Role.CONSULTANT).id;
      overdueByCadence = await buildCompany(e, {
        name: 'Forfalden Kadence ApS',
        consultant: consultantId,
        lastContactAt: daysAgo(30),
      });
      contactedNow = await buildCompany(e, { name: 'Kontaktet Nu ApS', consultant: consultantId });
      overdueByAgreement = await buildCompany(e, {
        name: 'Aftalt Forfalden ApS',
        consultant: consultantId,
        lastContactAt: daysAgo(10),
      });
      agreedLater = await buildCompany(e, {
        name: 'Aftalt Senere ApS',
        consultant: consultantId,
        lastContactAt: daysAgo(25),
      });
      // Agreed at the last contact: due 3 days ago (the cadence alone says in 11 days), and in 5 days.
      e.create(CompanyContact, {
        company: overdueByAgreement,
        by: null,
        contactedAt: daysAgo(10),
        note: 'Besøg',
        nextContactDate: addDays(day, -3),
      });
      e.create(CompanyContact, {
        company: agreedLater,
        by: null,
        contactedAt: daysAgo(25),
        note: 'Telefon',
        nextContactDate: addDays(day, 5),
      });
      await e.flush();
    });

    it('filters companies by "kontakt forfalden", using the next contact agreed when there is one', async () => {
      const ids = (r: { companies: { edges: { node: { id: string } }[] } }) => r.companies.edges.map((x) => x.node.id);
      const overdue = await consultant.ok<{
        companies: { edges: { node: { id: string; contactDue: boolean; nextContactDue: string } }[] };
      }>(COMPANIES, { overdue: true });
      expect(ids(overdue)).toEqual(expect.arrayContaining([overdueByCadence.id, overdueByAgreement.id]));
      expect(ids(overdue)).not.toContain(contactedNow.id);
      expect(ids(overdue)).not.toContain(agreedLater.id);
      expect(overdue.companies.edges.every((x) => x.node.contactDue)).toBe(true);
      expect(overdue.companies.edges.find((x) => x.node.id === overdueByAgreement.id)?.node.nextContactDue).toBe(
        addDays(day, -3),
      );
      const rest = await consultant.ok<{ companies: { edges: { node: { id: string; contactDue: boolean } }[] } }>(
        COMPANIES,
        { overdue: false },
      );
      expect(ids(rest)).toEqual(expect.arrayContaining([contactedNow.id, agreedLater.id]));
      expect(ids(rest)).not.toContain(overdueByCadence.id);
      expect(rest.companies.edges.every((x) => !x.node.contactDue)).toBe(true);

      const contactAlerts = (await alerts(consultant)).filter((a) => a.kind === 'COMPANY_CONTACT_DUE');
      const agreed = contactAlerts.find((a) => a.company?.id === overdueByAgreement.id);
      expect(agreed?.dueDate).toBe(addDays(day, -3));
      expect(agreed?.message).toContain('som aftalt ved sidste kontakt');
      expect(contactAlerts.map((a) => a.company?.id)).not.toContain(agreedLater.id);
    });

    it('logs a contact with its type, contact person and next contact date', async () => {
      const e = em();
      const person = e.create(ContactPerson, { company: overdueByCadence, name: 'Jette Lager' });
      const stranger = e.create(ContactPerson, { company: contactedNow, name: 'Ole Anden' });
      await e.flush();

      expectError(
        await consultant.request(CONTACT, {
          id: overdueByCadence.id,
          note: 'Ringede',
          kind: 'PHONE',
          person: stranger.id,
        }),
        'BAD_USER_INPUT',
        'contactPersonId',
      );
      expectError(
        await consultant.request(CONTACT, { id: overdueByCadence.id, note: 'Ringede', next: addDays(day, -1) }),
        'BAD_USER_INPUT',
        'nextContactDate',
      );
      expect(await em().count(CompanyContact, { company: overdueByCadence.id })).toBe(0);

      const r = await consultant.ok<{
        recordCompanyContact: {
          contactDue: boolean;
          nextContactDue: string;
          contactLog: { note: string; kind: string; nextContactDate: string; contactPerson: { name: string } }[];
        };
      }>(CONTACT, {
        id: overdueByCadence.id,
        note: 'Ringede om to nye opgaver',
        kind: 'PHONE',
        person: person.id,
        next: addDays(day, 7),
      });
      expect(r.recordCompanyContact.contactDue).toBe(false);
      expect(r.recordCompanyContact.nextContactDue).toBe(addDays(day, 7));
      expect(r.recordCompanyContact.contactLog[0]).toMatchObject({
        note: 'Ringede om to nye opgaver',
        kind: 'PHONE',
        nextContactDate: addDays(day, 7),
        contactPerson: { name: 'Jette Lager' },
      });
      const still = await consultant.ok<{ companies: { edges: { node: { id: string } }[] } }>(COMPANIES, {
        overdue: true,
      });
      expect(still.companies.edges.map((x) => x.node.id)).not.toContain(overdueByCadence.id);
      expect((await em().findOneOrFail(Company, overdueByCadence.id)).lastContactAt).toBeInstanceOf(Date);
    });
  });
});
