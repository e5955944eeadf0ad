import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/graphql/context.js';
import { buildSchema, formatError, guardPlugin, rootFields } from '../../server/graphql/index.js';
import { ANALYSIS_COST, FIELD_COSTS, MAX_COST, MAX_DEPTH, MUTATION_COST, measureOperation } from '../../server/graphql/limits.js';
import { WHAT_IF_MAX_REMOVED } from '#shared/limits.js';

/**
 * The operation limits: depth and estimated cost (lists × `first`), measured before anything
 * runs; and every query the web app sends stays well within them.
 */
const schema = buildSchema();
const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(
    schema,
    document,
    document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode,
    variables,
  );
};

describe('measuring an operation', () => {
  it('multiplies list fields by first, by known bounds, or by the default', () => {
    expect(measure('{ about { version } }')).toEqual({ depth: 2, cost: 2 });
    const search = FIELD_COSTS['Query.searchEnterprises']!;
    expect(measure('{ searchEnterprises(query: "x", first: 100) { edges { node { name } } } }').cost).toBe(
      1 + search + (1 + 100 * (1 + 1)),
    );
    expect(measure('query($n: Int) { searchEnterprises(query: "x", first: $n) { edges { node { name } } } }', { n: 10 }).cost).toBe(
      1 + search + (1 + 10 * 2),
    );
    expect(measure('{ supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { nodes { id label } } }').cost).toBe(
      1 + FIELD_COSTS['Query.supplyNeighborhood']! + (1 + 500 * 2),
    );
    expect(measure('{ clusters { id } }').cost).toBe(1 + FIELD_COSTS['Query.clusters']! + 50);
  });

  it('counts every alias and every fragment use', () => {
    const one = measure('{ supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { nodes { id } } }').cost;
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { nodes { id } }`,
    ).join(' ');
    expect(measure(`{ ${aliases} }`).cost).toBe(30 * one);
    expect(
      measure(
        'fragment F on GraphView { nodes { id } } { a: supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { ...F } b: supplyPath(from: "x", to: "y") { ...F } }',
      ).cost,
    ).toBe(2 * one);
    expect(
      measure('{ a: supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { ... on GraphView { nodes { id } } } }').cost,
    ).toBe(one);
  });

  it('finds the root fields of an operation through fragments', () => {
    const document = parse('fragment Q on Query { clusters { id } } query { about { version } ...Q ... on Query { me { id } } }');
    expect(rootFields(document, document.definitions[1] as OperationDefinitionNode).sort()).toEqual(['about', 'clusters', 'me']);
  });
});

describe('the guard refuses what is over the limits', () => {
  // A schema with a cycle, so that depth can grow (the real schema has none deeper than 5).
  const node = { id: '1' };
  const cyclic = makeExecutableSchema({
    typeDefs: 'type Query { node: Node } type Node { id: ID, next: Node, list(first: Int): [Node] }',
    resolvers: {
      Query: { node: () => node },
      Node: { next: () => node, list: (_: unknown, { first }: { first: number }) => Array(first).fill(node) },
    },
  });
  const server = new ApolloServer<RequestContext>({
    schema: cyclic,
    plugins: [guardPlugin({ maxDepth: 4, maxCost: 1000 })],
    formatError: (formatted, error) => formatError(formatted, error, () => {}),
  });
  const run = async (query: string) => {
    await server.start().catch(() => {});
    const response = await server.executeOperation(
      { query },
      { contextValue: { user: { id: 'u', role: 'viewer', name: 'u' } } as RequestContext },
    );
    return response.body.kind === 'single' ? response.body.singleResult : null;
  };

  it('answers LIMIT_EXCEEDED past the depth, and runs what is within it', async () => {
    expect((await run('{ node { next { next { id } } } }'))!.errors).toBeUndefined();
    const deep = await run('{ node { next { next { next { next { id } } } } } }');
    expect(deep!.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(deep!.errors?.[0]?.message).toMatch(/nested 6 levels deep; at most 4/);
  });

  it('answers LIMIT_EXCEEDED past the cost', async () => {
    expect((await run('{ node { list(first: 10) { list(first: 10) { id } } } }'))!.errors).toBeUndefined();
    const wide = await run('{ node { list(first: 100) { list(first: 100) { id } } } }');
    expect(wide!.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(wide!.errors?.[0]?.message).toMatch(/may cost \d+; at most 1000/);
  });
});

describe('fields that run database work cost what they do', () => {
  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it('refuses alias floods of analyses, whatever little they select (they once cost 2 each)', () => {
    // 200 of these once cost ~400 and held 200 database sessions at once
    expect(measure(aliases(200, 'collaborationNetwork { totalNodes }')).cost).toBeGreaterThan(MAX_COST);
    expect(measure(aliases(300, 'targetDashboard { year }')).cost).toBeGreaterThan(MAX_COST);
    expect(measure(aliases(300, 'overview { clusters }')).cost).toBeGreaterThan(MAX_COST);
    expect(measure(aliases(60, 'supplyPath(from: "x", to: "y") { totalNodes }')).cost).toBeGreaterThan(MAX_COST);
    expect(measure(aliases(30, 'chainGapReport(clusterId: "k") { completeness }')).cost).toBeGreaterThan(MAX_COST);
  });

  it('prices an analysis root at ANALYSIS_COST whatever its selection, and a mutation at MUTATION_COST', () => {
    expect(measure('{ collaborationNetwork { totalNodes } }').cost).toBe(1 + ANALYSIS_COST + 1);
    expect(measure('{ targetDashboard { year } }').cost).toBe(1 + FIELD_COSTS['Query.targetDashboard']! + 1);
    expect(measure('mutation { deleteTargetList(id: "x") }').cost).toBe(1 + MUTATION_COST);
    // fields loaded per object cost more than a plain property
    expect(measure('{ enterprise(creditCode: "x") { years { year } } }').cost).toBeGreaterThan(
      measure('{ enterprise(creditCode: "x") { name } }').cost + 25,
    );
  });
});

describe("the web app's own queries", () => {
  /**
   * Every GraphQL document in web/src: string constants ('…' or `…`) that parse as an operation,
   * with `${NAME}` parts replaced by the constants of that name (the shared field lists).
   */
  function webDocuments(): { file: string; text: string }[] {
    const constants = new Map<string, string>();
    const candidates: { file: string; text: string }[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name)) {
          const source = fs.readFileSync(full, 'utf8');
          for (const match of source.matchAll(/const ([A-Z][A-Z0-9_]*) = (?:\/\* GraphQL \*\/ )?(`[^`]*`|'[^'\n]*')/g))
            constants.set(match[1]!, match[2]!.slice(1, -1));
          for (const match of source.matchAll(/`([^`]*)`|'([^'\n]*)'/g))
            candidates.push({ file: path.relative('.', full), text: (match[1] ?? match[2]!).trim() });
        }
      }
    };
    walk(path.resolve('web/src'));
    const expand = (text: string, depth = 0): string =>
      depth > 5 ? text : text.replace(/\$\{([A-Z][A-Z0-9_]*)\}/g, (_, name: string) => expand(constants.get(name) ?? '', depth + 1));
    const found: { file: string; text: string }[] = [];
    for (const { file, text } of candidates) {
      const expanded = expand(text);
      if (expanded.includes('${') || !/^(query|mutation)\b[^{]*\{|^\{\s*\w+/.test(expanded)) continue;
      try {
        parse(expanded);
        found.push({ file, text: expanded });
      } catch {
        /* not GraphQL */
      }
    }
    return found;
  }

  it('stay within half the cost budget and the depth limit', () => {
    const documents = webDocuments();
    const names = new Set(documents.map((d) => /^(?:query|mutation)\s+(\w+)/.exec(d.text)?.[1]).filter(Boolean));
    // the main ones of every view, including those built from shared field lists
    for (const name of [
      'TargetDashboard',
      'CollaborationNetwork',
      'WhatIf',
      'ChainRisks',
      'SupplyNeighborhood',
      'ClusterTargets',
      'SetTargetStatus',
      'CreateTargetList',
      'Panorama',
    ])
      expect(names, name).toContain(name);
    expect(documents.length).toBeGreaterThanOrEqual(30);
    for (const { file, text } of documents) {
      const document = parse(text);
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const { depth, cost } = measureOperation(schema, document, operation, {});
        expect(depth, `${file}: ${text.slice(0, 80)}`).toBeLessThanOrEqual(MAX_DEPTH);
        expect(cost, `${file}: ${text.slice(0, 80)}`).toBeLessThanOrEqual(MAX_COST / 2);
      }
    }
  });

  it('the names of the firms of a what-if link (built per firm, up to WHAT_IF_MAX_REMOVED) stay within the budget', () => {
    const codes = Array.from({ length: WHAT_IF_MAX_REMOVED }, (_, i) => `c${i}`);
    // as ChainMapView.tsx fetchFirms builds it
    const query = `query WhatIfFirms(${codes.map((_, i) => `$c${i}: String!`).join(', ')}) {\n${codes.map((_, i) => `f${i}: enterprise(creditCode: $c${i}) { creditCode name local chainLeader county city province }`).join('\n')}\n}`;
    expect(measure(query).cost).toBeLessThanOrEqual(MAX_COST / 2);
  });
});
