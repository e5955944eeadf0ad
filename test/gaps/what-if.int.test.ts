import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '#shared/creditCode.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { createTestApi, type TestApi } from '../helpers/graphql.js';

/*
 * Cluster W: members A B C D E F G H (local). X, Z outside suppliers; L a local non-member;
 * Y a local buyer outside the cluster. Codes are `${P}-<name>`.
 * SUPPLIES in 2023 (segment):
 *   X→A P1            A's only P1 supplier
 *   A→B P2            B's only P2 supplier;   A→Y P2 (Y is not in W: never reported)
 *   B→C P3, D→C P3    C has two P3 suppliers
 *   C→D P5            D's only P5 supplier (C↔D is a cycle)
 *   B→E P3            E's only P3 supplier;   Y→E P4 (Y is never cut off, so E keeps P4)
 *   X→F R             F's only R supplier
 *   F→G Q, G→F Q      G's only Q supplier is F, F's only Q supplier is G (a cycle)
 *   X→H P1, L→H P1    H has two P1 suppliers
 * SUPPLIES in 2022: X→A P1, Z→A P1 (two suppliers that year).
 * Revenue 2023: A 100, B 200, C 400, D 800, E 50, F 30, G 20, H 1000.
 */
const P = `t-gaps-whatif-${Date.now()}`;
const c = (name: string) => `${P}-${name}`;
let api: TestApi;
const db = testDatabase();

const WHAT_IF = `query($clusterId: ID!, $remove: [String!]!, $year: Int) {
  whatIf(clusterId: $clusterId, remove: $remove, year: $year) {
    clusterId year figuresYear removed cutOffCount affectedRevenue truncated
    waves { depth revenue firms { creditCode name local chainLeader } }
  }
}`;

async function whatIf(remove: string[], year?: number) {
  const { data, errors } = await api.gql(WHAT_IF, { clusterId: c('W'), remove: remove.map(c), year });
  expect(errors).toBeUndefined();
  const result = data!.whatIf;
  const waves = (result.waves as { depth: number; firms: { creditCode: string }[] }[]).map((w) =>
    w.firms.map((f) => f.creditCode.slice(P.length + 1)),
  );
  return { result, waves };
}

beforeAll(async () => {
  api = await createTestApi();
  await runCypher(
    db,
    `
    CREATE (w:Cluster {id: $p + '-W', name: '东阿钢球', county: '东阿县', level: 'CITY'})
    WITH w
    UNWIND ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] AS name
    CREATE (:Enterprise {creditCode: $p + '-' + name, name: '成员' + name, local: true, chainLeader: name = 'D'})-[:IN_CLUSTER]->(w)
  `,
    { p: P },
  );
  await runCypher(
    db,
    `
    UNWIND [['X', false], ['Z', false], ['L', true], ['Y', true]] AS f
    CREATE (:Enterprise {creditCode: $p + '-' + f[0], name: '外部' + f[0], local: f[1], chainLeader: false})
  `,
    { p: P },
  );
  const revenue: [string, number, number][] = [
    ['A', 2023, 100],
    ['B', 2023, 200],
    ['C', 2023, 400],
    ['D', 2023, 800],
    ['E', 2023, 50],
    ['F', 2023, 30],
    ['G', 2023, 20],
    ['H', 2023, 1000],
    ['A', 2022, 90],
  ];
  await runCypher(
    db,
    `
    UNWIND $revenue AS r
    MATCH (e:Enterprise {creditCode: $p + '-' + r[0]})
    CREATE (e)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: e.creditCode, year: r[1], revenue: r[2], srdiLevel: 'NONE'})
  `,
    { p: P, revenue },
  );
  const links: [string, string, string, number][] = [
    ['X', 'A', 'P1', 2023],
    ['A', 'B', 'P2', 2023],
    ['A', 'Y', 'P2', 2023],
    ['B', 'C', 'P3', 2023],
    ['D', 'C', 'P3', 2023],
    ['C', 'D', 'P5', 2023],
    ['B', 'E', 'P3', 2023],
    ['Y', 'E', 'P4', 2023],
    ['X', 'F', 'R', 2023],
    ['F', 'G', 'Q', 2023],
    ['G', 'F', 'Q', 2023],
    ['X', 'H', 'P1', 2023],
    ['L', 'H', 'P1', 2023],
    ['X', 'A', 'P1', 2022],
    ['Z', 'A', 'P1', 2022],
  ];
  await runCypher(
    db,
    `
    UNWIND $links AS l
    MATCH (s:Enterprise {creditCode: $p + '-' + l[0]}), (b:Enterprise {creditCode: $p + '-' + l[1]})
    CREATE (s)-[:SUPPLIES {segmentId: $p + '-' + l[2], year: l[3], annualValue: 10}]->(b)
  `,
    { p: P, links },
  );
});

