import type { CypherStatement } from '../../server/cypher.js';
import type { Database } from '../../server/db/index.js';
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '#shared/creditCode.js';
import { runCypher } from '../helpers/db.js';
import { createTestApi, type TestApi } from '../helpers/graphql.js';

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

/** One random Han character that does not occur in `avoid` (a test's fixed texts). */
export function randomHanNotIn(avoid: string): string {
  for (;;) {
    const x = randomHan(1);
    if (!avoid.includes(x)) return x;
  }
}

export interface CountingApi extends TestApi {
  /** runs the operation and returns the names of the Cypher statements it ran */
  count(query: string, variables?: Record<string, unknown>): Promise<{ statements: string[]; errors: unknown }>;
}

/** The in-process API over a Database the test owns, so that statements can be counted with db.onQuery. */
export async function countingApi(db: Database): Promise<CountingApi> {
  const api = await createTestApi(db);
  return {
    ...api,
    async count(query, variables) {
      const statements: string[] = [];
      const stop = db.onQuery((statement: CypherStatement) => statements.push(statement.name));
      try {
        const { errors } = await api.gql(query, variables);
        return { statements, errors };
      } finally {
        stop();
      }
    },
    // the test owns the Database and closes it itself
    close: () => api.app.stop(),
  };
}

/** Deletes a test file's firms and their yearly figures (credit codes starting with `codePrefix`). */
export async function removeFirms(db: Database, codePrefix: string): Promise<void> {
  await runCypher(db, 'MATCH (n) WHERE (n:Enterprise OR n:EnterpriseYear) AND n.creditCode STARTS WITH $code DETACH DELETE n', {
    code: codePrefix,
  });
}

/** A firm's optional yearly figures, every one empty (as written and as GraphQL gives them back). */
export const NO_OPTIONAL_FIGURES = {
  rdSpend: null,
  aboveScale: null,
  srdiLevel: null,
  highValuePatents: null,
  smartFactory: null,
  digitalTransformation: null,
  greenList: null,
  greenDiagnosis: null,
} as const;
