import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../../server/src/shared/graphql-limits.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** `{ __type(name: "Query") { ofType { ofType … { name } } } }` with `depth` levels of fields. */
function nested(depth: number): string {
  let inner = 'name';
  for (let i = 0; i < depth - 2; i++) inner = `ofType { ${inner} }`;
  return `{ __type(name: "Query") { ${inner} } }`;
}

function countTokens(doc: string): number {
  const lexer = new Lexer(new Source(doc));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

describe('GraphQL limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('accepts a document at the depth limit and refuses one level deeper, before any resolver runs', async () => {
    const ok = await t.client().request(nested(GRAPHQL_LIMITS.maxDepth));
    expect(ok.errors).toBeUndefined();
    // Unauthenticated and over the limit: the limit answers, not the login check.
    const deep = await t
      .client()
      .request(nested(GRAPHQL_LIMITS.maxDepth + 1).replace('{ __type', '{ me { id } __type'));
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    expect(deep.data ?? null).toBeNull();
  });

  it('accepts 15 aliases and refuses 16', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await t.client().request(aliases(GRAPHQL_LIMITS.maxAliases))).errors).toBeUndefined();
    const over = await t.client().request(aliases(GRAPHQL_LIMITS.maxAliases + 1));
    expect(over.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('accepts 50 directives and refuses 51', async () => {
    const dirs = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    expect((await t.client().request(dirs(GRAPHQL_LIMITS.maxDirectives))).errors).toBeUndefined();
    expect((await t.client().request(dirs(GRAPHQL_LIMITS.maxDirectives + 1))).errors?.[0]?.message).toMatch(
      /directive/i,
    );
  });

  it('refuses a document over the token limit', async () => {
    // A list argument adds one token per item; the rest of the document is fixed.
    const doc = (items: number) =>
      `{ searchCandidates(filter: { languages: [${Array.from({ length: items }, () => '"x"').join(' ')}] }) { totalHits } }`;
    const fixed = countTokens(doc(0));
    const atLimit = await t.client().request(doc(GRAPHQL_LIMITS.maxTokens - fixed));
    expect(atLimit.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED'); // passed the limit, reached the resolver
    const over = await t.client().request(doc(GRAPHQL_LIMITS.maxTokens - fixed + 1));
    expect(over.errors?.[0]?.message).toMatch(/token/i);
  });

  it('charges list fields by their first argument', async () => {
    const q = (first: number) =>
      `{ searchCandidates(first: ${first}) { hits { candidate { id firstName } highlights { field snippet } } } }`;
    const cheap = await t.client().request(q(10));
    expect(cheap.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED'); // under budget: reaches the resolver
    // 15 × (1 + 100 × (hits 1 + candidate 1 + 4 fields)) is over the budget of 5000.
    const costly = await t
      .client()
      .request(
        `{ ${Array.from({ length: 15 }, (_, i) => `s${i}: searchCandidates(first: 100) { hits { candidate { id firstName summary education } } }`).join(' ')} }`,
      );
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses batched operations and oversized bodies', async () => {
    const batched = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batched.status).toBe(400);
    const huge = await post({ query: `{ __typename }`, variables: { pad: 'x'.repeat(3_500_000) } });
    expect(huge.status).toBe(413);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });
});
