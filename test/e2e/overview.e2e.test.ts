import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

/** A valid CVR (modulus 11) from a 7-digit prefix, or null when the check digit would be 10. */
function cvrFrom(prefix: number): string | null {
  const digits = String(prefix);
  const weights = [2, 7, 6, 5, 4, 3, 2];
  const sum = digits.split('').reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : `${digits}${check}`;
}

function freshCvrs(n: number): string[] {
  const out: string[] = [];
  for (let p = 4_700_000 + Math.floor(Math.random() * 200_000); out.length < n; p += 1) {
    const cvr = cvrFrom(p);
    if (cvr) out.push(cvr);
  }
  return out;
}

/** "52,5 %" or "12" as shown on the page → 52.5 or 12. */
const shownNumber = (text: string | null) => Number((text ?? '').replace(/[%\s\u00a0.]/g, '').replace(',', '.'));

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

const DASHBOARD = `query($filter: DashboardFilter) { dashboard(filter: $filter) {
  activePlacements shareAtLeast18_5OrdinaryHours shareAt37OrdinaryHours conversionsToOrdinaryHours
  activationGapBreaches iguSlotsPublic iguSlotsPrivate placementsByType { type count }
  placementsByIndustry { industryCode count } conversionsByMonth { month count } } }`;

describe.skipIf(!CHROMIUM)('browser end-to-end: overview, import, export and audit', () => {
  let t: TestApp;
  let api: GqlClient;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    api = await t.client().login('admin@demo.dk');
    browser = await launchBrowser('da');
    const context = await browser.newContext({
      locale: BROWSER_LOCALE.da,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    await loginAs(page, t.url, 'admin@demo.dk');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the admin home with shortcuts and the system status', async () => {
    await expect.poll(() => page.getByTestId('status-overall').textContent()).toBe('Alt kører.');
    await expect.poll(() => page.getByTestId('status-postgres').textContent()).toMatch(/Kører \(\d+ ms\)/);
    await expectAccessible(page);
    await screenshotFromTop(page, 'overview-admin-home');
  });

  it('draws the dashboard with the numbers of the API', async () => {
    const { dashboard: d } = await api.ok(DASHBOARD);
    expect(d.activePlacements).toBeGreaterThan(0);
    await menu(page).getByRole('link', { name: 'Overblik', exact: true }).click();
    await page.waitForURL('**/overview');
    await page.getByTestId('card-active-value').waitFor();
    expect(shownNumber(await page.getByTestId('card-active-value').textContent())).toBe(d.activePlacements);
    expect(shownNumber(await page.getByTestId('card-share18-value').textContent())).toBeCloseTo(
      Math.round(d.shareAtLeast18_5OrdinaryHours * 1000) / 10,
      5,
    );
    expect(shownNumber(await page.getByTestId('card-share37-value').textContent())).toBeCloseTo(
      Math.round(d.shareAt37OrdinaryHours * 1000) / 10,
      5,
    );
    expect(shownNumber(await page.getByTestId('card-conversions-value').textContent())).toBe(
      d.conversionsToOrdinaryHours,
    );
    expect(shownNumber(await page.getByTestId('card-breaches-value').textContent())).toBe(d.activationGapBreaches);

    // Each chart is drawn as an SVG, one bar per type and per industry, and carries its numbers as text.
    for (const id of ['chart-type', 'chart-industry', 'chart-igu', 'chart-months']) {
      await page.locator(`[data-testid="${id}-chart"] svg.recharts-surface`).first().waitFor();
    }
    await expect
      .poll(() => page.locator('[data-testid="chart-type-chart"] .recharts-bar-rectangle').count())
      .toBe(d.placementsByType.length);
    await expect
      .poll(() => page.locator('[data-testid="chart-industry-chart"] .recharts-bar-rectangle').count())
      .toBe(d.placementsByIndustry.length);
    await expect
      .poll(() => page.locator('[data-testid="chart-igu-chart"] .recharts-pie-sector').count())
      .toBe([d.iguSlotsPublic, d.iguSlotsPrivate].filter((n: number) => n > 0).length);
    await expect
      .poll(() => page.getByTestId('chart-igu-summary').textContent())
      .toBe(`${d.iguSlotsPublic} offentlige og ${d.iguSlotsPrivate} private IGU-pladser.`);
    const total = d.placementsByType.reduce((s: number, r: { count: number }) => s + r.count, 0);
    await expect.poll(() => page.getByTestId('chart-type-summary').textContent()).toContain(`I alt ${total}.`);
    await expectAccessible(page);
    await screenshotFromTop(page, 'overview-dashboard');
  });

  it('filters the dashboard by industry', async () => {
    const { dashboard: d52 } = await api.ok(DASHBOARD, { filter: { industryCode: '52' } });
    const industry = page.getByRole('combobox', { name: 'Branche', exact: true });
    await industry.click();
    await industry.fill('52');
    await page.getByRole('option', { name: /^52 / }).click();
    await expect
      .poll(async () => shownNumber(await page.getByTestId('card-active-value').textContent()))
      .toBe(d52.activePlacements);
    await expect
      .poll(() => page.locator('[data-testid="chart-industry-chart"] .recharts-bar-rectangle').count())
      .toBe(1);
    await screenshotFromTop(page, 'overview-dashboard-52');

    // The figures as CSV: the same filter, a Danish header.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-dashboard').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe('Afsnit;Nøgle;Betegnelse;Værdi');
    expect(csv).toContain(`Nøgletal;activePlacements;Aktive forløb;${d52.activePlacements}\r\n`);
    expect(download.suggestedFilename()).toMatch(/^overblik-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('imports 3 companies: a bad CVR stops the file with the error listed; without it, 2 go in and it reaches 100 %', async () => {
    const [good1, good2, other] = freshCvrs(3) as [string, string, string];
    const bad = other.slice(0, 7) + String((Number(other[7]) + 1) % 10);
    const rows = [
      'cvr;navn;branche;sektor;postnr;samarbejde',
      `${good1};E2E Lager ApS;52;privat;5000;partnerskab`,
      `${bad};E2E Forkert CVR ApS;56;privat;5000;kontakt`,
      `${good2};E2E Kommunal Køkken;56;offentlig;8000;samarbejde`,
    ];
    const upload = (lines: string[]) =>
      page.locator('input[type="file"]').setInputFiles({
        name: 'virksomheder.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
      });

    await menu(page).getByRole('link', { name: 'Import/eksport' }).click();
    await page.waitForURL('**/overview/import');
    await page.getByRole('heading', { name: 'Importér fra CSV' }).waitFor();
    await expectAccessible(page);
    await upload(rows);
    await page.getByTestId('import-preview').click();
    await expect
      .poll(() => page.getByTestId('import-summary').textContent())
      .toBe('3 rækker: 2 kan importeres, 1 har fejl.');
    await expect
      .poll(() => page.getByTestId('import-errors-3').textContent())
      .toBe(`cvr: CVR-nummeret ${bad} har et ugyldigt kontrolciffer; tjek for tastefejl.`);
    await expect
      .poll(() => page.getByTestId('import-error-list').textContent())
      .toContain('Linje 3, cvr: CVR-nummeret');
    await expect.poll(() => page.getByTestId('import-commit').count()).toBe(0);
    await expectAccessible(page);
    await screenshotFromTop(page, 'overview-import-preview');

    await upload([rows[0]!, rows[1]!, rows[3]!]);
    await page.getByTestId('import-preview').click();
    await expect
      .poll(() => page.getByTestId('import-summary').textContent())
      .toBe('2 rækker: 2 kan importeres, 0 har fejl.');
    await page.getByRole('button', { name: 'Importér 2 gyldige rækker' }).click();
    await page.getByTestId('import-done').waitFor();
    await expect
      .poll(() => page.getByTestId('import-done').textContent())
      .toBe('2 oprettet, 0 opdateret, 0 uændret, 0 sprunget over.');
    await expect.poll(() => page.getByTestId('import-progress-text').textContent()).toContain('100\u00a0%');
    await expect(
      page.locator('[data-testid="import-progress"] [role="progressbar"]').getAttribute('aria-valuenow'),
    ).resolves.toBe('100');
    await expectAccessible(page);
    await screenshotFromTop(page, 'overview-import-done');

    const { companies } = await api.ok(
      'query($s: String) { companies(filter: { search: $s }, first: 10) { edges { node { cvr sector } } } }',
      { s: 'E2E' },
    );
    const cvrs = companies.edges.map((e: { node: { cvr: string } }) => e.node.cvr).sort();
    expect(cvrs).toEqual([good1, good2].sort());
  });

  it('exports the placements as CSV', async () => {
    const { placements } = await api.ok(
      '{ placements(first: 1) { totalCount edges { node { id candidate { id } } } } }',
    );
    await page.getByRole('link', { name: 'Eksport', exact: true }).click();
    await page.waitForURL('**/overview/export');
    await page.getByRole('heading', { name: 'Eksportér til CSV' }).waitFor();
    await expectAccessible(page);
    await screenshotFromTop(page, 'overview-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-placements').click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Forløb-id;Borger-id;Fornavn;Efternavn;Virksomhed;CVR;Branchekode;Branche;Type;Status;Startdato;Planlagt slutdato;Slutdato;Udfald;Timer pr. uge nu;Heraf ordinære timer;Mentor',
    );
    expect(lines).toHaveLength(placements.totalCount + 1);
    expect(lines[1]?.startsWith(`${placements.edges[0].node.id};`)).toBe(true);
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/forloeb-.*\.csv er hentet/);
  });

  it('lists the audit log of an exported person', async () => {
    const { placements } = await api.ok('{ placements(first: 1) { edges { node { candidate { id } } } } }');
    const personId = placements.edges[0].node.candidate.id as string;
    await page.goto(`${t.url}/`);
    await page.getByTestId('admin-link-audit').click();
    await page.waitForURL('**/admin/audit');
    await page.getByLabel('Navn, e-mail eller id').fill(personId);
    await page.getByTestId('audit-show').click();
    await page.waitForURL(`**/admin/audit?q=${personId}`);
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    // In a sentence, never the raw operation name.
    await expect
      .poll(() => table.textContent())
      .toMatch(/Anne Admin \(administrator\) eksporterede .+s forløb som CSV/);
    await expect(table.textContent()).resolves.not.toContain('exportPlacementsCsv');
    await expectAccessible(page);
    await screenshotFromTop(page, 'overview-audit');
  });

  it('shows a consultant the dashboard (at tablet width) but not the audit log', async () => {
    const context = await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 820, height: 1180 } });
    const p = await context.newPage();
    await loginAs(p, t.url, 'konsulent@demo.dk');
    await p.goto(`${t.url}/overview`);
    await p.getByTestId('card-active-value').waitFor();
    await p.locator('[data-testid="chart-type-chart"] svg.recharts-surface').waitFor();
    await expectAccessible(p);
    await screenshotFromTop(p, 'overview-dashboard-tablet');
    await p.goto(`${t.url}/admin/audit`);
    await expect.poll(() => p.getByTestId('forbidden').textContent()).toContain('kun for administratorer');
    await expectAccessible(p);
    await screenshotFromTop(p, 'overview-audit-forbidden');
    await context.close();
  });
});
