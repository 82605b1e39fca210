import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { formatNumber, type MessageKey, tIn } from '../../i18n/index.js';
import type { ServiceContext } from '../../shared/context.js';
import { isIsoDate } from '../../shared/dates.js';
import { badInput, forbidden, problemsOf } from '../../shared/errors.js';
import { requireUser } from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { Candidate, CandidateStatus } from '../candidates/candidate.entity.js';
import type { CreateCandidateInput, UpdateCandidateInput } from '../candidates/candidate.inputs.js';
import { assertWishedIndustries, CandidateService } from '../candidates/candidate.service.js';
import { Company } from '../companies/company.entity.js';
import type { CreateCompanyInput, UpdateCompanyInput } from '../companies/company.inputs.js';
import { CompanyService, findDivision } from '../companies/company.service.js';
import { normalizeCvr } from '../companies/cvr.js';
import { CsvSyntaxError, readCsv, toCsv } from './csv.js';
import { IMPORT_LIMITS, ImportAction, ImportExistingMode, ImportKind } from './import.inputs.js';
import type { ImportFieldError, ImportPreview, ImportResult, ImportRow } from './import.types.js';
import {
  type ColumnDef,
  candidateInputOf,
  columnsFor,
  companyInputOf,
  type FieldProblem,
  matchHeader,
} from './import-columns.js';

/** A data row of the file, read and matched to fields. */
interface ParsedRow {
  line: number;
  /** Every cell of the line as written (also the ignored columns), for the error file. */
  raw: string[];
  cells: Record<string, string>;
  values: { key: string; value: string }[];
  problems: FieldProblem[];
}

/** Server fields that are a different column in the file (people are named by e-mail there). */
const FIELD_TO_COLUMN: Record<string, string> = { consultantId: 'consultant', adviserId: 'adviser' };

/** The column key of a server field path ("input.cvr" → "cvr"); null for the whole input. */
const columnOf = (field: string | null): string | null => {
  if (field === null || field === 'input') return null;
  const raw = field.replace(/^input\./, '');
  return FIELD_TO_COLUMN[raw] ?? raw;
};

type HeaderOf = (field: string | null) => string | null;

/**
 * The problems of a row, one per field (the first wins: a cell that cannot be read explains the
 * service's complaint about the same field), each with the column title in the file.
 */
