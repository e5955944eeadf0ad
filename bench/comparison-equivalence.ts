/**
 * Checks chainComparison (three statements for all of a chain's clusters, chains/comparison-*)
 * against one chainGapReport per cluster, as it was built before (#17), on a benchmark store:
 * every chain × every year with data (and none) × every scope; exits 1 on any difference.
 *
 *   tsx bench/comparison-equivalence.ts --store /tmp/bench-S   (a store an earlier `npm run bench -- --store` loaded)
 *     [--scale S|M] (the size's heap and page cache) [--chains A,B] [--scopes CITY,COUNTY] [--latest-only]
 * A subset (some chains, scopes, only the latest year) for the larger sizes, where each report takes seconds.
 */
import type { Actor } from '../server/auth/policy.js';
import { comparedOfReport } from '../server/chains/comparison.js';
import { ChainService } from '../server/chains/service.js';
import { adHoc } from '../server/db/index.js';
import { GapService } from '../server/gaps/service.js';
import { LOCAL_SCOPES, type LocalScope } from '#shared/regions.js';
import { SIZES, type ScaleName } from './lib/dataset.js';
import { flagValue } from './lib/cli.js';
import { startBenchNeo4j } from './lib/neo4j.js';

const store = flagValue('--store');
if (!store) throw new Error('usage: tsx bench/comparison-equivalence.ts --store DIR');
const { heap, pagecacheMb } = SIZES[(flagValue('--scale') ?? 'S') as ScaleName];
const onlyChains = flagValue('--chains')?.split(',');
const scopes = (flagValue('--scopes')?.split(',') ?? LOCAL_SCOPES) as readonly LocalScope[];
const latestOnly = process.argv.includes('--latest-only');
const actor: Actor = { id: 'bench-check', role: 'admin', name: 'equivalence check' };
const started = performance.now();
const neo4j = await startBenchNeo4j({ heap, pagecacheMb, log: console.log, store });
let differences = 0;
let compared = 0;
try {
  const gaps = new GapService(neo4j.db, neo4j.cypher);
  const chains = new ChainService(neo4j.db, neo4j.cypher, gaps);
  const chainIds = (await neo4j.db.read<{ id: string }>(adHoc('MATCH (c:Chain) RETURN c.id AS id ORDER BY id', 'bench/chains'), {}))
    .map((r) => r.id)
    .filter((id) => !onlyChains || onlyChains.includes(id));
  for (const chainId of chainIds) {
    for (const scope of scopes) {
      const latest = await chains.comparison({ chainId, scope }, actor);
      for (const year of latestOnly ? [null] : [null, ...latest.years]) {
        const cmp = year === null ? latest : await chains.comparison({ chainId, year, scope }, actor);
        for (const cluster of cmp.clusters) {
          const r = await gaps.report({ clusterId: cluster.clusterId, year: cmp.year, scope }, actor);
          const expected = comparedOfReport(r);
          const actual = { completeness: cluster.completeness, segments: cluster.segments };
          compared++;
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            differences++;
            console.log(
              `DIFFERENT ${chainId} ${cluster.clusterId} ${cmp.year} ${scope}\n  comparison ${JSON.stringify(actual)}\n  report     ${JSON.stringify(expected)}`,
            );
          }
        }
      }
    }
  }
  console.log(
    `${compared} (chain, cluster, year, scope) compared over ${chainIds.length} chains (scopes ${scopes.join(', ')}${latestOnly ? ', latest year only' : ''}): ` +
      `${differences} different, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
} finally {
  await neo4j.stop();
}
process.exitCode = differences > 0 ? 1 : 0;
