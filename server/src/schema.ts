import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuthResolver } from './features/auth/auth.resolver.js';
import { IndustryResolver } from './features/industries/industry.resolver.js';
import { authChecker } from './shared/auth-checker.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const resolvers: NonEmptyArray<Function> = [AuthResolver, IndustryResolver];

/** Where the committed schema lives: relative to the repository root, not to dist/. */
export const SCHEMA_FILE = path.resolve(process.cwd(), 'schema/schema.graphql');

export function buildAppSchema(opts: { emitSchemaFile?: boolean | string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: false,
    emitSchemaFile: opts.emitSchemaFile
      ? { path: typeof opts.emitSchemaFile === 'string' ? opts.emitSchemaFile : SCHEMA_FILE, sortedSchema: true }
      : false,
  });
}
