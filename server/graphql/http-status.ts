import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/**
 * HTTP status of a GraphQL request error, as the GraphQL-over-HTTP spec asks (docs/api-conventions.md).
 *
 * A well-formed request whose document does not parse, does not validate, or whose variables do
 * not fit their types gets 400 from Apollo Server. That is right for a client that accepts
 * `application/graphql-response+json` (the spec's media type), but a client that accepts only
 * `application/json` (most existing clients) SHOULD get 200 with the `errors` in the body, as
 * it always did: it reads `errors` and does not treat the answer as a transport failure. Our
 * own refusals (UNAUTHENTICATED 401, LIMIT_EXCEEDED 400, 429, DATABASE_UNAVAILABLE 503) keep
 * their status whatever the media type: proxies, monitoring and retrying clients act on them.
 */
const DOCUMENT_ERRORS: ReadonlySet<unknown> = new Set([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
]);

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * Whether the answer goes out as `application/json`: the Accept header (absent: yes) ranks it at
 * least as high as `application/graphql-response+json` — quality first, then the more specific
 * range, then the one listed first (how Apollo Server's content negotiation picks).
 */
export function answersAsJson(accept: string | undefined | null): boolean {
  if (!accept?.trim()) return true;
  const ranges = accept.split(',').map((part, order) => {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    return { range: range.trim(), quality: Number.isFinite(quality) ? quality : 0, order };
  });
  const best = (type: string) => {
    const [main] = type.split('/');
    let found: { quality: number; specificity: number; order: number } | null = null;
    for (const r of ranges) {
      const specificity = r.range === type ? 2 : r.range === `${main}/*` ? 1 : r.range === '*/*' ? 0 : -1;
      if (specificity < 0) continue;
      if (!found || specificity > found.specificity) found = { quality: r.quality, specificity, order: r.order };
    }
    return found && found.quality > 0 ? found : null;
  };
  const json = best(JSON_TYPE);
  const graphql = best(GRAPHQL_RESPONSE_TYPE);
  if (!json) return false;
  if (!graphql) return true;
  return json.quality !== graphql.quality
    ? json.quality > graphql.quality
    : json.specificity !== graphql.specificity
      ? json.specificity > graphql.specificity
      : json.order <= graphql.order;
}

/** 200 instead of 400 for parse, validation and variable errors answered as `application/json`. */
export function jsonStatusPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, errors }) {
          if (response.http.status !== 400 || !errors?.length) return;
          if (!errors.every((e) => DOCUMENT_ERRORS.has(e.extensions?.code))) return;
          if (!answersAsJson(request.http?.headers.get('accept'))) return;
          response.http.status = 200;
          // the status and the media type go together: say which one this answer is
          response.http.headers.set('content-type', `${JSON_TYPE}; charset=utf-8`);
        },
      };
    },
  };
}
