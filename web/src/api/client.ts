import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';

/**
 * An error from the API, with its stable code (BAD_INPUT, NOT_FOUND, DATABASE_UNAVAILABLE, ...;
 * NETWORK when the server could not be reached). GraphQL errors (`extensions.code`) and the REST
 * endpoints' `{ code, message }` answers become the same error, which ErrorMessage shows.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    /** the HTTP status, when there was an answer */
    readonly status: number | null = null,
    /** the other fields of the error (GraphQL extensions or the REST body), e.g. an import report */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The code an answer without one in its body gets, by HTTP status (the server's own mapping, reversed). */
const STATUS_CODES: Record<number, string> = {
  400: 'BAD_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'LIMIT_EXCEEDED',
  429: 'LIMIT_EXCEEDED',
  503: 'DATABASE_UNAVAILABLE',
};

type ErrorBody = { code?: unknown; message?: unknown; errors?: { message?: unknown; extensions?: Record<string, unknown> }[] };

/**
 * The ApiError an answer carries, or null when it carries none: the first GraphQL error, else a
 * REST `{ code, message }` body, else a failing HTTP status.
 */
export function apiErrorOf(status: number, body: unknown): ApiError | null {
  const b = (body && typeof body === 'object' ? body : {}) as ErrorBody;
  const first = Array.isArray(b.errors) ? b.errors[0] : undefined;
  if (first) {
    const { code, ...details } = first.extensions ?? {};
    return new ApiError(
      typeof code === 'string' ? code : (STATUS_CODES[status] ?? 'INTERNAL'),
      typeof first.message === 'string' ? first.message : `HTTP ${status}`,
      status,
      details,
    );
  }
  if (typeof b.code === 'string' && (status < 200 || status >= 300)) {
    const { code, message, ...details } = b;
    return new ApiError(code, typeof message === 'string' ? message : `HTTP ${status}`, status, details);
  }
  if (status < 200 || status >= 300) return new ApiError(STATUS_CODES[status] ?? 'INTERNAL', `HTTP ${status}`, status);
  return null;
}

/** fetch, with a failure to reach the server as ApiError NETWORK (an abort stays an AbortError). */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('NETWORK', (error as Error).message);
  }
}

/** The JSON body, or null when there is none or it is not JSON (a proxy's error page). */
async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** GETs (or sends) to a REST endpoint and returns its JSON; throws ApiError like gql. */
export async function rest<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await send(url, init);
  const body = await jsonOf(response);
  const error = apiErrorOf(response.status, body);
  if (error) throw error;
  if (body === null) throw new ApiError('INTERNAL', `HTTP ${response.status}: no JSON`, response.status);
  return body as T;
}

/**
 * A generated typed document (web/src/gql, from a `graphql(`...`)` call): the operation text, with its result and
 * variables types. Structural, so that this file does not depend on what codegen generated.
 */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  /** phantom: carries the types (GraphQL Code Generator's DocumentTypeDecoration) */
  __apiType?: (variables: TVariables) => TResult;
}

/** The variables argument: optional when the operation has no required variables. */
type VariablesArgs<TVariables, TRest extends unknown[]> =
  Record<string, never> extends TVariables ? [variables?: TVariables, ...rest: TRest] : [variables: TVariables, ...rest: TRest];

/** Posts one GraphQL operation; throws ApiError with the first error's code. */
export async function gql<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...args: VariablesArgs<NoInfer<TVariables>, [signal?: AbortSignal]>
): Promise<TResult>;
export async function gql(document: TypedDocument<unknown, unknown>, variables: unknown = {}, signal?: AbortSignal): Promise<unknown> {
  const response = await send('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const body = (await jsonOf(response)) as { data?: unknown } | null;
  const error = apiErrorOf(response.status, body);
  if (error) throw error;
  if (!body?.data) throw new ApiError('INTERNAL', `HTTP ${response.status}: no data`, response.status);
  return body.data;
}

/** The React Query key of an operation: its text and its variables. */
export function gqlKey(document: string | { toString(): string }, variables: unknown = {}): [string, unknown] {
  return [document.toString(), variables];
}

type GqlOptions<T> = Partial<UseQueryOptions<T, ApiError>>;

/** React Query over gql: the key is the operation text and its variables. */
export function useGql<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...args: VariablesArgs<NoInfer<TVariables>, [options?: GqlOptions<TResult>]>
): UseQueryResult<TResult, ApiError>;
export function useGql(
  document: TypedDocument<unknown, unknown>,
  variables: unknown = {},
  options: GqlOptions<unknown> = {},
): UseQueryResult<unknown, ApiError> {
  return useQuery<unknown, ApiError>({
    queryKey: gqlKey(document, variables),
    queryFn: ({ signal }) => gql(document, variables, signal),
    ...options,
  });
}
