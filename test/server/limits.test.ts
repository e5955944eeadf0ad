import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/graphql/context.js';
import { buildSchema, formatError, guardPlugin, rootFields } from '../../server/graphql/index.js';
import { MAX_COST, MAX_DEPTH, measureOperation } from '../../server/graphql/limits.js';

/**
 * The operation limits: depth and estimated cost (lists × `first`), measured before anything
 * runs; and every query the web app sends stays well within them.
 */
const schema = buildSchema();
const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode, variables);
};

describe('measuring an operation', () => {
  it('multiplies list fields by first, by known bounds, or by the default', () => {
    expect(measure('{ about { version } }')).toEqual({ depth: 2, cost: 2 });
    expect(measure('{ searchEnterprises(query: "x", first: 100) { edges { node { name } } } }').cost).toBe(1 + (1 + 100 * (1 + 1)));
    expect(measure('query($n: Int) { searchEnterprises(query: "x", first: $n) { edges { node { name } } } }', { n: 10 }).cost).toBe(1 + (1 + 10 * 2));
    expect(measure('{ supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { nodes { id label } } }').cost).toBe(1 + (1 + 500 * 2));
    expect(measure('{ clusters { id } }').cost).toBe(1 + 50);
  });

  it('counts every alias and every fragment use', () => {
    const one = measure('{ supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { nodes { id } } }').cost;
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { nodes { id } }`).join(' ');
    expect(measure(`{ ${aliases} }`).cost).toBe(30 * one);
    expect(measure('fragment F on GraphView { nodes { id } } { a: supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { ...F } b: supplyPath(from: "x", to: "y") { ...F } }').cost).toBe(2 * one);
    expect(measure('{ a: supplyNeighborhood(creditCode: "x", depth: 1, direction: BOTH) { ... on GraphView { nodes { id } } } }').cost).toBe(one);
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
    resolvers: { Query: { node: () => node }, Node: { next: () => node, list: (_: unknown, { first }: { first: number }) => Array(first).fill(node) } },
  });
  const server = new ApolloServer<RequestContext>({ schema: cyclic, plugins: [guardPlugin({ maxDepth: 4, maxCost: 1000 })], formatError: (formatted, error) => formatError(formatted, error, () => {}) });
  const run = async (query: string) => {
    await server.start().catch(() => {});
    const response = await server.executeOperation({ query }, { contextValue: { user: { id: 'u', role: 'viewer', name: 'u' } } as RequestContext });
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

describe("the web app's own queries", () => {
  /** Every static GraphQL document in web/src (template literals starting with query, mutation or {). */
  function webDocuments(): { file: string; text: string }[] {
    const found: { file: string; text: string }[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('schema-types.ts')) {
          for (const match of fs.readFileSync(full, 'utf8').matchAll(/`([^`]*)`/g)) {
            const text = match[1]!.trim();
            if (!text.includes('${') && /^(query|mutation)\b[^{]*\{|^\{\s*\w+/.test(text)) {
              try {
                parse(text);
                found.push({ file: path.relative('.', full), text });
              } catch {
                /* not GraphQL */
              }
            }
          }
        }
      }
    };
    walk(path.resolve('web/src'));
    return found;
  }

  it('stay within half the cost budget and the depth limit', () => {
    const documents = webDocuments();
    expect(documents.length).toBeGreaterThanOrEqual(10);
    for (const { file, text } of documents) {
      const document = parse(text);
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const { depth, cost } = measureOperation(schema, document, operation, {});
        expect(depth, `${file}: ${text.slice(0, 80)}`).toBeLessThanOrEqual(MAX_DEPTH);
        expect(cost, `${file}: ${text.slice(0, 80)}`).toBeLessThanOrEqual(MAX_COST / 2);
      }
    }
  });
});
