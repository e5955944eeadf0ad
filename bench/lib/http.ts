import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on a free port of 127.0.0.1; resolves with the URL and a close function. */
export async function listen(handler: http.RequestListener): Promise<{ url: string; server: http.Server; close(): Promise<void> }> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation; throws on HTTP or GraphQL errors (a benchmark must not time failures). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 120_000,
  headers: Record<string, string> = {},
): Promise<{ answer: GraphQLAnswer; bytes: number; setCookie: string[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let answer: GraphQLAnswer;
  try {
    answer = JSON.parse(text) as GraphQLAnswer;
  } catch {
    throw new Error(`HTTP ${res.status} from ${url}: ${text.slice(0, 200)}`);
  }
  if (answer.errors?.length) throw new Error(`GraphQL error from ${url}: ${answer.errors[0]!.message}`);
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
  return { answer, bytes: text.length, setCookie: res.headers.getSetCookie() };
}
