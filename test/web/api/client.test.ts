import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { gql, gqlKey } from '../../../web/src/api/client.js';
import { ChainComparisonDocument, MeDocument, type ChainComparisonQuery, type MeQuery } from '../../../web/src/gql/graphql.js';

/**
 * Typed documents (web/src/gql, generated from `graphql(...)` calls): what gql posts is the document's operation
 * text, byte for byte, with the variables; React Query keys stay the operation text; the result type is inferred.
 */
function stubFetch(data: unknown) {
  const calls: { url: string; body: { query: unknown; variables: unknown } }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (typeof init.body !== 'string') throw new Error(`gql posts its body as JSON text, not ${typeof init.body}`);
    calls.push({ url, body: JSON.parse(init.body) as { query: unknown; variables: unknown } });
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gql with a typed document', () => {
  it('posts the operation text unchanged, with the variables, and returns data', async () => {
    const calls = stubFetch({ chainComparison: null });
    const text = String(ChainComparisonDocument);
    expect(text).toMatch(/^\s*query ChainComparison\(\$chainId: ID!, \$year: Int, \$scope: LocalScope\) \{/);
    await gql(ChainComparisonDocument, { chainId: 'c1', year: 2024 });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/graphql');
    expect(calls[0]!.body.query).toBe(text);
    expect(typeof calls[0]!.body.query).toBe('string');
    expect(calls[0]!.body.variables).toEqual({ chainId: 'c1', year: 2024 });
  });

  it('sends {} as the variables of an operation without any', async () => {
    const calls = stubFetch({ me: null });
    const answer = await gql(MeDocument);
    expect(answer).toEqual({ me: null });
    expect(calls[0]!.body).toEqual({ query: String(MeDocument), variables: {} });
  });

  it('keys React Query by the operation text (as the legacy string form did)', () => {
    const key = gqlKey(ChainComparisonDocument, { chainId: 'c1' });
    expect(key).toEqual([String(ChainComparisonDocument), { chainId: 'c1' }]);
    expect(typeof key[0]).toBe('string');
    expect(gqlKey(MeDocument)).toEqual(gqlKey(String(MeDocument), {}));
  });

  it('infers the result and checks the variables (checked by tsc)', () => {
    const typeChecks = async () => {
      expectTypeOf(await gql(MeDocument)).toEqualTypeOf<MeQuery>();
      expectTypeOf(await gql(ChainComparisonDocument, { chainId: 'c1' })).toEqualTypeOf<ChainComparisonQuery>();
      // @ts-expect-error chainId is required
      await gql(ChainComparisonDocument, { year: 2024 });
      // @ts-expect-error no variables given for an operation that requires one
      await gql(ChainComparisonDocument);
      // @ts-expect-error a variable the operation does not declare
      await gql(ChainComparisonDocument, { chainId: 'c1', cluster: 'x' });
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});
