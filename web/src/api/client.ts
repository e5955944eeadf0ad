import { useQuery, type UseQueryOptions } from '@tanstack/react-query';

/** An error from the API, with its stable code (BAD_INPUT, NOT_FOUND, DATABASE_UNAVAILABLE, ...). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Posts one GraphQL operation; throws ApiError with the first error's code. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('NETWORK', (error as Error).message);
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'INTERNAL', `HTTP ${response.status}`);
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.extensions?.code ?? 'INTERNAL', first.message);
  }
  if (!body.data) throw new ApiError('INTERNAL', `HTTP ${response.status}`);
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
