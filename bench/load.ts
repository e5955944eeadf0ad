import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { adHoc } from '../server/db/index.js';
import { CypherLibrary } from '../server/cypher.js';
import { bulkLoadFolder, recordBulkLoad, type BulkLoadResult } from '../server/imports/bulk.js';
import { freePort } from '../server/neo4j-local/index.js';
import { generateDataset } from '../seed/index.js';
import { startBenchNeo4j } from './lib/neo4j.js';
import { quantile } from './lib/stats.js';

/**
 * npm run bench:load [-- --duration 60 --connections 100] [--hostile]
 *
 * Many concurrent signed-in clients over a realistic mix of reads on the default data set:
 * a Neo4j of its own with the default (synthetic Liaocheng) data, the server as `npm start`
 * runs it (its own process, NODE_ENV=production, default rate limits), one account and
 * session per connection, and autocannon firing the mix for the duration. Reports throughput,
 * p50/p95/p99 latency and errors (HTTP errors, timeouts and GraphQL errors); any error fails
 * the run. Results go to bench/results/load.json and a Markdown section is printed.
 *
 * --hostile adds, beside the mix: a few flooding clients (each its own account) sending alias
 * floods of analyses, over the cost budget (refused) and within it (served a few sessions at a
 * time); a writer creating target lists, every acknowledged one checked in Neo4j at the end (lost
 * writes); and, when the benchmark owns its Neo4j, Neo4j frozen (SIGSTOP) for --freeze seconds
 * a third into the run, then resumed (SIGCONT). The mix's errors while frozen (and a short grace
 * after) are reported apart and expected to be DATABASE_UNAVAILABLE; any other error fails the run.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
    heap: { type: 'string', default: '1g' },
    pagecache: { type: 'string', default: '512' },
    hostile: { type: 'boolean', default: false },
    freeze: { type: 'string', default: '10' },
    flooders: { type: 'string', default: '3' },
  },
});
const hostile = values.hostile;
const freezeSeconds = Number(values.freeze);
const flooders = Number(values.flooders);
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!Number.isInteger(duration) || duration < 1 || !Number.isInteger(connections) || connections < 1) {
  console.error('Usage: npm run bench:load -- [--duration SECONDS] [--connections N]');
  process.exit(2);
}
const log = (line: string) => console.error(`[load] ${line}`);

interface Operation {
  name: string;
  weight: number;
  body: () => string;
}

async function main(): Promise<void> {
  // the default data set as the first `npm start` loads it into an empty database: validated by the
  // importer, written by Neo4j's bulk importer before Neo4j starts (a transactional load took
  // minutes on a busy machine before the clients could fire)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-load-data-'));
  const loadStarted = Date.now();
  let bulkLoaded: BulkLoadResult | undefined;
  const neo4j = await startBenchNeo4j({
    heap: values.heap,
    pagecacheMb: Number(values.pagecache),
    log,
    beforeStart: async (dir) => {
      await generateDataset({ outDir: dataDir, scale: 1 });
      bulkLoaded = await bulkLoadFolder(dataDir, { dataDir: dir, cypher: CypherLibrary.load(), heap: values.heap, log });
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (!bulkLoaded.report.ok) throw new Error(`the default data set did not import: ${bulkLoaded.report.errorTotal} errors`);
    },
  });
  let server: ChildProcess | undefined;
  try {
    await recordBulkLoad(neo4j.db, neo4j.cypher, bulkLoaded!);
    log(`default data set loaded in ${((Date.now() - loadStarted) / 1000).toFixed(0)} s (bulk loader, Neo4j start, schema)`);

    // what the clients ask about: real ids of the data set
    const clusters = (
      await neo4j.db.read<{ id: string }>(adHoc('MATCH (c:Cluster) RETURN c.id AS id ORDER BY id', 'bench/load-clusters'))
    ).map((r) => r.id);
    const firms = (
      await neo4j.db.read<{ code: string }>(
        adHoc(
          'MATCH (e:Enterprise) WHERE EXISTS { (e)-[:SUPPLIES]-() } RETURN e.creditCode AS code ORDER BY code LIMIT 400',
          'bench/load-firms',
        ),
      )
    ).map((r) => r.code);
    const words = ['轴承', '钢管', '新能源', '电缆', '食品', '纺织', '铝', '汽车零部件', '化工', '阿胶'];

    // the server, as npm start runs it (the set-up signs in every account from this one address:
    // the sign-in attempt limit is raised for that; the request rate limits stay the defaults)
    const port = await freePort();
    const adminPassword = `load-${Math.random().toString(36).slice(2)}-admin`;
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        SEED: 'none',
        PORT: String(port),
        NODE_ENV: 'production',
        ADMIN_USERNAME: 'admin',
        ADMIN_PASSWORD: adminPassword,
        SIGN_IN_ATTEMPTS_PER_15_MINUTES: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const url = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 180_000; !/is ready at/.test(output);) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    // one account (an analyst: everything readable) and session per connection; the per-user rate
    // limit stays the production default
    const post = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors[0]!.message);
      return response.headers
        .getSetCookie()
        .find((c) => /chainatlas_session=/.test(c))
        ?.split(';')[0];
    };
    const signIn = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }';
    const admin = (await post(signIn, { u: 'admin', p: adminPassword }))!;
    /** A new analyst account, signed in: its session cookie. */
    const signedInAnalyst = async (username: string, password: string): Promise<string> => {
      await post(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
        { i: { username, role: 'ANALYST', password } },
        admin,
      );
      return (await post(signIn, { u: username, p: password }))!;
    };
    const cookies: string[] = [];
    const accountsStarted = Date.now();
    for (let i = 0; i < connections; i++) {
      cookies.push(await signedInAnalyst(`load-${String(i).padStart(3, '0')}`, `load password ${i}`));
    }
    log(`${connections} accounts signed in in ${((Date.now() - accountsStarted) / 1000).toFixed(0)} s`);

    const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    const operations: Operation[] = [
      {
        name: 'panorama (clusters, counties, overview)',
        weight: 20,
        body: () =>
          gql(
            '{ clusters { id name county level output memberCount } counties { name clusterCount output } overview { clusters enterprises supplyLinks } }',
          ),
      },
      {
        name: 'searchEnterprises',
        weight: 20,
        body: () =>
          gql(
            'query($q: String!) { searchEnterprises(query: $q, first: 20) { totalCount edges { node { creditCode name local county srdiLevel } } } }',
            { q: pick(words) },
          ),
      },
      {
        name: 'enterprise profile',
        weight: 20,
        body: () =>
          gql(
            'query($c: String!) { enterprise(creditCode: $c) { name local county chainLeader products clusters { id name } segments { id name stage } years { year revenue revenueBand srdiLevel } supplierCount customerCount } }',
            { c: pick(firms) },
          ),
      },
      {
        name: 'chainGapReport',
        weight: 10,
        body: () =>
          gql(
            'query($id: ID!) { chainGapReport(clusterId: $id) { completeness segments { segmentId name status localSupplyRatio } investmentTargets { creditCode name inflow } singleSourceRisks { buyerCode supplierCode value } } }',
            { id: pick(clusters) },
          ),
      },
      {
        name: 'supplyNeighborhood',
        weight: 10,
        body: () =>
          gql(
            'query($c: String!, $d: Int!) { supplyNeighborhood(creditCode: $c, depth: $d, direction: BOTH) { totalNodes nodes { id label local revenue revenueBand } edges { id source target value } } }',
            { c: pick(firms), d: pick([1, 1, 2]) },
          ),
      },
      {
        name: 'collaborationNetwork',
        weight: 5,
        body: () =>
          gql(
            'query($id: ID) { collaborationNetwork(clusterId: $id) { totalNodes nodes { id kind label community centrality } edges { id source target kind } } }',
            { id: pick(clusters) },
          ),
      },
      { name: 'targetDashboard', weight: 10, body: () => gql('{ targetDashboard { year indicators { key value target progress met } } }') },
      { name: 'targetLists', weight: 5, body: () => gql('{ targetLists { id name entryCount statusCounts { status count } } }') },
    ];
    const total = operations.reduce((sum, op) => sum + op.weight, 0);
    const choose = () => {
      let r = Math.random() * total;
      for (const op of operations) if ((r -= op.weight) < 0) return op;
      return operations[0]!;
    };

    // --hostile: floods, a writer and a frozen Neo4j beside the mix
    const hostileRun = hostile ? await startHostile() : undefined;
    async function startHostile() {
      const accounts: string[] = [];
      for (let i = 0; i < flooders + 1; i++) {
        accounts.push(await signedInAnalyst(`hostile-${i}`, `hostile password ${i}`));
      }
      const writerCookie = accounts.pop()!;
      let running = true;
      const outcomes = new Map<string, number>();
      const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      const send = async (query: string, variables: Record<string, unknown>, cookie: string) => {
        try {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
            body: JSON.stringify({ query, variables }),
            signal: AbortSignal.timeout(30_000),
          });
          const body = (await response.json()) as {
            data?: Record<string, { id: string } | null> | null;
            errors?: { extensions?: { code?: string } }[];
          };
          return { code: body.errors?.[0]?.extensions?.code ?? 'ok', data: body.data };
        } catch {
          return { code: 'NO_ANSWER', data: undefined };
        }
      };
      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: collaborationNetwork(clusterId: "${pick(clusters)}") { totalNodes }`).join(' ')} }`;
      const flooder = async (cookie: string) => {
        for (let i = 0; running; i++) {
          const over = i % 2 === 0;
          count(
            `flood ${over ? 'over budget (200 aliases)' : 'within budget (20 aliases)'}: ${(await send(aliases(over ? 200 : 20), {}, cookie)).code}`,
          );
        }
      };
      const acknowledged: string[] = [];
      const writer = async () => {
        for (let i = 0; running; i++) {
          const answer = await send(
            'mutation($n: String!) { createTargetList(name: $n) { id } }',
            { n: `bench hostile ${Date.now()}-${i}` },
            writerCookie,
          );
          count(`write: ${answer.code}`);
          if (answer.code === 'ok' && answer.data?.createTargetList) acknowledged.push(answer.data.createTargetList.id);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      const freeze = { start: 0, end: 0 };
      const freezer = async () => {
        if (!neo4j.local?.pid) return log("hostile: Neo4j is not this benchmark's own (NEO4J_URI): no freeze");
        await new Promise((r) => setTimeout(r, (duration * 1000) / 3));
        if (!running) return;
        freeze.start = Date.now();
        log(`hostile: Neo4j frozen (SIGSTOP) for ${freezeSeconds} s`);
        process.kill(neo4j.local.pid, 'SIGSTOP');
        try {
          await new Promise((r) => setTimeout(r, freezeSeconds * 1000));
        } finally {
          process.kill(neo4j.local.pid, 'SIGCONT');
          freeze.end = Date.now();
          log('hostile: Neo4j resumed (SIGCONT)');
        }
      };
      const workers = [...accounts.map(flooder), writer(), freezer()];
      return {
        outcomes,
        acknowledged,
        freeze,
        async stop() {
          running = false;
          await Promise.all(workers);
        },
      };
    }
    /** an error of the mix while Neo4j was frozen, or in the grace after it */
    const GRACE_MS = 15_000;
    const duringFreeze = (at: number) =>
      !!hostileRun &&
      hostileRun.freeze.start > 0 &&
      at >= hostileRun.freeze.start &&
      at <= (hostileRun.freeze.end || Date.now()) + GRACE_MS;
    const freezeFailures = new Map<string, number>();

    let client = 0;
    const latencies: number[] = [];
    const failures = new Map<string, number>();
    log(`firing: ${connections} connections for ${duration} s`);
    const instance = autocannon({
      url: `${url}/graphql`,
      connections,
      duration,
      timeout: 30,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      setupClient: (c: { setHeaders(headers: Record<string, string>): void }) => {
        const cookie = cookies[client++ % cookies.length]!;
        c.setHeaders({ 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie });
      },
      requests: [
        {
          setupRequest: (request: Record<string, unknown>) => {
            const op = choose();
            return { ...request, body: op.body() };
          },
          onResponse: (status: number, body: string) => {
            if (status !== 200 || body.includes('"errors"')) {
              const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `HTTP ${status}`;
              const into = duringFreeze(Date.now()) ? freezeFailures : failures;
              into.set(code, (into.get(code) ?? 0) + 1);
            }
          },
        },
      ],
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    const result = await instance;
    await hostileRun?.stop();
    let hostileSummary: Record<string, unknown> | undefined;
    if (hostileRun) {
      // every acknowledged write is there
      const found = await neo4j.db.read<{ id: string }>(
        adHoc('UNWIND $ids AS id MATCH (l:TargetList {id: id}) RETURN l.id AS id', 'bench/hostile-writes'),
        { ids: hostileRun.acknowledged },
      );
      const lost = hostileRun.acknowledged.length - found.length;
      const unexpectedWhileFrozen = [...freezeFailures].filter(([code]) => code !== 'DATABASE_UNAVAILABLE');
      hostileSummary = {
        freeze: hostileRun.freeze.start
          ? { seconds: (hostileRun.freeze.end - hostileRun.freeze.start) / 1000, mixErrorsWhileFrozen: Object.fromEntries(freezeFailures) }
          : null,
        outcomes: Object.fromEntries([...hostileRun.outcomes].sort()),
        writes: { acknowledged: hostileRun.acknowledged.length, lost },
      };
      log(`hostile: ${JSON.stringify(hostileSummary)}`);
      if (lost > 0 || unexpectedWhileFrozen.length > 0) process.exitCode = 1;
    }

    const graphqlErrors = [...failures.values()].reduce((a, b) => a + b, 0);
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    const summary = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} CPU ${os.cpus()[0]?.model ?? ''}, ${Math.round(os.totalmem() / 1024 ** 3)} GB, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
      durationSeconds: duration,
      connections,
      requests: result.requests.total,
      throughput: result.requests.total / duration,
      latencyMs: {
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        p99: quantile(latencies, 0.99),
        max: Math.max(...latencies),
      },
      errors,
      errorDetail: { socket: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: Object.fromEntries(failures) },
      mix: operations.map((op) => ({ name: op.name, share: op.weight / total })),
      ...(hostileSummary ? { hostile: hostileSummary } : {}),
    };
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync(hostile ? 'bench/results/load-hostile.json' : 'bench/results/load.json', `${JSON.stringify(summary, null, 2)}\n`);
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    process.stdout.write(
      [
        `| clients | duration | requests | throughput | p50 | p95 | p99 | errors |`,
        `| --- | --- | --- | --- | --- | --- | --- | --- |`,
        `| ${connections} | ${duration} s | ${summary.requests.toLocaleString('en')} | ${summary.throughput.toFixed(1)} req/s | ${ms(summary.latencyMs.p50)} | ${ms(summary.latencyMs.p95)} | ${ms(summary.latencyMs.p99)} | ${errors} |`,
        '',
        `Machine: ${summary.machine}.`,
        '',
      ].join('\n'),
    );
    if (errors > 0) {
      log(`errors: ${JSON.stringify(summary.errorDetail)}`);
      process.exitCode = 1;
    }
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
