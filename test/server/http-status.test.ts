import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersAsJson } from '../../server/graphql/http-status.js';
import { createApolloServer } from '../../server/graphql/index.js';

/**
 * The status of a request error by the media type the client accepts (GraphQL over HTTP):
 * parse, validation and variable errors are 200 as `application/json` (legacy clients read
 * `errors`), 400 as `application/graphql-response+json`; our own refusals keep theirs.
 */
describe('the answer media type', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['application/json', true],
    ['*/*', true],
    ['application/json, application/graphql-response+json', true],
    ['application/graphql-response+json', false],
    ['application/graphql-response+json, application/json', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/graphql-response+json;q=0.5, application/json', true],
    ['application/graphql-response+json, */*;q=0.1', false],
    ['application/*', true],
    ['text/html', false],
  ])('Accept %j: application/json %s', (accept, json) => {
    expect(answersAsJson(accept)).toBe(json);
  });
});

describe('request errors over HTTP', () => {
  const apollo = createApolloServer({ production: false });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());

  async function post(body: Record<string, unknown>, accept?: string) {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    if (accept) headers.set('accept', accept);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: async () => ({ user: null }) as never,
    });
    if (response.body.kind !== 'complete') throw new Error('streamed answers are not used');
    const parsed = JSON.parse(response.body.string) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return {
      status: response.status ?? 200,
      type: response.headers.get('content-type'),
      data: parsed.data,
      codes: parsed.errors?.map((e) => e.extensions?.code),
    };
  }

  const failures = {
    parse: { query: '{' },
    validation: { query: '{ about { noSuchField } }' },
    variables: { query: 'query ($shown: Boolean!) { about { version @include(if: $shown) } }', variables: { shown: 'yes' } },
  };

  for (const [what, body] of Object.entries(failures)) {
    it(`a ${what} error: 200 as application/json, 400 as application/graphql-response+json, BAD_INPUT in both`, async () => {
      for (const accept of [undefined, 'application/json']) {
        expect(await post(body, accept)).toEqual({
          status: 200,
          type: 'application/json; charset=utf-8',
          data: undefined,
          codes: ['BAD_INPUT'],
        });
      }
      expect(await post(body, 'application/graphql-response+json')).toEqual({
        status: 400,
        type: 'application/graphql-response+json; charset=utf-8',
        data: undefined,
        codes: ['BAD_INPUT'],
      });
    });
  }

  it('keeps 401 for a caller who is not signed in, whatever the media type', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      expect(await post({ query: '{ clusters { id } }' }, accept)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
    }
  });

  it('answers a good request 200 in both media types', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      expect(await post({ query: '{ about { synthetic } }' }, accept)).toMatchObject({ status: 200, data: { about: { synthetic: true } } });
    }
  });
});