function withColumns(
  problems: { field: string | null; message: string; code?: string }[],
  code: string | null,
  headerOf: HeaderOf,
): ImportFieldError[] {
  const seen = new Set<string>();
  const out: ImportFieldError[] = [];
  for (const p of problems) {
    const key = p.field ?? `\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      field: p.field,
      column: headerOf(p.field),
      message: p.message,
      code: code ?? p.code ?? 'BAD_USER_INPUT',
    });
  }
  return out;
}

/** UPDATE when the row changes something and the importer asked for updates; else UNCHANGED or SKIP. */
function actionFor(mode: ImportExistingMode, patch: object): ImportAction {
  if (mode === ImportExistingMode.SKIP) return ImportAction.SKIP;
  return Object.keys(patch).length ? ImportAction.UPDATE : ImportAction.UNCHANGED;
}

/** A value as compared for "unchanged": lists by their items, numbers as numbers, empty as null. */
const same = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown): unknown =>
    v === undefined || v === null || v === ''
      ? null
      : Array.isArray(v)
        ? JSON.stringify(v)
        : typeof v === 'string'
          ? v.trim()
          : v;
  return norm(a) === norm(b);
};

type CompanyRow = ReturnType<typeof companyInputOf>['input'];
type CandidateRow = ReturnType<typeof candidateInputOf>['input'];

/** The fields a row changes on an existing company: only cells the row fills, only where they differ. */
function companyPatch(
  c: Company,
  input: CompanyRow,
  given: (key: string) => boolean,
  consultantId: string | undefined,
): Omit<UpdateCompanyInput, 'version'> {
  const patch: Omit<UpdateCompanyInput, 'version'> = {};
  if (given('name') && !same(input.name, c.name)) patch.name = input.name;
  if (given('industryCode') && !same(input.industryCode, c.industry.unwrap().code))
    patch.industryCode = input.industryCode;
  if (input.sector && input.sector !== c.sector) patch.sector = input.sector;
  if (given('tier') && input.tier !== c.tier) patch.tier = input.tier;
  if (given('postcode') && !same(input.postcode, c.postcode)) patch.postcode = input.postcode;
  if (consultantId !== undefined && consultantId !== (c.consultant?.id ?? null)) patch.consultantId = consultantId;
  if (input.mentorCount !== undefined && !same(input.mentorCount, c.mentorCount)) patch.mentorCount = input.mentorCount;
  if (input.mentorLanguages !== undefined && !same(input.mentorLanguages, c.mentorLanguages)) {
    patch.mentorLanguages = input.mentorLanguages;
  }
  if (input.contactCadenceDays !== undefined && !same(input.contactCadenceDays, c.contactCadenceDays)) {
    patch.contactCadenceDays = input.contactCadenceDays;
  }
  return patch;
}

/** The person fields a file fills, by column key (the same names as the input's). */
const PERSON_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'postcode',
  'targetGroup',
  'readiness',
  'residenceCategory',
  'arrivalDate',
  'danishLevel',
  'danishModule',
  'languages',
  'availableWeeklyHours',
  'goalWeeklyHours',
  'currentOrdinaryHours',
  'industriesWished',
  'hasDrivingLicence',
  'maxCommuteKm',
  'education',
  'summary',
  'consentToShare',
  'enrolledOn',
  'externalId',
] as const satisfies readonly (keyof CandidateRow & keyof Candidate)[];

/** The fields a row changes on an existing person: only cells the row fills, only where they differ. */
function candidatePatch(
  c: Candidate,
  input: CandidateRow,
  given: (key: string) => boolean,
  adviserId: string | undefined,
): Omit<UpdateCandidateInput, 'version'> {
  const patch: Record<string, unknown> = {};
  for (const key of PERSON_FIELDS) {
    const value = input[key];
    if (given(key) && value !== undefined && !same(value, c[key])) patch[key] = value;
  }
  if (adviserId !== undefined && adviserId !== (c.adviser?.id ?? null)) patch.adviserId = adviserId;
  return patch as Omit<UpdateCandidateInput, 'version'>;
}

/** Exact text, case-insensitive: LIKE's wildcards escaped. */
const exactly = (s: string) => ({ $ilike: s.trim().replace(/[\\%_]/g, '\\$&') });

/**
 * The person a candidate row is: the one with the row's external id (the job centre's own id, so a
 * renamed or moved person is still found), else the same first and last name (any case), birth date
 * and postcode, not anonymised. Looked up across caseloads, so a person in another caseload is never
 * created twice (updating one is then refused by the candidate service's scope).
 */
async function findPerson(em: EntityManager, input: CandidateRow): Promise<Candidate | null> {
  if (input.externalId) {
    const byId = await em.findOne(Candidate, {
      externalId: input.externalId,
      status: { $ne: CandidateStatus.ANONYMISED },
    });
    if (byId) return byId;
  }
  if (!input.firstName || !input.lastName || !isIsoDate(input.birthDate) || !input.postcode) return null;
  const found = await em.find(
    Candidate,
    {
      firstName: exactly(input.firstName),
      lastName: exactly(input.lastName),
      birthDate: input.birthDate,
      postcode: input.postcode.trim(),
      status: { $ne: CandidateStatus.ANONYMISED },
    },
    { orderBy: { id: 'asc' }, limit: 1 },
  );
  return found[0] ?? null;
}

/** Who a candidate row is, for finding the same person twice in a file. */
const personKey = (cells: Record<string, string>) =>
  [cells.firstName, cells.lastName, cells.birthDate, cells.postcode]
    .map((v) => (v ?? '').trim().toLowerCase())
    .join('|');

/** Thrown to roll back a transaction once every row has been tried (a preview, or a commit with a bad row). */
class RollBack extends Error {}

/**
 * CSV import of companies and candidates. Every row goes through CompanyService.create or
 * CandidateService.create (the same rules, scope and audit as the form) inside a savepoint of one
 * transaction, and every problem of every row is collected in one pass. A preview rolls the whole
 * transaction back; a commit too as soon as one row is bad: a file is written whole or not at all.
 */
export class ImportService {
  constructor(private readonly ctx: ServiceContext) {}

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  /** A catalogue text in the import's language (the row messages of import-columns use the same). */
  private say(key: MessageKey, values?: Record<string, unknown>): string {
    return tIn(this.ctx.locale, key, values);
  }

  /** Who may import what: companies ADMIN and CONSULTANT, candidates ADMIN and ADVISER. */
  private assertMayImport(kind: ImportKind): void {
    const role = this.user.role;
    const allowed =
      kind === ImportKind.COMPANIES
        ? role === Role.ADMIN || role === Role.CONSULTANT
        : role === Role.ADMIN || role === Role.ADVISER;
    if (!allowed) throw forbidden(kind === ImportKind.COMPANIES ? 'importCompanies' : 'importCandidates');
  }

  /** Tries every row of the file without saving anything: every problem of every row, the counts, an error file. */
  async preview(
    kind: ImportKind,
    csv: string,
    onExisting: ImportExistingMode = ImportExistingMode.UPDATE,
  ): Promise<ImportPreview> {
    this.assertMayImport(kind);
    const file = this.read(kind, csv);
    const rows: ImportRow[] = [];
    await this.inRolledBackTransaction(async (em) => {
      for (const row of file.rows) rows.push(await this.tryRow(kind, em, row, file.headerOf, onExisting));
    });
    const errorCount = rows.filter((r) => r.errors.length > 0).length;
    const counted = (a: ImportAction) => rows.filter((r) => r.action === a).length;
    return {
      columns: file.columns,
      ignoredColumns: file.ignored,
      rows,
      validCount: rows.length - errorCount,
      errorCount,
      createCount: counted(ImportAction.CREATE),
      updateCount: counted(ImportAction.UPDATE),
      unchangedCount: counted(ImportAction.UNCHANGED),
      skipCount: counted(ImportAction.SKIP),
      errorCsv: errorCount ? this.errorCsv(file, rows) : null,
    };
  }

  /**
   * Imports the whole file in one transaction, or nothing: a bad cell anywhere, or a row the services
   * refuse, writes nothing and reports every bad row with its line and column (`rejected`). There is
   * no partial commit: a file is at most IMPORT_LIMITS.maxRows rows, all tried in one transaction.
   */
  async commit(
    kind: ImportKind,
    csv: string,
    onExisting: ImportExistingMode = ImportExistingMode.UPDATE,
  ): Promise<ImportResult> {
    this.assertMayImport(kind);
    const file = this.read(kind, csv);
    const result: ImportResult = {
      processed: file.rows.length,
      created: 0,
      createdIds: [],
      updated: 0,
      updatedIds: [],
      unchanged: 0,
      skipped: 0,
      errors: [],
      rejected: false,
    };
    // Every row is tried, also after a refused one (a cell that cannot be read, a rule the services
    // apply): every refusal is reported at once, and one refusal anywhere rolls the whole file back.
    const done = { ...result, createdIds: [] as string[], updatedIds: [] as string[] };
    const errors: ImportRow[] = [];
    const work = async (em: EntityManager) => {
      for (const row of file.rows) {
        const outcome = await this.tryRow(kind, em, row, file.headerOf, onExisting);
        if (outcome.errors.length) errors.push(outcome);
        else if (outcome.action === ImportAction.CREATE && outcome.id) done.createdIds.push(outcome.id);
        else if (outcome.action === ImportAction.UPDATE && outcome.id) done.updatedIds.push(outcome.id);
        else if (outcome.action === ImportAction.UNCHANGED) done.unchanged += 1;
        else if (outcome.action === ImportAction.SKIP) done.skipped += 1;
      }
      if (errors.length) throw new RollBack();
    };
    try {
      await this.ctx.em.fork().transactional(work);
    } catch (err) {
      if (!(err instanceof RollBack)) throw err;
      return { ...result, errors, rejected: true };
    }
    return { ...done, created: done.createdIds.length, updated: done.updatedIds.length };
  }

  private async inRolledBackTransaction(work: (em: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.ctx.em.fork().transactional(async (em) => {
        await work(em);
        throw new RollBack();
      });
    } catch (err) {
      if (!(err instanceof RollBack)) throw err;
    }
  }

  /**
   * The rejected rows as they were written (every column, also the ignored ones), with the line
   * they came from and what is wrong, as a CSV made safe for spreadsheets like the exports: fix
   * the cells, delete the two last columns or not (they are ignored), and import the file again.
   */
  private errorCsv(file: ReturnType<ImportService['read']>, rows: ImportRow[]): string {
    const byLine = new Map(file.rows.map((r) => [r.line, r]));
    const wholeRow = this.say('imports.wholeRow');
    const width = file.header.length;
    return toCsv(
      [...file.header, this.say('imports.errorFileLine'), this.say('imports.errorFileErrors')],
      rows
        .filter((r) => r.errors.length)
        .map((r) => {
          const raw = byLine.get(r.line)?.raw ?? [];
          const cells = Array.from({ length: width }, (_, i) => raw[i] ?? '');
          const text = r.errors.map((e) => `${e.column ?? wholeRow}: ${e.message}`).join(' | ');
          return [...cells, r.line, text];
        }),
    );
  }

  /**
   * Reads and checks the file as a whole: size, rows, a header with the needed columns. Row-level
   * problems (wrong number of cells, a CVR twice in the file) are kept on the row.
   */
  private read(kind: ImportKind, csv: string) {
    const bytes = Buffer.byteLength(csv, 'utf8');
    if (bytes > IMPORT_LIMITS.maxBytes) {
      throw badInput('csv', this.say('imports.fileTooBig', { mb: formatNumber(bytes / 1024 / 1024, this.ctx.locale) }));
    }
    let table: ReturnType<typeof readCsv>;
    try {
      table = readCsv(csv);
    } catch (err) {
      if (!(err instanceof CsvSyntaxError)) throw err;
      throw badInput(
        'csv',
        err.line ? this.say('imports.unreadableAtLine', { line: err.line }) : this.say('imports.unreadable'),
      );
    }
    if (!table.header.length || !table.rows.length) {
      throw badInput('csv', this.say('imports.empty'));
    }
    if (table.rows.length > IMPORT_LIMITS.maxRows) {
      throw badInput(
        'csv',
        this.say('imports.tooManyRows', {
          count: formatNumber(table.rows.length, this.ctx.locale),
          max: formatNumber(IMPORT_LIMITS.maxRows, this.ctx.locale),
        }),
      );
    }
    const { columns, ignored, duplicate } = matchHeader(kind, table.header);
    if (duplicate) {
      throw badInput('csv', this.say('imports.columnTwice', { column: duplicate }));
    }
    const missing = this.missingColumns(
      kind,
      columns.map((c) => c.def.key),
    );
    if (missing.length) {
      const names = missing.map((d) => (this.ctx.locale === 'da' ? d.label.da : d.label.en)).join(', ');
      throw badInput('csv', this.say('imports.columnsMissing', { names, example: this.example(kind) }));
    }

    const seenCvr = new Map<string, number>();
    const seenPerson = new Map<string, number>();
    const seenExternal = new Map<string, number>();
    const rows: ParsedRow[] = table.rows.map(({ line, cells }) => {
      const byKey: Record<string, string> = {};
      for (const c of columns) byKey[c.def.key] = cells[c.index] ?? '';
      const problems: FieldProblem[] = [];
      if (cells.length !== table.header.length) {
        problems.push({
          field: null,
          message: this.say('imports.cellCount', { cells: cells.length, columns: table.header.length }),
        });
      }
      if (kind === ImportKind.COMPANIES && byKey.cvr) {
        const cvr = normalizeCvr(byKey.cvr);
        const earlier = seenCvr.get(cvr);
        if (earlier !== undefined) {
          problems.push({
            field: 'cvr',
            message: this.say('imports.cvrTwice', { cvr, line: earlier }),
          });
        } else seenCvr.set(cvr, line);
      }
      const externalId = kind === ImportKind.CANDIDATES ? (byKey.externalId ?? '').trim() : '';
      if (externalId) {
        const earlier = seenExternal.get(externalId);
        if (earlier !== undefined) {
          problems.push({
            field: 'externalId',
            message: this.say('imports.externalIdTwice', { externalId, line: earlier }),
          });
        } else seenExternal.set(externalId, line);
      }
      if (kind === ImportKind.CANDIDATES && byKey.firstName && byKey.lastName && byKey.birthDate) {
        const key = personKey(byKey);
        const earlier = seenPerson.get(key);
        if (earlier !== undefined) {
          problems.push({ field: null, message: this.say('imports.personTwice', { line: earlier }) });
        } else seenPerson.set(key, line);
      }
      return {
        line,
        raw: cells,
        cells: byKey,
        values: columns.map((c) => ({ key: c.def.key, value: byKey[c.def.key] ?? '' })),
        problems,
      };
    });
    const headerByKey = new Map(columns.map((c) => [c.def.key, c.header]));
    return {
      columns: columns.map((c) => ({ key: c.def.key, header: c.header })),
      ignored,
      rows,
      header: table.header,
      /** The column title in the file of a field (null: the whole row, or a field the file has no column for). */
      headerOf: (field: string | null) => (field === null ? null : (headerByKey.get(field) ?? null)),
    };
  }

  private missingColumns(kind: ImportKind, present: string[]): ColumnDef[] {
    return columnsFor(kind).filter((d) => d.required && !present.includes(d.key));
  }

  private example(kind: ImportKind): string {
    return kind === ImportKind.COMPANIES
      ? 'cvr;navn;branche;sektor;postnr'
      : 'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;danskniveau;timer til rådighed;transport km';
  }

  /**
   * Tries one row in a savepoint of `em`'s transaction through the feature's own service (its
   * validation, scope and audit), and collects every problem: the cells' form, the people named by
   * e-mail, the industry codes, and every field the service refuses. A row with a problem of form is
   * still given to the service (its other fields get checked too); the caller rolls it back.
   */
  private async tryRow(
    kind: ImportKind,
    em: EntityManager,
    row: ParsedRow,
    headerOf: HeaderOf,
    onExisting: ImportExistingMode,
  ): Promise<ImportRow & { id?: string }> {
    const problems: FieldProblem[] = [...row.problems];
    const others: { field: string | null; message: string; code: string }[] = [];
    // A fresh EntityManager per row in the same transaction: the identity map stays small.
    const rowEm = em.fork({ clear: true, keepTransactionContext: true });
    const ctx: ServiceContext = { ...this.ctx, em: rowEm };
    /** Runs a check; a BAD_USER_INPUT becomes problems of the row, FORBIDDEN and the like are noted. */
    const check = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await fn();
      } catch (err) {
        if (!(err instanceof GraphQLError) || !err.extensions?.code) throw err;
        if (err.extensions.code === 'BAD_USER_INPUT') {
          for (const p of problemsOf(err)) problems.push({ field: columnOf(p.field), message: p.message });
        } else {
          const raw = typeof err.extensions.field === 'string' ? err.extensions.field : null;
          others.push({ field: raw ? columnOf(raw) : null, message: err.message, code: String(err.extensions.code) });
        }
        return undefined;
      }
    };

    let id: string | undefined;
    let existingId: string | null = null;
    let action: ImportAction = ImportAction.CREATE;
    const given = (key: string) => (row.cells[key] ?? '') !== '';
    if (kind === ImportKind.COMPANIES) {
      const mapped = companyInputOf(row.cells, this.ctx.locale);
      problems.push(...mapped.problems);
      const consultantId = await check(() => this.userIdByEmail(rowEm, mapped.consultantEmail, 'consultant'));
      if (mapped.input.industryCode) await check(() => findDivision(rowEm, mapped.input.industryCode));
      const existing = mapped.input.cvr
        ? await rowEm.findOne(Company, { cvr: normalizeCvr(mapped.input.cvr) }, { populate: ['industry'] })
        : null;
      if (!existing) {
        const input = { ...mapped.input, consultantId } as CreateCompanyInput;
        id = (await check(() => new CompanyService(ctx).create(input)))?.id;
      } else {
        existingId = id = existing.id;
        const patch = companyPatch(existing, mapped.input, given, consultantId);
        action = actionFor(onExisting, patch);
        if (action === ImportAction.UPDATE) {
          await check(() => new CompanyService(ctx).update(existing.id, { ...patch, version: existing.version }));
        }
      }
    } else {
      const mapped = candidateInputOf(row.cells, this.ctx.locale);
      problems.push(...mapped.problems);
      const adviserId = await check(() => this.userIdByEmail(rowEm, mapped.adviserEmail, 'adviser'));
      if (mapped.input.industriesWished?.length) {
        await check(() => assertWishedIndustries(rowEm, mapped.input.industriesWished ?? []));
      }
      const existing = await findPerson(rowEm, mapped.input);
      if (existing?.externalId && mapped.input.externalId && existing.externalId !== mapped.input.externalId) {
        // Found by name, birth date and postcode, but the case system says it is someone else.
        problems.push({
          field: 'externalId',
          message: this.say('imports.externalIdDiffers'),
        });
      } else if (!existing) {
        const input = { ...mapped.input, adviserId } as CreateCandidateInput;
        id = (await check(() => new CandidateService(ctx).create(input)))?.id;
      } else {
        existingId = id = existing.id;
        const patch = candidatePatch(existing, mapped.input, given, adviserId);
        action = actionFor(onExisting, patch);
        if (action === ImportAction.UPDATE) {
          await check(() => new CandidateService(ctx).update(existing.id, { ...patch, version: existing.version }));
        }
      }
    }

    const errors = [...withColumns(problems, 'BAD_USER_INPUT', headerOf), ...withColumns(others, null, headerOf)];
    return {
      line: row.line,
      values: row.values,
      errors,
      action: errors.length ? null : action,
      existingId,
      ...(errors.length ? {} : { id }),
    };
  }

  /** The id of the user with this e-mail (the service then checks the role); BAD_USER_INPUT when unknown. */
  private async userIdByEmail(em: EntityManager, email: string | null, column: string): Promise<string | undefined> {
    if (!email) return undefined;
    const user = await em.findOne(User, { email: email.trim().toLowerCase() }, { fields: ['id'] });
    if (!user) {
      throw badInput(
        column,
        this.say(column === 'consultant' ? 'imports.noConsultant' : 'imports.noAdviser', { email }),
      );
    }
    return user.id;
  }
}
