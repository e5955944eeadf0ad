import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import type { BenchNeo4j } from './lib/neo4j.js';
import { listen, postGraphQL } from './lib/http.js';
import { interleaved, summarize, type Summary } from './lib/stats.js';
import { withAppServer, type Subjects } from './queries.js';
import { createRequire } from 'node:module';

// the package exports no package.json: read it beside its main file
const PEER_VERSION = `@neo4j/graphql ${(JSON.parse(fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('@neo4j/graphql')), '..', 'package.json'), 'utf8')) as { version: string }).version}`;

/**
 * The peer a Neo4j user would pick: the Neo4j GraphQL Library (@neo4j/graphql 7) serving
 * Enterprise with @relationship SUPPLIES (and @fulltext on the same full-text index), over the
 * same database, behind the same Express 5 + Apollo Server 5 stack, side by side with ChainAtlas.
 * ratio = peer ÷ ChainAtlas (medians; > 1: ChainAtlas is faster).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Enterprise
    @node
    @fulltext(indexes: [{ indexName: "enterprise_search", queryName: "enterprisesFulltext", fields: ["name", "products"] }]) {
    creditCode: String!
    name: String!
    local: Boolean
    county: String
    city: String
    province: String
    founded: Int
    chainLeader: Boolean
    products: String
    suppliers: [Enterprise!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Supplies")
    customers: [Enterprise!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "Supplies")
  }
  type Supplies @relationshipProperties {
    segmentId: String!
    year: Int
    annualValue: Float
    product: String
  }
`;

export interface PeerCase {
  name: string;
  chainAtlas: Summary;
  peer: Summary | null;
  /** peer ÷ ChainAtlas, medians */
  ratio: number | null;
  chainAtlasAnswer: string;
  peerAnswer: string;
  peerError?: string;
}

export interface PeerResult {
  library: string;
  cases: PeerCase[];
  notes: string[];
}

const FIELDS = 'creditCode name local';
const EDGE = 'properties { segmentId year annualValue product }';

/** Nested suppliers (upstream) and customers (downstream) to `depth` hops: the library's natural neighbourhood. */
export function peerNeighborhood(depth: number): string {
  const walk = (field: 'suppliersConnection' | 'customersConnection', d: number): string =>
    d === 0 ? '' : `${field} { edges { ${EDGE} node { ${FIELDS} ${walk(field, d - 1)} } } }`;
  return `query($code: String!) { enterprises(where: { creditCode: { eq: $code } }) { ${FIELDS} ${walk('suppliersConnection', depth)} ${walk('customersConnection', depth)} } }`;
}

const CA_NEIGHBORHOOD = `query($code: String!, $depth: Int!) {
  supplyNeighborhood(creditCode: $code, depth: $depth, direction: BOTH) {
    totalNodes totalEdges truncated
    nodes { id label local creditCode depth }
    edges { id source target value product segmentId year }
  }
}`;

const CA_SEARCH = `query($q: String!) {
  searchEnterprises(query: $q, first: 20) {
    totalCount
    edges { score node { creditCode name local county city province founded chainLeader products } }
  }
}`;

/** Counts what a nested answer holds: rows at each depth (firms repeat: the library does not dedupe). */
function countNested(data: unknown): { firms: number; distinct: number } {
  const seen = new Set<string>();
  let firms = 0;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.creditCode === 'string') {
        firms++;
        seen.add(o.creditCode);
      }
      Object.values(o).forEach(visit);
    }
  };
  visit(data);
  return { firms, distinct: seen.size };
}

