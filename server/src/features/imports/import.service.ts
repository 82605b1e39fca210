import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { formatNumber, type MessageKey, tIn } from '../../i18n/index.js';
import type { Context } from '../../shared/context.js';
import { badInput, forbidden } from '../../shared/errors.js';
import { requireUser } from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import type { CreateCandidateInput } from '../candidates/candidate.inputs.js';
import { CandidateService } from '../candidates/candidate.service.js';
import type { CreateCompanyInput } from '../companies/company.inputs.js';
import { CompanyService } from '../companies/company.service.js';
import { normalizeCvr } from '../companies/cvr.js';
import { CsvSyntaxError, readCsv } from './csv.js';
import { IMPORT_LIMITS, ImportKind } from './import.inputs.js';
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
  cells: Record<string, string>;
  values: { key: string; value: string }[];
  problems: FieldProblem[];
}

/** Server fields that are a different column in the file (people are named by e-mail there). */
const FIELD_TO_COLUMN: Record<string, string> = { consultantId: 'consultant', adviserId: 'adviser' };

/** Thrown to roll back the preview's transaction once every row has been tried. */
class PreviewDone extends Error {}

/**
 * CSV import of companies and candidates. Every row goes through CompanyService.create or
 * CandidateService.create (the same rules, scope and audit as the form) inside a savepoint of one
 * transaction: a preview rolls the whole transaction back, a commit keeps the rows that succeeded.
 */
export class ImportService {
  constructor(private readonly ctx: Context) {}

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

  /** Tries every row of the file without saving anything: the per-row errors and the counts. */
  async preview(kind: ImportKind, csv: string): Promise<ImportPreview> {
    this.assertMayImport(kind);
    const file = this.read(kind, csv);
    const rows: ImportRow[] = [];
    const tx = this.ctx.em.fork();
    try {
      await tx.transactional(async (em) => {
        for (const row of file.rows) rows.push(await this.tryRow(kind, em, row));
        throw new PreviewDone();
      });
    } catch (err) {
      if (!(err instanceof PreviewDone)) throw err;
    }
    const errorCount = rows.filter((r) => r.errors.length > 0).length;
    return {
      columns: file.columns,
      ignoredColumns: file.ignored,
      rows,
      validCount: rows.length - errorCount,
      errorCount,
    };
  }

  /**
   * Creates the valid rows from line `fromLine` to `toLine` (inclusive; default the whole file) in one
   * transaction; rows with errors are skipped and reported. The client sends a file in batches.
   */
  async commit(
    kind: ImportKind,
    csv: string,
    fromLine: number | null | undefined,
    toLine: number | null | undefined,
  ): Promise<ImportResult> {
    this.assertMayImport(kind);
    if (fromLine != null && toLine != null && toLine < fromLine) {
      throw badInput('toLine', this.say('imports.lineOrder', { to: toLine, from: fromLine }));
    }
    const file = this.read(kind, csv);
    const batch = file.rows.filter(
      (r) => (fromLine == null || r.line >= fromLine) && (toLine == null || r.line <= toLine),
    );
    if (batch.length > IMPORT_LIMITS.maxBatchRows) {
      throw badInput(
        'toLine',
        this.say('imports.batchTooBig', { max: IMPORT_LIMITS.maxBatchRows, count: batch.length }),
      );
    }
    const result: ImportResult = { processed: batch.length, created: 0, createdIds: [], errors: [] };
    await this.ctx.em.fork().transactional(async (em) => {
      for (const row of batch) {
        const outcome = await this.tryRow(kind, em, row);
        if (outcome.errors.length) result.errors.push(outcome);
        else if (outcome.id) result.createdIds.push(outcome.id);
      }
    });
    result.created = result.createdIds.length;
    return result;
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
      throw badInput('csv', this.say('imports.tooManyRows', { count: table.rows.length, max: IMPORT_LIMITS.maxRows }));
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
      return {
        line,
        cells: byKey,
        values: columns.map((c) => ({ key: c.def.key, value: byKey[c.def.key] ?? '' })),
        problems,
      };
    });
    return { columns: columns.map((c) => ({ key: c.def.key, header: c.header })), ignored, rows };
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
   * validation, scope and audit). Problems with the cells' form stop it before the service is asked.
   */
  private async tryRow(kind: ImportKind, em: EntityManager, row: ParsedRow): Promise<ImportRow & { id?: string }> {
    const base = { line: row.line, values: row.values };
    const fail = (errors: ImportFieldError[]) => ({ ...base, errors });
    const mapped = kind === ImportKind.COMPANIES ? companyInputOf(row.cells, this.ctx.locale) : null;
    const mappedCandidate = kind === ImportKind.CANDIDATES ? candidateInputOf(row.cells, this.ctx.locale) : null;
    const problems = [...row.problems, ...(mapped?.problems ?? mappedCandidate?.problems ?? [])];
    if (problems.length) return fail(problems.map((p) => ({ ...p, code: 'BAD_USER_INPUT' })));

    // A fresh EntityManager per row in the same transaction: the identity map stays small.
    const rowEm = em.fork({ clear: true, keepTransactionContext: true });
    const ctx: Context = { ...this.ctx, em: rowEm };
    try {
      if (mapped) {
        const consultantId = await this.userIdByEmail(rowEm, mapped.consultantEmail, 'consultant');
        const input = { ...mapped.input, consultantId } as CreateCompanyInput;
        const company = await new CompanyService(ctx).create(input);
        return { ...base, errors: [], id: company.id };
      }
      const adviserId = await this.userIdByEmail(rowEm, mappedCandidate!.adviserEmail, 'adviser');
      const input = { ...mappedCandidate!.input, adviserId } as CreateCandidateInput;
      const candidate = await new CandidateService(ctx).create(input);
      return { ...base, errors: [], id: candidate.id };
    } catch (err) {
      if (!(err instanceof GraphQLError) || !err.extensions?.code) throw err;
      const raw = typeof err.extensions.field === 'string' ? err.extensions.field.replace(/^input\./, '') : null;
      return fail([
        { field: raw ? (FIELD_TO_COLUMN[raw] ?? raw) : null, message: err.message, code: String(err.extensions.code) },
      ]);
    }
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
