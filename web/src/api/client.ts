import { useQuery, type UseQueryOptions } from '@tanstack/react-query';

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
const STATUS_CODES: Record<number, string> = { 400: 'BAD_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 413: 'LIMIT_EXCEEDED', 429: 'LIMIT_EXCEEDED', 503: 'DATABASE_UNAVAILABLE' };

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
    return new ApiError(typeof code === 'string' ? code : (STATUS_CODES[status] ?? 'INTERNAL'), typeof first.message === 'string' ? first.message : `HTTP ${status}`, status, details);
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

/** Posts one GraphQL operation; throws ApiError with the first error's code. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await send('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await jsonOf(response)) as { data?: T } | null;
  const error = apiErrorOf(response.status, body);
  if (error) throw error;
  if (!body?.data) throw new ApiError('INTERNAL', `HTTP ${response.status}: no data`, response.status);
  return body.data;
}

/** React Query over gql: the key is the operation and its variables. */
export function useGql<T>(query: string, variables: Record<string, unknown> = {}, options: Partial<UseQueryOptions<T, ApiError>> = {}) {
  return useQuery<T, ApiError>({
    queryKey: [query, variables],
    queryFn: ({ signal }) => gql<T>(query, variables, signal),
    ...options,
  });
}
