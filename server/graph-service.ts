import { AnswerCache } from './cache/answers.js';
import type { CypherLibrary, CypherStatement } from './cypher.js';
import type { Database } from './db/index.js';

/**
 * The base of a service over the graph: the database, the Cypher statements it names
 * (picked at construction, so an unknown name fails at start-up) and the answer cache its
 * analyses reuse (off unless given). `class XService extends GraphService('x/a', 'x/b') { … }`.
 */
export function GraphService<const N extends string>(...names: N[]) {
  return class {
    protected readonly q: { readonly [K in N]: CypherStatement };

    constructor(
      protected readonly db: Database,
      cypher: CypherLibrary,
      protected readonly answers: AnswerCache = AnswerCache.off(),
    ) {
      this.q = cypher.pick(...names);
    }
  };
}
