/**
 * Checks chainComparison (three statements for all of a chain's clusters, chains/comparison-*)
 * against one chainGapReport per cluster, as it was built before (#17), on a benchmark store:
 * every chain × every year with data (and none) × every scope; exits 1 on any difference.
 *
 *   tsx bench/comparison-equivalence.ts --store /tmp/bench-S   (a store an earlier `npm run bench -- --store` loaded)
 */
import type { Actor } from '../server/auth/policy.js';
import { ChainService } from '../server/chains/service.js';
import { adHoc } from '../server/db/index.js';
import { GapService } from '../server/gaps/service.js';
import { LOCAL_SCOPES } from '#shared/regions.js';
import { startBenchNeo4j } from './lib/neo4j.js';

const storeAt = process.argv.indexOf('--store');
if (storeAt < 0 || !process.argv[storeAt + 1]) throw new Error('usage: tsx bench/comparison-equivalence.ts --store DIR');
const actor: Actor = { id: 'bench-check', role: 'admin', name: 'equivalence check' };
const neo4j = await startBenchNeo4j({ heap: '1g', pagecacheMb: 512, log: console.log, store: process.argv[storeAt + 1] });
let differences = 0;
let compared = 0;
try {
  const gaps = new GapService(neo4j.db, neo4j.cypher);
  const chains = new ChainService(neo4j.db, neo4j.cypher, gaps);
  const chainIds = (await neo4j.db.read<{ id: string }>(adHoc('MATCH (c:Chain) RETURN c.id AS id ORDER BY id', 'bench/chains'), {})).map(
    (r) => r.id,
  );
  for (const chainId of chainIds) {
    for (const scope of LOCAL_SCOPES) {
      const latest = await chains.comparison({ chainId, scope }, actor);
      for (const year of [null, ...latest.years]) {
        const cmp = year === null ? latest : await chains.comparison({ chainId, year, scope }, actor);
        for (const cluster of cmp.clusters) {
          const r = await gaps.report({ clusterId: cluster.clusterId, year: cmp.year, scope }, actor);
          const expected = {
            completeness: r.completeness,
            segments: r.segments.map(({ segmentId, status, localSupplyRatio, clusterFirms, localFirms }) => ({
              segmentId,
              status,
              localSupplyRatio,
              clusterFirms,
              localFirms,
            })),
          };
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
  console.log(`${compared} (chain, cluster, year, scope) compared over ${chainIds.length} chains: ${differences} different`);
} finally {
  await neo4j.stop();
}
process.exitCode = differences > 0 ? 1 : 0;
