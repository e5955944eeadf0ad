import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import type { AnswerCacheConfig } from '../../server/cache/answers.js';
import type { Database } from '../../server/db/index.js';
import type { RequestContext } from '../../server/graphql/context.js';
import { testCypher, testDatabase } from './db.js';

export interface TestApi {
  app: App;
  /** Runs an operation in-process as `user` (default: an admin; null: nobody signed in); returns data and errors as a client would see them. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    user?: RequestContext['user'],
  ): Promise<{ data: T | null | undefined; errors: { message: string; extensions?: Record<string, unknown> }[] | undefined }>;
  close(): Promise<void>;
}

export const ADMIN: NonNullable<RequestContext['user']> = { id: 'test-admin', role: 'admin', name: 'Test admin' };
/** Callers of the other roles, for in-process tests (an editor's clusters are given per test). */
export const ANALYST: NonNullable<RequestContext['user']> = { id: 'test-analyst', role: 'analyst', name: 'Test analyst' };
export const VIEWER: NonNullable<RequestContext['user']> = { id: 'test-viewer', role: 'viewer', name: 'Test viewer' };
export const editor = (clusterIds: string[], id = 'test-editor'): NonNullable<RequestContext['user']> => ({
  id,
  role: 'editor',
  name: 'Test editor',
  clusterIds,
});

/** The app on the tier's Neo4j, or on `database` (closed with the api); analyses' answers cached only with `answerCache`. */
export async function createTestApi(database?: Database, options: { answerCache?: AnswerCacheConfig } = {}): Promise<TestApi> {
  const db = database ?? testDatabase();
  const app = await createApp({ production: false, answerCache: options.answerCache }, db, testCypher());
  return {
    app,
    async gql(query, variables = {}, user = ADMIN) {
      const response = await app.apollo.executeOperation({ query, variables }, { contextValue: app.contextFor(user) });
      if (response.body.kind !== 'single') throw new Error('incremental responses are not used');
      const result = response.body.singleResult;
      return { data: result.data as never, errors: result.errors as never };
    },
    async close() {
      await app.stop();
      await db.close();
    },
  };
}

/**
 * The in-process API and the tier's database for a test file that owns a small graph: `build`
 * writes it before the file's tests, `remove` deletes it after them; then both are closed.
 */
export function apiWithOwnGraph(build: () => Promise<void>, remove: () => Promise<void>): { db: Database; api: TestApi } {
  const db = testDatabase();
  let started: TestApi | undefined;
  const api = (): TestApi => {
    if (!started) throw new Error('the API starts before the first test (beforeAll)');
    return started;
  };
  beforeAll(async () => {
    started = await createTestApi();
    await build();
  });
  afterAll(async () => {
    await remove();
    await started?.close();
    await db.close();
  });
  return {
    db,
    api: {
      get app() {
        return api().app;
      },
      gql: (query, variables, user) => api().gql(query, variables, user),
      close: () => api().close(),
    },
  };
}
