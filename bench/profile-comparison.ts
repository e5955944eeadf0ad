/**
 * PROFILE of chainComparison for the largest cluster's chain, before and after #17's set-based
 * statements: "before" is what it ran until then (one chainGapReport per cluster of the chain:
 * gaps/context, gaps/segments, gaps/supply each), "after" the three chains/comparison-* statements.
 * Plans to bench/profiles/<size>/comparison-17/, the totals printed. Against the benchmark's
 * Neo4j (NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD of a store an earlier `npm run bench -- --store` loaded).
 *
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… tsx bench/profile-comparison.ts [--scale S]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import type { Actor } from '../server/auth/policy.js';
import { ChainService } from '../server/chains/service.js';
import { CypherLibrary, type CypherStatement } from '../server/cypher.js';
import { Database, type Params } from '../server/db/index.js';
import { GapService } from '../server/gaps/service.js';
import { planText, profileStatement } from './profile.js';
import { findSubjects } from './queries.js';

const scale = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1]! : 'S';
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to the benchmark Neo4j');
const auth = { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'profiles', scale, 'comparison-17');
const actor: Actor = { id: 'bench-profile', role: 'admin', name: 'profile' };

function totalHits(plan: ProfiledPlan): number {
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + totalHits(child), 0);
}

// a PROFILE on a cold cache of a busy machine may take longer than a request is given
const db = Database.create({ uri, ...auth, database: 'neo4j', timeouts: { readMs: 120_000 } });
const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password));
try {
  const cypher = CypherLibrary.load();
  const gaps = new GapService(db, cypher);
  const chains = new ChainService(db, cypher, gaps);
  const subjects = await findSubjects(db, '轴承');
  const chainId = subjects.chainId;
  if (!chainId) throw new Error('the largest cluster follows no chain');
  const record = async (work: () => Promise<unknown>) => {
    const recorded: { statement: CypherStatement; params: Params }[] = [];
    const stop = db.onQuery((statement, params) => recorded.push({ statement, params }));
    try {
      await work();
    } finally {
      stop();
    }
    return recorded;
  };
  const comparison = await chains.comparison({ chainId }, actor);
  const runs = {
    // the reports the comparison ran before, in the year it compares (the chain-clusters lookup before them was ~10 db hits)
    before: await record(() =>
      Promise.all(comparison.clusters.map((c) => gaps.report({ clusterId: c.clusterId, year: comparison.year }, actor))),
    ),
    after: await record(() => chains.comparison({ chainId }, actor)),
  };
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const [when, recorded] of Object.entries(runs)) {
    let sum = 0;
    for (const [i, r] of recorded.entries()) {
      const { plan, ms } = await profileStatement(driver, r);
      if (!plan) continue;
      const hits = totalHits(plan);
      sum += hits;
      const file = `${when}--${String(i + 1).padStart(2, '0')}-${r.statement.name.replace(/\//g, '_')}.txt`;
      fs.writeFileSync(
        path.join(outDir, file),
        `// chainComparison ${chainId} (${comparison.clusters.length} clusters, year ${comparison.year}), ${when} #17 — statement ${i + 1}: cypher/${r.statement.name}.cypher (size ${scale}, ${ms.toFixed(0)} ms with PROFILE)\n// parameters: ${JSON.stringify(r.params).slice(0, 400)}\n// total db hits ${hits}\n\n${planText(plan)}\n`,
      );
      console.log(`${when} ${r.statement.name}: ${hits.toLocaleString('en')} db hits, ${ms.toFixed(0)} ms`);
    }
    console.log(`${when}: ${recorded.length} statements, ${sum.toLocaleString('en')} db hits in all`);
  }
} finally {
  await driver.close();
  await db.close();
}
