import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type ASTNode,
  type DocumentNode,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { t } from '../i18n/index.js';

/** Limits every document must fit, checked before anything touches the database. */
export const GRAPHQL_LIMITS = {
  maxDepth: 6,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  /** Cost budget: each field costs 1, a list multiplies its children by `first` (or an assumed size). */
  maxCost: 5000,
  assumedListSize: 10,
  assumedConnectionSize: 20,
} as const;

const unwrap = (t: GraphQLOutputType): GraphQLOutputType => (isNonNullType(t) ? t.ofType : t);

/**
 * A field with `first` costs its children times `first`; other lists an assumed size.
 * Lists inside a connection or search result (edges, hits) are already paid for by the parent's `first`.
 */
const listEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  const type = unwrap(field.type);
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : null;
  if (/(Connection|SearchResult)$/.test(parent.name)) return 1 + childComplexity;
  if (first) return 1 + childComplexity * first;
  if (getNamedType(type).name.endsWith('Connection')) return 1 + childComplexity * GRAPHQL_LIMITS.assumedConnectionSize;
  if (isListType(type)) return 1 + childComplexity * GRAPHQL_LIMITS.assumedListSize;
  return undefined;
};

function costPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // Variables that do not fit their declared types (a missing ID!, 2^53 for an Int) fail here,
            // before execution: a client error (400, BAD_USER_INPUT), not a 500.
            if (err instanceof GraphQLError || (err as Error | undefined)?.name === 'GraphQLError') {
              throw new GraphQLError((err as Error).message, {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            throw err;
          }
          if (cost > GRAPHQL_LIMITS.maxCost) {
            throw new GraphQLError(t('errors.tooCostly', { cost, max: GRAPHQL_LIMITS.maxCost }), {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: GRAPHQL_LIMITS.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** The names of the arguments and input fields above an AST node, e.g. [filter, search]. */
function argumentPath(chain: readonly unknown[]): string[] {
  return chain
    .filter((a): a is ASTNode => !!a && !Array.isArray(a) && typeof a === 'object' && 'kind' in a)
    .filter((a) => a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)
    .map((a) => (a as { name: { value: string } }).name.value);
}

/** A field as the services name it: filter.search, or firstName for input.firstName. */
const fieldName = (path: string[]) => (path.length > 1 && path[0] === 'input' ? path.slice(1) : path).join('.');

/** NUL (PostgreSQL cannot store it) and unpaired UTF-16 surrogates (not Unicode text; Meilisearch refuses them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this refuses.
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path (keys only) of the first string with a character that cannot be stored inside a variable's value, or null. */
function badTextPath(value: unknown, path: string[] = [], seen = 0): string[] | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path : null;
  if (seen > 20 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const hit = badTextPath(item, path, seen + 1);
      if (hit) return hit;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const hit = badTextPath(v, [...path, k], seen + 1);
    if (hit) return hit;
  }
  return null;
}

/** The field of the first argument (literal or variable) whose text cannot be stored, or null. */
export function findBadTextField(document: DocumentNode, variables: Record<string, unknown>): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!found && BAD_TEXT.test(node.value)) found = fieldName(argumentPath([...ancestors, parent])) || 'input';
    },
    Variable(node, _key, parent, _path, ancestors) {
      // Only where a variable is used (its definition comes first and names no argument).
      if (found || (parent as ASTNode | undefined)?.kind === Kind.VARIABLE_DEFINITION) return;
      const inner = badTextPath(variables[node.name.value]);
      if (inner) found = fieldName([...argumentPath([...ancestors, parent]), ...inner]) || node.name.value;
    },
  });
  return found;
}

/**
 * PostgreSQL cannot hold U+0000 in text (the driver's message is refused and the connection dropped) and
 * Meilisearch refuses JSON with unpaired surrogates: any argument with either is a BAD_USER_INPUT on its
 * field before a resolver runs.
 */
function storableTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = findBadTextField(document, request.variables ?? {});
          if (field) {
            throw new GraphQLError(t('validation.badCharacter', { field }), {
              extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Depth, aliases, directives and tokens via GraphQL Armor; cost via graphql-query-complexity; storable text only. */
export function graphqlLimits(schema: GraphQLSchema, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Tokens are counted by graphql-js's own parser (parseOptions below): Armor's token plugin
    // parses in a hook whose errors (its limit, and any syntax error) Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // Armor ships CommonJS typings of Apollo: the plugins are the same at run time.
  return {
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), storableTextPlugin(), costPlugin(schema)],
    validationRules: armor.validationRules,
    // Over the limit: a syntax error naming the token limit, HTTP 400 GRAPHQL_PARSE_FAILED.
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
