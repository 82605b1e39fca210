import type { Catalogue } from '../../i18n/da.js';
import { currentLocale, formatDateNumeric, formatNumber, type Locale, t, tIn } from '../../i18n/index.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInput, forbidden } from '../../shared/errors.js';
import { audit } from '../audit/audit.service.js';
import { requireUser } from '../auth/scope.js';
import { Role } from '../auth/user.entity.js';
import { CandidateService } from '../candidates/candidate.service.js';
import type { DashboardFilter } from '../dashboard/dashboard.inputs.js';
import { DashboardService } from '../dashboard/dashboard.service.js';
import { Industry } from '../industries/industry.entity.js';
import type { Placement } from '../placements/placement.entity.js';
import type { PlacementFilter } from '../placements/placement.inputs.js';
import { PlacementService } from '../placements/placement.service.js';
import { toCsv } from './csv.js';
import { IMPORT_LIMITS } from './import.inputs.js';

const TYPE_DA: Record<string, string> = {
  INTERNSHIP: 'Virksomhedspraktik',
  WAGE_SUBSIDY: 'Løntilskud',
  IGU: 'IGU',
  SMALL_JOB: 'Småjob',
  ORDINARY_HOURS: 'Ordinære timer',
  APPRENTICESHIP: 'Elevstilling',
};

/** The placements CSV's columns in order; the header is their words in the reader's language. */
const PLACEMENT_COLUMNS = [
  'placementId',
  'candidateId',
  'firstName',
  'lastName',
  'company',
  'cvr',
  'industryCode',
  'industry',
  'type',
  'status',
  'startDate',
  'plannedEndDate',
  'endDate',
  'outcome',
  'weeklyHours',
  'ordinaryHours',
  'mentor',
] as const satisfies readonly (keyof Catalogue['exports']['placements'])[];

/** An enum's catalogue words as a cell: the catalogue writes them for a sentence, a cell starts with a capital. */
const cellWords = (words: string, locale: Locale) => words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);

export const DASHBOARD_CSV_HEADER = ['Afsnit', 'Nøgle', 'Betegnelse', 'Værdi'];

const PAGE = 100;

/**
 * CSV exports for spreadsheets (semicolons, formula-safe cells; the placements in the caller's language,
 * the dashboard's figures in Danish). They reuse the
 * placements and dashboard services, so the caller gets exactly the rows and figures its scope allows.
 */
export class ExportService {
  constructor(private readonly ctx: ServiceContext) {}

  private assertStaff(): void {
    const user = requireUser(this.ctx.user);
    if (user.role === Role.COMPANY) throw forbidden('exports');
  }

  /**
   * Placements in the caller's scope (newest start first) as CSV in the caller's language (header, type,
   * status, outcome, dates, decimal sign); every person exported is audit-logged.
   */
  async placementsCsv(filter: PlacementFilter | null | undefined): Promise<string> {
    this.assertStaff();
    const user = requireUser(this.ctx.user);
    const placements = new PlacementService(this.ctx);
    const candidates = new CandidateService(this.ctx);
    const rows: Placement[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await placements.list(filter, PAGE, after);
      if (page.totalCount > IMPORT_LIMITS.maxExportRows) {
        throw badInput(
          'filter',
          t('imports.exportTooBig', {
            rows: formatNumber(page.totalCount),
            max: formatNumber(IMPORT_LIMITS.maxExportRows),
          }),
        );
      }
      rows.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }

    const locale = currentLocale();
    const date = (d: string | null | undefined) => (d ? formatDateNumeric(d, locale) : null);
    const industries = new Map(
      (await this.ctx.em.find(Industry, {}, { fields: ['code', 'name'] })).map((i) => [i.code, i.name]),
    );
    const lines: (string | number | null)[][] = [];
    for (const p of rows) {
      const [candidate, company] = await Promise.all([p.candidate.loadOrFail(), p.company.loadOrFail()]);
      const industryCode = company.industry.unwrap().code;
      const step = placements.currentPlannedHours(p);
      lines.push([
        p.id,
        candidate.id,
        await placements.candidateFirstName(p),
        candidates.fullOnly(candidate, candidate.lastName),
        company.name,
        company.cvr,
        industryCode,
        industries.get(industryCode) ?? '',
        tIn(locale, `enums.placementType.${p.type}`),
        cellWords(tIn(locale, `enums.placementStatus.${p.status}`), locale),
        date(p.startDate),
        date(p.plannedEndDate),
        date(p.endDate),
        p.outcome ? cellWords(tIn(locale, `enums.placementOutcome.${p.outcome}`), locale) : null,
        step?.weeklyHours ?? null,
        step?.ordinaryHours ?? null,
        p.mentorName,
      ]);
    }
    for (const id of new Set(rows.map((p) => p.candidate.id))) {
      audit(this.ctx.em, user, { subjectId: id, action: 'EXPORT', operation: 'exportPlacementsCsv', allowed: true });
    }
    await this.ctx.em.flush();
    const header = PLACEMENT_COLUMNS.map((c) => tIn(locale, `exports.placements.${c}`));
    return toCsv(header, lines, locale);
  }

