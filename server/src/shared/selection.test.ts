import { buildSchema, type GraphQLResolveInfo, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from './selection.js';

const schema = buildSchema(`
  type Facet { field: String }
  type Highlight { field: String }
  type Hit { id: ID, highlights: [Highlight] }
  type Result { totalHits: Int, facets: [Facet], hits: [Hit] }
  type Query { search: Result }
`);

/** Runs a real query and returns what `selects` says inside the resolver. */
async function asked(source: string, path: string): Promise<boolean> {
  let answer: boolean | null = null;
  const rootValue = {
    search: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      answer = selects(info, path);
      return { totalHits: 0, facets: [], hits: [] };
    },
  };
  const result = await graphql({ schema, source, rootValue });
  expect(result.errors).toBeUndefined();
  if (answer === null) throw new Error('the resolver did not run');
  return answer;
}

describe('selects', () => {
  it('sees a selected field and a missing one', async () => {
    expect(await asked('{ search { totalHits facets { field } } }', 'facets')).toBe(true);
    expect(await asked('{ search { totalHits } }', 'facets')).toBe(false);
  });

  it('follows a path into nested selections', async () => {
    expect(await asked('{ search { hits { id highlights { field } } } }', 'hits.highlights')).toBe(true);
    expect(await asked('{ search { hits { id } } }', 'hits.highlights')).toBe(false);
  });

  it('follows named and inline fragments', async () => {
    const named =
      'query { search { ...R } } fragment R on Result { hits { ...H } } fragment H on Hit { highlights { field } }';
    expect(await asked(named, 'hits.highlights')).toBe(true);
    expect(await asked('{ search { ... on Result { facets { field } } } }', 'facets')).toBe(true);
  });
});
