import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import type { CypherStatement } from '../server/cypher.js';
import type { Params } from '../server/db/index.js';
import type { ScaleName } from './lib/dataset.js';
import type { BenchNeo4j } from './lib/neo4j.js';
import { queryCases, withAppServer, type Subjects } from './queries.js';

/**
 * PROFILE of every statement behind each benchmarked query, with the parameters the service
 * really used (recorded through Database.onQuery). The plans go to bench/profiles/<size>/*.txt;
 * the summary (db hits, rows, the costliest operators) into the results.
 */
export interface StatementProfile {
  statement: string;
  ms: number;
  dbHits: number;
  rows: number;
  pageCacheHits: number;
  pageCacheMisses: number;
  /** the three operators with the most db hits: "Operator (details): hits" */
  top: string[];
  planFile: string;
}

export interface ProfileResult {
  cases: { name: string; statements: StatementProfile[] }[];
}

const PROFILE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'profiles');

interface Flat {
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
  depth: number;
}

function flatten(plan: ProfiledPlan, depth = 0, out: Flat[] = []): Flat[] {
  const args = plan.arguments as Record<string, unknown>;
  out.push({
    operator: plan.operatorType.replace(/@neo4j$/, ''),
    details: (typeof args.Details === 'string' ? args.Details : '').replace(/\s+/g, ' '),
    rows: Number(plan.rows),
    dbHits: Number(plan.dbHits),
    depth,
  });
  for (const child of plan.children) flatten(child, depth + 1, out);
  return out;
}

function totals(plan: ProfiledPlan): { dbHits: number; pageCacheHits: number; pageCacheMisses: number } {
  let dbHits = Number(plan.dbHits);
  let pageCacheHits = Number(plan.pageCacheHits ?? 0);
  let pageCacheMisses = Number(plan.pageCacheMisses ?? 0);
  for (const child of plan.children) {
    const t = totals(child);
    dbHits += t.dbHits;
    pageCacheHits += t.pageCacheHits;
    pageCacheMisses += t.pageCacheMisses;
  }
  return { dbHits, pageCacheHits, pageCacheMisses };
}

export function planText(plan: ProfiledPlan): string {
  return flatten(plan)
    .map(
      (f) => `${'  '.repeat(f.depth)}${f.operator}  rows=${f.rows} dbHits=${f.dbHits}${f.details ? `  | ${f.details.slice(0, 220)}` : ''}`,
    )
    .join('\n');
}

/** PROFILE of one statement of the library with its parameters, on the benchmark's own driver (a read session). */
export async function profileStatement(
  driver: Driver,
  r: { statement: CypherStatement; params: Params },
): Promise<{ plan: ProfiledPlan | false; ms: number; rows: number }> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const started = performance.now();
    const res = await session.run(`PROFILE ${r.statement.text}`, r.params);
    return { plan: res.summary.profile, ms: performance.now() - started, rows: res.records.length };
  } finally {
    await session.close();
  }
}

export async function profileQueries(
  db: BenchNeo4j,
  subjects: Subjects,
  size: ScaleName,
  log: (line: string) => void,
): Promise<ProfileResult> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { logging: { level: 'error', logger: () => {} } });
  const outDir = path.join(PROFILE_DIR, size);
  // the plans of this run replace the last run's; folders in it (evidence kept from before a change) stay
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of fs.readdirSync(outDir)) if (file.endsWith('.txt')) fs.rmSync(path.join(outDir, file));
  try {
    return await withAppServer(db, async ({ app }) => {
      const result: ProfileResult = { cases: [] };
      for (const c of queryCases(app, subjects)) {
        const recorded: { statement: CypherStatement; params: Params }[] = [];
        const stop = db.db.onQuery((statement, params) => recorded.push({ statement, params }));
        try {
          await c.service();
        } finally {
          stop();
        }
        const statements: StatementProfile[] = [];
        const times = new Map<string, number>();
        for (const [i, r] of recorded.entries()) {
          // each statement once; a what-if runs one statement per wave: its first two waves
          const key = r.statement.name;
          const n = (times.get(key) ?? 0) + 1;
          times.set(key, n);
          if (n > (key === 'gaps/what-if-wave' ? 2 : 1)) continue;
          const { plan, ms, rows } = await profileStatement(driver, r);
          if (!plan) continue;
          const flat = flatten(plan);
          const t = totals(plan);
          const slug = `${c.name
            .replace(/[^A-Za-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')
            .toLowerCase()}--${i + 1}-${key.replace(/\//g, '_')}.txt`;
          fs.writeFileSync(
            path.join(outDir, slug),
            `// ${c.name} — statement ${i + 1}: cypher/${key}.cypher (size ${size}, ${ms.toFixed(0)} ms with PROFILE)\n// parameters: ${JSON.stringify(r.params).slice(0, 400)}\n// total db hits ${t.dbHits}, page cache hits ${t.pageCacheHits}, misses ${t.pageCacheMisses}\n\n${planText(plan)}\n`,
          );
          statements.push({
            statement: key,
            ms,
            dbHits: t.dbHits,
            rows,
            pageCacheHits: t.pageCacheHits,
            pageCacheMisses: t.pageCacheMisses,
            top: [...flat]
              .sort((a, b) => b.dbHits - a.dbHits)
              .slice(0, 3)
              .map((f) => `${f.operator}${f.details ? ` (${f.details.slice(0, 90)})` : ''}: ${f.dbHits}`),
            planFile: path.relative(path.join(PROFILE_DIR, '..', '..'), path.join(outDir, slug)),
          });
        }
        log(
          `  ${c.name}: ${statements.map((s) => `${s.statement} ${s.dbHits.toLocaleString('en')} db hits, ${s.ms.toFixed(0)} ms`).join('; ')}`,
        );
        result.cases.push({ name: c.name, statements });
      }
      return result;
    });
  } finally {
    await driver.close();
  }
}
