import path from 'node:path';
import fs from 'node:fs';
import { createApp } from '../server/app.js';
import type { CypherStatement } from '../server/cypher.js';
import { adHoc, type Database, type Params } from '../server/db/index.js';
import type { BenchNeo4j } from './lib/neo4j.js';
import { listen, postGraphQL } from './lib/http.js';
import { interleaved, summarize, type Summary } from './lib/stats.js';

/**
 * The app's main queries, each three ways in one interleaved loop:
 *   graphql — through GraphQL over HTTP (createApp + http server on a free port: what a browser gets),
 *   service — the domain service called in-process (its own Cypher through the Database class,
 *             plus its small JS assembly), i.e. everything but the GraphQL/HTTP layer,
 *   cypher  — the statements the service ran, replayed one after the other through Database.read.
 * overhead = graphql / service (goal <= 1.2).
 */
export interface Subjects {
  clusterId: string;
  clusterName: string;
  clusterFirms: number;
  hubCode: string;
  hubName: string;
  hubDegree: number;
  leaderCode: string;
  leaderName: string;
  searchText: string;
  /** chains/ queries: the largest cluster's chain, its first and last supply years, its largest outside supplier and that one's segment */
  chainId?: string;
  firstYear?: number;
  lastYear?: number;
  outsideCode?: string;
  outsideSegmentId?: string;
}

export interface QueryResult {
  name: string;
  /** statements the service runs for it */
  statements: string[];
  responseBytes: number;
  graphql: Summary;
  service: Summary;
  cypher: Summary;
  /** graphql ÷ service, medians */
  overhead: number;
  overheadP95: number;
  info?: string;
}

export async function findSubjects(db: Database, searchText: string): Promise<Subjects> {
  const [cluster] = await db.read<{ id: string; name: string; firms: number }>(
    adHoc(
      `MATCH (c:Cluster) RETURN c.id AS id, c.name AS name, COUNT { (c)<-[:IN_CLUSTER]-(:Enterprise) } AS firms ORDER BY firms DESC, id LIMIT 1`,
      'bench/largest-cluster',
    ),
  );
  const [hub] = await db.read<{ code: string; name: string; degree: number }>(
    adHoc(
      `MATCH (e:Enterprise) WITH e, COUNT { (e)-[:SUPPLIES]-() } AS degree ORDER BY degree DESC, e.creditCode LIMIT 1 RETURN e.creditCode AS code, e.name AS name, degree`,
      'bench/best-connected',
    ),
  );
  const [leader] = await db.read<{ code: string; name: string }>(
    adHoc(
      `MATCH (e:Enterprise {chainLeader: true})-[:IN_CLUSTER]->(:Cluster {id: $id})
       WITH e, COUNT { (e)-[:SUPPLIES]->() } AS customers ORDER BY customers DESC, e.creditCode LIMIT 1
       RETURN e.creditCode AS code, e.name AS name`,
      'bench/chain-leader',
    ),
    { id: cluster!.id },
  );
  if (!cluster || !hub || !leader) throw new Error('the database has no cluster, firm or 链主 to benchmark');
  const [chain] = await db.read<{
    chainId: string | null;
    firstYear: number | null;
    lastYear: number | null;
    outsideCode: string | null;
    outsideSegmentId: string | null;
  }>(
    adHoc(
      `MATCH (c:Cluster {id: $id})
       OPTIONAL MATCH (c)-[:FOLLOWS]->(chain:Chain)
       CALL (c) { MATCH (c)<-[:IN_CLUSTER]-()<-[r:SUPPLIES]-() WHERE r.year > 0 RETURN min(r.year) AS firstYear, max(r.year) AS lastYear }
       CALL (c, lastYear) {
         OPTIONAL MATCH (c)<-[:IN_CLUSTER]-()<-[r:SUPPLIES]-(sup) WHERE r.year = lastYear AND NOT coalesce(sup.local, false)
         RETURN sup.creditCode AS outsideCode, r.segmentId AS outsideSegmentId ORDER BY r.annualValue DESC, outsideCode LIMIT 1
       }
       RETURN chain.id AS chainId, firstYear, lastYear, outsideCode, outsideSegmentId`,
      'bench/chain-subjects',
    ),
    { id: cluster.id },
  );
  return {
    clusterId: cluster.id,
    clusterName: cluster.name,
    clusterFirms: cluster.firms,
    hubCode: hub.code,
    hubName: hub.name,
    hubDegree: hub.degree,
    leaderCode: leader.code,
    leaderName: leader.name,
    searchText,
    chainId: chain?.chainId ?? undefined,
    firstYear: chain?.firstYear ?? undefined,
    lastYear: chain?.lastYear ?? undefined,
    outsideCode: chain?.outsideCode ?? undefined,
    outsideSegmentId: chain?.outsideSegmentId ?? undefined,
  };
}

