import { createApp, type App } from '../../server/app.js';
import type { CypherStatement } from '../../server/cypher.js';
import type { Database } from '../../server/db/index.js';
import type { RequestContext } from '../../server/graphql/context.js';
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '#shared/creditCode.js';
import { ADMIN } from '../helpers/graphql.js';
import { testCypher } from '../helpers/db.js';

/** A random run of credit-code characters: the start of every code a test file makes. */
export function randomCodeBody(length: number): string {
  let body = '';
  for (let i = 0; i < length; i++) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)];
  return body;
}

/** Valid credit codes unique to a test file: prefix (8 random characters) + a 9-digit number + check character. */
export function codeMaker(prefix: string): (n: number) => string {
  return (n) => completeCreditCode(prefix + String(n).padStart(9, '0'));
}

/** Random Han characters, so that a file's names and products are its own in full-text search. */
export function randomHan(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 0x4000));
  return text;
}

export interface CountingApi {
  app: App;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    user?: RequestContext['user'],
  ): Promise<{ data: T | null | undefined; errors: { message: string; extensions?: Record<string, unknown> }[] | undefined }>;
  /** runs the operation and returns the names of the Cypher statements it ran */
  count(query: string, variables?: Record<string, unknown>): Promise<{ statements: string[]; errors: unknown }>;
  close(): Promise<void>;
}

/** The in-process API over a Database the test owns, so that statements can be counted with db.onQuery. */
export async function countingApi(db: Database): Promise<CountingApi> {
  const app = await createApp({ production: false }, db, testCypher());
  const gql: CountingApi['gql'] = async (query, variables = {}, user = ADMIN) => {
    const response = await app.apollo.executeOperation({ query, variables }, { contextValue: app.contextFor(user) });
    if (response.body.kind !== 'single') throw new Error('incremental responses are not used');
    return { data: response.body.singleResult.data as never, errors: response.body.singleResult.errors as never };
  };
  return {
    app,
    gql,
    async count(query, variables) {
      const statements: string[] = [];
      const stop = db.onQuery((statement: CypherStatement) => statements.push(statement.name));
      try {
        const { errors } = await gql(query, variables);
        return { statements, errors };
      } finally {
        stop();
      }
    },
    close: () => app.stop(),
  };
}
