import 'reflect-metadata';
import { buildAppSchema, SCHEMA_FILE } from '../schema.js';

/** Writes schema/schema.graphql from the resolvers (committed; a test fails when it is stale). */
await buildAppSchema({ emitSchemaFile: true });
console.log(`Wrote ${SCHEMA_FILE}`);