const NEIGHBORHOOD = `query($code: String!, $depth: Int!) {
  supplyNeighborhood(creditCode: $code, depth: $depth, direction: BOTH) {
    totalNodes totalEdges truncated
    nodes { id kind label local creditCode revenue clusterIds segmentId depth }
    edges { id source target kind value product segmentId year }
  }
}`;

const GAP_REPORT = `query($id: ID!) {
  chainGapReport(clusterId: $id) {
    clusterId clusterName chainId chainName year figuresYear completeness
    thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }
    segments { segmentId name stage order status localFirms localRevenue localSrdiFirms localChainLeaders clusterFirms clusterRevenue
               clusterSrdiFirms clusterChainLeaders inflow localInflow localSupplyRatio topSupplierShare topSupplierCode topSupplierName singlePoint supplierCount buyerCount }
    investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason }
    extensionOpportunities { segmentId name status }
    singleSourceRisks { buyerCode buyerName segmentId segmentName supplierCode supplierName value supplierLocal }
  }
}`;

const SEARCH = `query($q: String!) {
  searchEnterprises(query: $q, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor score node { creditCode name local county city province founded chainLeader products } }
  }
}`;

const WHAT_IF = `query($id: ID!, $remove: [String!]!) {
  whatIf(clusterId: $id, remove: $remove) {
    clusterId year figuresYear removed cutOffCount affectedRevenue truncated
    waves { depth revenue firms { creditCode name local county city province chainLeader } }
  }
}`;

const EVOLUTION = `query($id: ID!, $from: Int!, $to: Int!) {
  chainEvolution(clusterId: $id, fromYear: $from, toYear: $to) {
    fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent
    segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }
  }
}`;

const COMPARISON = `query($chain: ID!) {
  chainComparison(chainId: $chain) {
    chainId chainName year years segments { segmentId name stage order }
    clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }
    peerSegments { segmentId segmentName strongClusters { clusterId clusterName } lackingClusters { clusterId clusterName status } }
  }
}`;

const SUBSTITUTES = `query($id: ID!, $segment: ID!) {
  localSubstitutes(clusterId: $id, segmentId: $segment, first: 20) {
    enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel
  }
}`;

const ATTRACT = `query($id: ID!, $attract: [String!]!) {
  whatIfAttract(clusterId: $id, attract: $attract) {
    year completenessBefore completenessAfter
    segments { segmentId name statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }
    indicatorChanges { key label change }
  }
}`;

const DASHBOARD = `query {
  targetDashboard {
    year years baselineYear targetYear
    indicators { key label labelEn unit unitEn targetKind policyTarget description descriptionEn baselineYear targetYear baseline value target progress met trend { year value } }
  }
}`;

export interface QueryCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  service: () => Promise<unknown>;
}

/**
 * The acting user passed to services that take one: the app's SYSTEM actor (an administrator,
 * as the GraphQL requests are made by a signed-in administrator); services that take none ignore it.
 */
let benchActor: unknown = Object.freeze({ id: 'system', role: 'admin', name: 'system' });
async function loadActor(): Promise<void> {
  const policyPath = '../server/auth/policy.js';
  const policy = (await import(policyPath).catch(() => null)) as { SYSTEM?: unknown } | null;
  if (policy?.SYSTEM) benchActor = policy.SYSTEM;
}

/** Calls a service method with the bench actor appended (signatures differ between services). */
function call(target: object, method: string, ...args: unknown[]): Promise<unknown> {
  const fn = (target as Record<string, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`the service has no method ${method}`);
  return (fn as (...a: unknown[]) => Promise<unknown>).apply(target, [...args, benchActor]);
}

export function queryCases(app: Awaited<ReturnType<typeof createApp>>, s: Subjects): QueryCase[] {
  const { services } = app;
  return [
    {
      name: 'chainGapReport (largest cluster)',
      query: GAP_REPORT,
      variables: { id: s.clusterId },
      service: () => call(services.gaps, 'report', { clusterId: s.clusterId }),
    },
    ...[1, 2, 3].map((depth) => ({
      name: `supplyNeighborhood depth ${depth} (best connected firm)`,
      query: NEIGHBORHOOD,
      variables: { code: s.hubCode, depth },
      service: () => call(services.network, 'supplyNeighborhood', s.hubCode, depth, 'BOTH'),
    })),
    {
      name: `searchEnterprises "${s.searchText}" (first 20)`,
      query: SEARCH,
      variables: { q: s.searchText },
      service: () => call(services.enterprises, 'search', { query: s.searchText, first: 20 }),
    },
    {
      name: 'whatIf removing a 链主',
      query: WHAT_IF,
      variables: { id: s.clusterId, remove: [s.leaderCode] },
      service: () => call(services.gaps, 'whatIf', { clusterId: s.clusterId, remove: [s.leaderCode] }),
    },
    { name: 'targetDashboard', query: DASHBOARD, variables: {}, service: () => call(services.dashboard, 'targetDashboard', null) },
    ...chainCases(services as unknown as Record<string, object>, s),
  ];
}