  /** The dashboard's figures for `filter` as CSV: one row per figure, grouped in sections. */
  async dashboardCsv(filter: DashboardFilter | null | undefined): Promise<string> {
    this.assertStaff();
    const d = await new DashboardService(this.ctx).get(filter);
    const rules = this.ctx.config.rules;
    const pct = (share: number) => Math.round(share * 1000) / 10;
    const rows: (string | number)[][] = [];
    if (filter?.industryCode) {
      const code = filter.industryCode.trim().toUpperCase();
      const industry = await this.ctx.em.findOne(Industry, { code });
      rows.push(['Filter', 'industryCode', 'Branche', industry ? `${industry.code} ${industry.name}` : code]);
    }
    if (filter?.consultantId) {
      const name = d.byConsultant.find((c) => c.consultant.id === filter.consultantId)?.consultant.name;
      rows.push(['Filter', 'consultantId', 'Konsulent', name ?? filter.consultantId]);
    }
    if (filter?.from) rows.push(['Filter', 'from', 'Periode fra', filter.from]);
    if (filter?.to) rows.push(['Filter', 'to', 'Periode til', filter.to]);
    const key = 'Nøgletal';
    rows.push(
      [key, 'activePlacements', 'Aktive forløb', d.activePlacements],
      [key, 'candidatesActive', 'Aktive borgere', d.candidatesActive],
      [
        key,
        'shareAtLeast18_5OrdinaryHours',
        `Andel med mindst ${rules.selfSupportingHours} ordinære timer (%)`,
        pct(d.shareAtLeast18_5OrdinaryHours),
      ],
      [
        key,
        'shareAt37OrdinaryHours',
        `Andel med ${rules.fullTimeHours} ordinære timer (%)`,
        pct(d.shareAt37OrdinaryHours),
      ],
      [key, 'conversionsToOrdinaryHours', 'Overgange til ordinære timer', d.conversionsToOrdinaryHours],
      [key, 'iguSlotsPublic', 'IGU-pladser, offentlige', d.iguSlotsPublic],
      [key, 'iguSlotsPrivate', 'IGU-pladser, private', d.iguSlotsPrivate],
      [
        key,
        'activationGapBreaches',
        `Over ${rules.activationBreachWeeks} uger uden virksomhedsrettet tilbud`,
        d.activationGapBreaches,
      ],
    );
    for (const t of d.placementsByType)
      rows.push(['Aktive forløb efter type', t.type, TYPE_DA[t.type] ?? t.type, t.count]);
    for (const i of d.placementsByIndustry) {
      rows.push(['Aktive forløb efter branche', i.industryCode, i.industryName, i.count]);
    }
    for (const m of d.conversionsByMonth) rows.push(['Overgange pr. måned', m.month, m.month, m.count]);
    for (const c of d.byConsultant) {
      rows.push(['Aktive forløb pr. konsulent', c.consultant.id, c.consultant.name, c.activePlacements]);
    }
    for (const c of d.byConsultant) {
      rows.push(['Overgange pr. konsulent', c.consultant.id, c.consultant.name, c.conversions]);
    }
    return toCsv(DASHBOARD_CSV_HEADER, rows);
  }
}
