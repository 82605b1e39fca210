import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Expensive } from '../../shared/expensive.js';
import { Role } from '../auth/user.entity.js';
import { DashboardFilter } from '../dashboard/dashboard.inputs.js';
import { PlacementFilter } from '../placements/placement.inputs.js';
import { ExportService } from './export.service.js';
import { ImportExistingMode, ImportKind } from './import.inputs.js';
import { ImportService } from './import.service.js';
import { ImportPreview, ImportResult } from './import.types.js';

@Resolver()
export class ImportResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => ImportPreview, {
    description:
      'Reads a CSV file (max 2 MB, 2,000 rows; Danish or English column names) and tries every row with the same rules as createCompany / createCandidate / updateCompany / updateCandidate: every problem of every row, what each row would do (a row matching an existing company by CVR, or a person by external id, else by name, birth date and postcode, updates it, or is skipped), and an error file; nothing is saved.',
  })
  @Expensive()
  previewImport(
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('csv', () => String) csv: string,
    @Arg('onExisting', () => ImportExistingMode, { defaultValue: ImportExistingMode.UPDATE })
    onExisting: ImportExistingMode,
    @Ctx() ctx: Context,
  ): Promise<ImportPreview> {
    return new ImportService(ctx).preview(kind, csv, onExisting);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => ImportResult, {
    description:
      'Imports every row of a CSV file (max 2 MB, 2,000 rows) in one transaction: new ones are created, matching ones updated (or skipped), never duplicated. All or nothing: a bad cell anywhere in the file, or any row the rules refuse, writes nothing (rejected, with every bad row, its line and column).',
  })
  @Expensive()
  commitImport(
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('csv', () => String) csv: string,
    @Arg('onExisting', () => ImportExistingMode, { defaultValue: ImportExistingMode.UPDATE })
    onExisting: ImportExistingMode,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return new ImportService(ctx).commit(kind, csv, onExisting);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => String, {
    description:
      "Placements in your scope as CSV in the caller's language (Danish unless English was chosen: header, statuses, dates, decimal sign), semicolons, formula-safe cells; every person exported is audit-logged.",
  })
  @Expensive()
  exportPlacementsCsv(
    @Arg('filter', () => PlacementFilter, { nullable: true }) filter: PlacementFilter | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return new ExportService(ctx).placementsCsv(filter);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => String, { description: "The dashboard's figures for the filter as CSV (Danish header, semicolons)." })
  @Expensive()
  exportDashboardCsv(
    @Arg('filter', () => DashboardFilter, { nullable: true }) filter: DashboardFilter | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return new ExportService(ctx).dashboardCsv(filter);
  }
}