/** chains/: evolution, comparison, substitutes and attract of the largest cluster (when the data set has what they need). */
function chainCases(services: Record<string, object>, s: Subjects): QueryCase[] {
  const chains = services.chains;
  if (!chains) return [];
  const cases: QueryCase[] = [];
  if (s.firstYear !== undefined && s.lastYear !== undefined) {
    const args = { clusterId: s.clusterId, fromYear: s.firstYear, toYear: s.lastYear };
    cases.push({
      name: `chainEvolution ${s.firstYear} → ${s.lastYear} (largest cluster)`,
      query: EVOLUTION,
      variables: { id: s.clusterId, from: s.firstYear, to: s.lastYear },
      service: () => call(chains, 'evolution', args),
    });
  }
  if (s.chainId)
    cases.push({
      name: "chainComparison (largest cluster's chain)",
      query: COMPARISON,
      variables: { chain: s.chainId },
      service: () => call(chains, 'comparison', { chainId: s.chainId }),
    });
  if (s.outsideCode && s.outsideSegmentId) {
    cases.push({
      name: 'localSubstitutes (largest outside supply segment, first 20)',
      query: SUBSTITUTES,
      variables: { id: s.clusterId, segment: s.outsideSegmentId },
      service: () => call(chains, 'substitutes', { clusterId: s.clusterId, segmentId: s.outsideSegmentId, first: 20 }),
    });
    cases.push({
      name: 'whatIfAttract (largest outside supplier)',
      query: ATTRACT,
      variables: { id: s.clusterId, attract: [s.outsideCode] },
      service: () => call(chains, 'attract', { clusterId: s.clusterId, attract: [s.outsideCode] }),
    });
  }
  return cases;
}

/** The administrator the benchmark creates in its own database (once per process). */
const benchAdmin = { username: 'bench-admin', password: `bench-${Math.random().toString(36).slice(2)}-${Date.now()}`, made: false };

export interface AppServer {
  url: string;
  app: Awaited<ReturnType<typeof createApp>>;
  /** the session cookie of a signed-in administrator (when the app has accounts) */
  headers: Record<string, string>;
}

/**
 * The real server: createApp + an HTTP server on a free port of 127.0.0.1. When the app has
 * accounts, an administrator is created (if there is none) and signed in over HTTP; its session
 * cookie goes with every benchmark request. The per-user request limit is raised so that the
 * benchmark's bursts are not refused (the limiter itself still runs).
 */
export async function withAppServer<T>(neo4j: BenchNeo4j, work: (ctx: AppServer) => Promise<T>): Promise<T> {
  await loadActor();
  const configModule = (await import('../server/config.js')) as unknown as Record<string, unknown>;
  const defaults = configModule.DEFAULT_SECURITY as { rateLimits?: Record<string, number> } | undefined;
  const appConfig = {
    production: false,
    ...(defaults
      ? { security: { ...defaults, rateLimits: { ...defaults.rateLimits, userPerMinute: 1_000_000, anonymousPerMinute: 1_000_000 } } }
      : {}),
  };
  const app = await createApp(appConfig as Parameters<typeof createApp>[0], neo4j.db, neo4j.cypher);
  const server = await listen(app.express);
  const url = `${server.url}/graphql`;
  const headers: Record<string, string> = {};
  try {
    const auth = (app.services as unknown as Record<string, unknown>).auth as
      { ensureAdmin?: (u: string, p: string) => Promise<unknown> } | undefined;
    if (auth?.ensureAdmin) {
      // a kept store (--store) already holds the administrator an earlier run made: its password is kept beside it
      const passwordFile = neo4j.dir ? path.join(neo4j.dir, 'bench-admin-password') : undefined;
      if (passwordFile && fs.existsSync(passwordFile)) {
        benchAdmin.password = fs.readFileSync(passwordFile, 'utf8').trim();
        benchAdmin.made = true;
      } else if (passwordFile && !benchAdmin.made) {
        // a store kept by a run before the password was kept: its account is the benchmark's own, made again
        await neo4j.db.write(adHoc('MATCH (u:User {username: $username}) DETACH DELETE u', 'bench/drop-admin'), {
          username: benchAdmin.username,
        });
        fs.writeFileSync(passwordFile, benchAdmin.password);
      }
      // a fresh database has no account: the first one is this administrator (kept for later parts)
      const created = (await auth.ensureAdmin.call(auth, benchAdmin.username, benchAdmin.password)) as { created?: boolean };
      if (!created.created && !benchAdmin.made)
        throw new Error('the benchmark database already has an administrator: the benchmark needs a database of its own');
      benchAdmin.made = true;
      const { setCookie } = await postGraphQL(
        url,
        `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id role } }`,
        { u: benchAdmin.username, p: benchAdmin.password },
      );
      headers.cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    }
    return await work({ url, app, headers });
  } finally {
    await server.close();
    await app.stop();
  }
}

