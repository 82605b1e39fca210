import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isListType,
  isNonNullType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

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
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > GRAPHQL_LIMITS.maxCost) {
            throw new GraphQLError(
              `This query is too costly (${cost}, the limit is ${GRAPHQL_LIMITS.maxCost}). Ask for fewer items with "first" or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: GRAPHQL_LIMITS.maxCost } },
            );
          }
        },
      };
    },
  };
}

/** Depth, aliases, directives and tokens via GraphQL Armor; cost via graphql-query-complexity. */
export function graphqlLimits(schema: GraphQLSchema, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // Armor ships CommonJS typings of Apollo: the plugins are the same at run time.
  return {
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), costPlugin(schema)],
    validationRules: armor.validationRules,
  };
}
