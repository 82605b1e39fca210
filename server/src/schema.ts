import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AlertResolver } from './features/alerts/alert.resolver.js';
import { AssignmentResolver } from './features/assignment/assignment.resolver.js';
import { AuditResolver } from './features/audit/audit.resolver.js';
import { AuthResolver } from './features/auth/auth.resolver.js';
import { CandidateResolver } from './features/candidates/candidate.resolver.js';
import { CompanyResolver } from './features/companies/company.resolver.js';
import { CompetenceResolver } from './features/competences/competence.resolver.js';
import { DashboardResolver } from './features/dashboard/dashboard.resolver.js';
import { EffectResolver } from './features/effect/effect.resolver.js';
import { IguSlotResolver } from './features/igu-slots/igu-slot.resolver.js';
import { ImportResolver } from './features/imports/import.resolver.js';
import { IndustryResolver } from './features/industries/industry.resolver.js';
import { CandidateLadderResolver, LadderEntryResolver, LadderResolver } from './features/ladder/ladder.resolver.js';
import { ComparisonResolver } from './features/matching/comparison.resolver.js';
import { MatchingResolver } from './features/matching/matching.resolver.js';
import { MentorResolver } from './features/mentors/mentor.resolver.js';
import {
  FollowUpResolver,
  PlacementAgreementResolver,
  PlacementResolver,
} from './features/placements/placement.resolver.js';
import { PrivacyResolver } from './features/privacy/privacy.resolver.js';
import { ProposalResolver } from './features/proposals/proposal.resolver.js';
import { SettingsResolver } from './features/settings/settings.resolver.js';
import { TaskResolver } from './features/tasks/task.resolver.js';
import { UsersResolver } from './features/users/users.resolver.js';
import { authChecker } from './shared/auth-checker.js';
import { LimitText } from './shared/input-limits.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  IndustryResolver,
  CompetenceResolver,
  CompanyResolver,
  TaskResolver,
  IguSlotResolver,
  CandidateResolver,
  ProposalResolver,
  PlacementResolver,
  MentorResolver,
  FollowUpResolver,
  PlacementAgreementResolver,
  AlertResolver,
  DashboardResolver,
  EffectResolver,
  AuditResolver,
  MatchingResolver,
  AssignmentResolver,
  ComparisonResolver,
  ImportResolver,
  UsersResolver,
  PrivacyResolver,
  SettingsResolver,
  LadderResolver,
  CandidateLadderResolver,
  LadderEntryResolver,
];

/** Where the committed schema lives: relative to the repository root, not to dist/. */
export const SCHEMA_FILE = path.resolve(process.cwd(), 'schema/schema.graphql');

export function buildAppSchema(opts: { emitSchemaFile?: boolean | string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    // Oversized text is refused before any resolver runs (shared/input-limits.ts).
    globalMiddlewares: [LimitText],
    // Days are the contract's `Date` (YYYY-MM-DD strings); times are `DateTime`.
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    orphanedTypes: [],
    validate: false,
    emitSchemaFile: opts.emitSchemaFile
      ? { path: typeof opts.emitSchemaFile === 'string' ? opts.emitSchemaFile : SCHEMA_FILE, sortedSchema: true }
      : false,
  });
}