export async function peerBenchmark(db: BenchNeo4j, subjects: Subjects, runs: number, log: (line: string) => void): Promise<PeerResult> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { logging: { level: 'error', logger: () => {} } });
  const lib = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await lib.getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = await listen(app);
  const peerUrl = `${server.url}/graphql`;
  // the fulltext query's shape differs between minor versions: look it up
  const fulltextField = schema.getQueryType()?.getFields().enterprisesFulltext;
  const fulltextArgs = fulltextField?.args.map((a) => a.name) ?? [];
  const peerSearch = fulltextArgs.includes('limit')
    ? `query($phrase: String!) { enterprisesFulltext(phrase: $phrase, limit: 20) { score enterprise { creditCode name local county city province founded chainLeader products } } }`
    : `query($phrase: String!) { enterprisesFulltext(phrase: $phrase, first: 20) { totalCount edges { score node { creditCode name local county city province founded chainLeader products } } } }`;
  const notes = [
    `${PEER_VERSION} with the type definitions in bench/peer.ts (Enterprise @node, suppliers/customers @relationship SUPPLIES, @fulltext on enterprise_search), served by Express 5 + Apollo Server 5 like ChainAtlas; fulltext query arguments: ${fulltextArgs.join(', ')}`,
    'Neighbourhood: the library nests suppliersConnection / customersConnection to the depth (upstream and downstream, like direction BOTH); it neither deduplicates firms nor caps the view at 500 nodes, so its answers grow with the depth.',
  ];
  try {
    return await withAppServer(db, async ({ url, headers }) => {
      const cases: PeerCase[] = [];
      const compare = async (
        name: string,
        ca: { query: string; variables: Record<string, unknown>; describe: (d: unknown) => string },
        peer: { query: string; variables: Record<string, unknown>; describe: (d: unknown) => string },
      ) => {
        const caFirst = await postGraphQL(url, ca.query, ca.variables, 120_000, headers);
        let peerAnswer = '';
        let peerError: string | undefined;
        try {
          const first = await postGraphQL(peerUrl, peer.query, peer.variables, 120_000);
          peerAnswer = `${peer.describe(first.answer.data)}, ${(first.bytes / 1024).toFixed(0)} KiB`;
        } catch (error) {
          peerError = (error as Error).message.slice(0, 300);
        }
        let peerSummary: Summary | null = null;
        let caSummary: Summary;
        if (peerError === undefined) {
          const samples = await interleaved(
            {
              chainAtlas: () => postGraphQL(url, ca.query, ca.variables, 120_000, headers),
              peer: () => postGraphQL(peerUrl, peer.query, peer.variables, 120_000),
            },
            runs,
            1,
          );
          caSummary = summarize(samples.chainAtlas!);
          peerSummary = summarize(samples.peer!);
        } else {
          caSummary = summarize(
            (await interleaved({ chainAtlas: () => postGraphQL(url, ca.query, ca.variables, 120_000, headers) }, runs, 1)).chainAtlas!,
          );
        }
        const c: PeerCase = {
          name,
          chainAtlas: caSummary,
          peer: peerSummary,
          ratio: peerSummary ? peerSummary.median / caSummary.median : null,
          chainAtlasAnswer: `${ca.describe(caFirst.answer.data)}, ${(caFirst.bytes / 1024).toFixed(0)} KiB`,
          peerAnswer,
          ...(peerError ? { peerError } : {}),
        };
        log(
          `  ${name}: ChainAtlas p50 ${caSummary.median.toFixed(1)} ms, @neo4j/graphql p50 ${peerSummary ? peerSummary.median.toFixed(1) + ' ms' : `failed (${peerError})`} → ratio ${c.ratio?.toFixed(2) ?? '—'} (${c.chainAtlasAnswer} | ${c.peerAnswer})`,
        );
        cases.push(c);
      };
      for (const depth of [1, 2, 3]) {
        await compare(
          `supplyNeighborhood depth ${depth} (best connected firm)`,
          {
            query: CA_NEIGHBORHOOD,
            variables: { code: subjects.hubCode, depth },
            describe: (d) => {
              const v = (d as { supplyNeighborhood: { nodes: unknown[]; edges: unknown[]; totalNodes: number } }).supplyNeighborhood;
              return `${v.nodes.length} nodes, ${v.edges.length} edges (of ${v.totalNodes} firms)`;
            },
          },
          {
            query: peerNeighborhood(depth),
            variables: { code: subjects.hubCode },
            describe: (d) => {
              const n = countNested(d);
              return `${n.firms} firm rows (${n.distinct} distinct)`;
            },
          },
        );
      }
      await compare(
        `searchEnterprises "${subjects.searchText}" (first 20)`,
        {
          query: CA_SEARCH,
          variables: { q: subjects.searchText },
          describe: (d) => `${(d as { searchEnterprises: { totalCount: number } }).searchEnterprises.totalCount} matches, 20 shown`,
        },
        { query: peerSearch, variables: { phrase: `"${subjects.searchText}"` }, describe: (d) => `${countNested(d).firms} shown` },
      );
      return { library: PEER_VERSION, cases, notes };
    });
  } finally {
    await server.close();
    await apollo.stop();
    await driver.close();
  }
}