export async function queryBenchmark(
  neo4j: BenchNeo4j,
  subjects: Subjects,
  runs: number,
  log: (line: string) => void,
): Promise<QueryResult[]> {
  const db = neo4j.db;
  return withAppServer(neo4j, async ({ url, app, headers }) => {
    const results: QueryResult[] = [];
    for (const c of queryCases(app, subjects)) {
      // the statements the service runs (and their parameters), for the bare replay
      const recorded: { statement: CypherStatement; params: Params }[] = [];
      // not the request's session statements (auth/*: its look-up, and the touch written once a
      // minute, which a read replay cannot run): a call at L takes seconds, so it meets a touch
      const stopRecording = db.onQuery((statement, params) => {
        if (!statement.name.startsWith('auth/')) recorded.push({ statement, params });
      });
      let responseBytes: number;
      let info: string | undefined;
      try {
        const { answer, bytes } = await postGraphQL(url, c.query, c.variables, 120_000, headers);
        responseBytes = bytes;
        info = describe(answer.data);
      } finally {
        stopRecording();
      }
      const replay = async () => {
        for (const r of recorded) await db.read(r.statement, r.params);
      };
      const samples = await interleaved(
        {
          graphql: () => postGraphQL(url, c.query, c.variables, 120_000, headers),
          service: c.service,
          cypher: replay,
        },
        runs,
        2,
      );
      const graphql = summarize(samples.graphql!);
      const service = summarize(samples.service!);
      const result: QueryResult = {
        name: c.name,
        statements: recorded.map((r) => r.statement.name),
        responseBytes,
        graphql,
        service,
        cypher: summarize(samples.cypher!),
        overhead: graphql.median / service.median,
        overheadP95: graphql.p95 / service.p95,
        info,
      };
      log(
        `  ${c.name}: graphql p50 ${graphql.median.toFixed(1)} / p95 ${graphql.p95.toFixed(1)} ms, service p50 ${service.median.toFixed(1)} ms, cypher p50 ${result.cypher.median.toFixed(1)} ms, overhead ${result.overhead.toFixed(2)}× (${info ?? ''})`,
      );
      results.push(result);
    }
    return results;
  });
}

/** A number (or whatever came instead) in a report line. */
const show = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

/** A short description of an answer (sizes), for the report. */
function describe(data: Record<string, unknown> | null | undefined): string | undefined {
  if (!data) return undefined;
  const [key, value] = Object.entries(data)[0] ?? [];
  const v = value as Record<string, unknown> | undefined;
  if (!v) return undefined;
  if (key === 'supplyNeighborhood')
    return `${(v.nodes as unknown[]).length} nodes, ${(v.edges as unknown[]).length} edges of ${show(v.totalNodes)} / ${show(v.totalEdges)}`;
  if (key === 'chainGapReport')
    return `${(v.segments as unknown[]).length} segments, ${(v.investmentTargets as unknown[]).length} targets, ${(v.singleSourceRisks as unknown[]).length} risks`;
  if (key === 'searchEnterprises') return `${show(v.totalCount)} matches`;
  if (key === 'whatIf') return `${show(v.cutOffCount)} cut off in ${(v.waves as unknown[]).length} waves`;
  if (key === 'targetDashboard') return `${(v.indicators as unknown[]).length} indicators`;
  if (key === 'chainEvolution') return `${show(v.gapsHealed)} healed, ${show(v.gapsNew)} new, ${show(v.gapsPersistent)} persistent`;
  if (key === 'chainComparison')
    return `${(v.clusters as unknown[]).length} clusters, ${(v.peerSegments as unknown[]).length} peer segments`;
  if (key === 'localSubstitutes') return `${(value as unknown[]).length} firms`;
  if (key === 'whatIfAttract') return `completeness ${show(v.completenessBefore)} → ${show(v.completenessAfter)}`;
  return undefined;
}