afterAll(async () => {
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p OR n.creditCode STARTS WITH $p DETACH DELETE n', { p: P });
  await api.close();
  await db.close();
});

describe('whatIf', () => {
  it('follows cut-offs wave by wave through a supply cycle and sums the revenue', async () => {
    const { result, waves } = await whatIf(['X']);
    // wave 1: A (P1 only from X), F (R only from X); H keeps L for P1.
    // wave 2: B (P2 only from A), G (Q only from F); Y is outside the cluster.
    // wave 3: E (P3 only from B); C still has D for P3; F (Q from G) is already gone, so the F↔G cycle ends.
    expect(waves).toEqual([['A', 'F'], ['B', 'G'], ['E']]);
    expect(result.waves.map((w: { depth: number; revenue: number }) => [w.depth, w.revenue])).toEqual([
      [1, 130],
      [2, 220],
      [3, 50],
    ]);
    // 100+30 + 200+20 + 50 = 400
    expect(result).toMatchObject({
      clusterId: c('W'),
      year: 2023,
      figuresYear: 2023,
      removed: [c('X')],
      cutOffCount: 5,
      affectedRevenue: 400,
      truncated: false,
    });
    expect(result.waves[0].firms[0]).toEqual({ creditCode: c('A'), name: '成员A', local: true, chainLeader: false });
  });

  it('cuts a firm off once all suppliers of a segment are gone, removed or cut off', async () => {
    // Removing D too: C's P3 suppliers are B (cut off in wave 2) and D (removed) → C in wave 3.
    // C supplies only D, which is removed (not reported again).
    const { result, waves } = await whatIf(['X', 'D']);
    expect(waves).toEqual([
      ['A', 'F'],
      ['B', 'G'],
      ['C', 'E'],
    ]);
    // 130 + 220 + (400+50) = 800
    expect(result.affectedRevenue).toBe(800);
  });

  it('terminates on a two-firm cycle', async () => {
    // C→D is D's only P5 supply: D in wave 1; D→C is not C's only P3 supply (B remains) and C is gone anyway.
    const { result, waves } = await whatIf(['C']);
    expect(waves).toEqual([['D']]);
    expect(result.affectedRevenue).toBe(800);
    expect(result.waves[0].firms[0].chainLeader).toBe(true);
  });

  it('uses the given year', async () => {
    // In 2022 A also had Z for P1, and no other links existed: nothing is cut off.
    const { result, waves } = await whatIf(['X'], 2022);
    expect(waves).toEqual([]);
    expect(result).toMatchObject({ year: 2022, figuresYear: 2022, cutOffCount: 0, affectedRevenue: 0 });
    // Duplicates are dropped. Y, a firm outside the cluster, is E's only P4 supplier: E is cut off
    // in wave 1 although its P3 supplier B remains ("for some segment"); E supplies nobody.
    const outside = await whatIf(['Y', 'Y']);
    expect(outside.result.removed).toEqual([c('Y')]);
    expect(outside.waves).toEqual([['E']]);
    expect(outside.result.affectedRevenue).toBe(50);
  });

  it('stops at the wave limit on a very long chain and says so', async () => {
    // A chain C0 → C1 → ... → C101 of cluster T, each firm the only supplier of the next: removing
    // C0 would cut off one firm per wave for 101 waves; the limit (WHAT_IF_MAX_WAVES = 100) stops it.
    await runCypher(
      db,
      `
      CREATE (t:Cluster {id: $p + '-T', name: '长链', county: '莘县', level: 'CITY'})
      WITH t
      UNWIND range(0, 101) AS i
      CREATE (:Enterprise {creditCode: $p + '-C' + i, name: '链' + i, local: true, chainLeader: false})-[:IN_CLUSTER]->(t)
      WITH count(*) AS created
      UNWIND range(0, 100) AS i
      MATCH (s:Enterprise {creditCode: $p + '-C' + i}), (b:Enterprise {creditCode: $p + '-C' + (i + 1)})
      CREATE (s)-[:SUPPLIES {segmentId: $p + '-L', year: 2023, annualValue: 1}]->(b)
    `,
      { p: P },
    );
    const { data, errors } = await api.gql(
      `query($c: ID!, $r: [String!]!) { whatIf(clusterId: $c, remove: $r) { cutOffCount truncated waves { depth firms { creditCode } } } }`,
      { c: c('T'), r: [c('C0')] },
    );
    expect(errors).toBeUndefined();
    expect(data!.whatIf.truncated).toBe(true);
    expect(data!.whatIf.cutOffCount).toBe(100);
    expect(data!.whatIf.waves.at(-1)).toEqual({ depth: 100, firms: [{ creditCode: c('C100') }] });
  });

  it('accepts a real credit code in lower case', async () => {
    // A well-formed code (its GB 32100 check character computed), unique to this run; asked in lower case.
    const body = `91371500MA${String(Date.now()).slice(-7)}`;
    const code = body + creditCodeCheckCharacter(body);
    await runCypher(
      db,
      `MATCH (a:Enterprise {creditCode: $p + '-A'})
      CREATE (:Enterprise {creditCode: $code, name: '大写代码', local: false, chainLeader: false, probe: $p})-[:SUPPLIES {segmentId: $p + '-P9', year: 2023, annualValue: 1}]->(a)`,
      { p: P, code },
    );
    try {
      const { data, errors } = await api.gql(WHAT_IF, { clusterId: c('W'), remove: [` ${code.toLowerCase()} `] });
      expect(errors).toBeUndefined();
      // A's only P9 supplier is gone: A in wave 1, then B (P2 only from A), then E (P3 only from B).
      expect(data!.whatIf.removed).toEqual([code]);
      expect(data!.whatIf.waves.map((w: { firms: { creditCode: string }[] }) => w.firms.map((f) => f.creditCode))).toEqual([
        [c('A')],
        [c('B')],
        [c('E')],
      ]);
    } finally {
      await runCypher(db, 'MATCH (e:Enterprise {probe: $p}) DETACH DELETE e', { p: P });
    }
  });

  it('rejects unknown credit codes, too many codes, a bad year and an unknown cluster', async () => {
    const unknown = await api.gql(WHAT_IF, { clusterId: c('W'), remove: [c('X'), c('nope1'), c('nope2')] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(unknown.errors?.[0]?.extensions?.unknown).toEqual([c('nope1'), c('nope2')]);
    expect(unknown.errors?.[0]?.message).toContain(c('nope1'));
    const many = Array.from({ length: 201 }, (_, i) => c(`X${i}`));
    const tooMany = await api.gql(WHAT_IF, { clusterId: c('W'), remove: many });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    const year = await api.gql(WHAT_IF, { clusterId: c('W'), remove: [c('X')], year: 1800 });
    expect(year.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    const cluster = await api.gql(WHAT_IF, { clusterId: c('nope'), remove: [c('X')] });
    expect(cluster.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
