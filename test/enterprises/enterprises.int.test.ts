import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCypher, testDatabase } from '../helpers/db.js';
import { codeMaker, countingApi, NO_OPTIONAL_FIGURES, randomCodeBody, randomHan, removeFirms, type CountingApi } from './fixture.js';

// A small graph of this file's own: ids start with P, credit codes with CODE, names with TAG.
const P = `t-ent-${Date.now()}`;
const CODE = randomCodeBody(8);
const TAG = randomHan(3);
const code = codeMaker(CODE);
const db = testDatabase();
let api: CountingApi;

// Firms 1-6 by hand; 101-160 are bulk members of cluster B for the page-size and query-count tests.
const A = code(1); // 临清 bearing maker, member of cluster A, segments S1 (order 1) and S2 (order 2)
const B = code(2); // steel-ball maker, supplies A
const C = code(3); // a trader whose products mention A's credit code (for the ranking test)
const D = code(4); // outside firm
const E = code(5);
const F = code(6);

beforeAll(async () => {
  api = await countingApi(db);
  await runCypher(
    db,
    `
    CREATE (chain:Chain {id: $p + '-CH', name: '轴承'})
    CREATE (s1:Segment {id: $p + '-S1', chainId: $p + '-CH', name: '钢材', stage: 'UPSTREAM', order: 1})
    CREATE (s2:Segment {id: $p + '-S2', chainId: $p + '-CH', name: '轴承装配', stage: 'MIDSTREAM', order: 2})
    CREATE (ka:Cluster {id: $p + '-KA', name: '临清轴承', county: '临清市', level: 'PROVINCIAL'})
    CREATE (kb:Cluster {id: $p + '-KB', name: '东阿钢球', county: '东阿县', level: 'CITY'})
    CREATE (a:Enterprise {creditCode: $a, name: $tag + '精密轴承有限公司', local: true, county: '临清市', city: '聊城市', province: '山东省', founded: 2003, chainLeader: true, products: '深沟球轴承；圆锥滚子轴承'})
    CREATE (b:Enterprise {creditCode: $b, name: $tag + '钢球制造有限公司', local: true, county: '东阿县', chainLeader: false, products: '轴承钢球'})
    CREATE (c:Enterprise {creditCode: $c, name: $tag + '机电贸易有限公司', local: true, county: '临清市', chainLeader: false, products: '代理 ' + $a + ' 轴承'})
    CREATE (d:Enterprise {creditCode: $d, name: $tag + '特钢集团', local: false, city: '无锡', province: '江苏省', chainLeader: false})
    CREATE (e:Enterprise {creditCode: $e, name: $tag + '润滑科技', local: true, county: '冠县', chainLeader: false})
    CREATE (f:Enterprise {creditCode: $f, name: $tag + '保持器厂', local: true, county: '临清市', chainLeader: false})
    CREATE (a)-[:IN_CLUSTER]->(ka), (a)-[:IN_CLUSTER]->(kb), (b)-[:IN_CLUSTER]->(kb), (c)-[:IN_CLUSTER]->(ka)
    CREATE (a)-[:OPERATES_IN]->(s2), (a)-[:OPERATES_IN]->(s1)
    CREATE (a)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $a, year: 2023, revenue: 52000.5, rdSpend: 2100.0, aboveScale: true, srdiLevel: 'PROVINCIAL', highValuePatents: 4, smartFactory: false, greenList: true})
    CREATE (a)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $a, year: 2024, revenue: 58000.0, aboveScale: true, srdiLevel: 'LITTLE_GIANT', smartFactory: true, digitalTransformation: true})
    CREATE (a)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $a, year: 2025, revenue: 60000.0})
    CREATE (b)-[:SUPPLIES {segmentId: $p + '-S1', year: 2023, annualValue: 100.0, product: '轴承钢球'}]->(a)
    CREATE (b)-[:SUPPLIES {segmentId: $p + '-S1', year: 2024, annualValue: 120.0, product: '轴承钢球'}]->(a)
    CREATE (d)-[:SUPPLIES {segmentId: $p + '-S1', year: 2024, annualValue: 900.0, product: '轴承钢'}]->(a)
    CREATE (d)-[:SUPPLIES {segmentId: $p + '-S1', year: 2024, annualValue: 300.0, product: '轴承钢'}]->(b)
    CREATE (a)-[:SUPPLIES {segmentId: $p + '-S2', year: 2024, annualValue: 50.0, product: '深沟球轴承'}]->(c)
    WITH kb, s1
    UNWIND range(101, 160) AS n
    CREATE (x:Enterprise {creditCode: $bulk[n - 101], name: $tag + '配套企业' + toString(n), local: true, county: '东阿县', chainLeader: false})
    CREATE (x)-[:IN_CLUSTER]->(kb), (x)-[:OPERATES_IN]->(s1)
  `,
    { p: P, tag: TAG, a: A, b: B, c: C, d: D, e: E, f: F, bulk: Array.from({ length: 60 }, (_, i) => code(101 + i)) },
  );
});

afterAll(async () => {
  await removeFirms(db, CODE);
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p OR n.name STARTS WITH $p DETACH DELETE n', { p: P });
  await api.close();
  await db.close();
});

const codeOf = (error: { extensions?: Record<string, unknown> } | undefined) => error?.extensions?.code;

describe('enterprise', () => {
  it('returns a firm with its clusters, segments in chain order, years, latest 专精特新 level and supply counts', async () => {
    const { data, errors } = await api.gql(
      `query($code: String!) { enterprise(creditCode: $code) {
      creditCode name local county city province founded chainLeader products srdiLevel supplierCount customerCount
      clusters { id name } segments { id order stage } years { year revenue rdSpend aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis } } }`,
      { code: A.toLowerCase() },
    );
    expect(errors).toBeUndefined();
    expect(data!.enterprise).toEqual({
      creditCode: A,
      name: `${TAG}精密轴承有限公司`,
      local: true,
      county: '临清市',
      city: '聊城市',
      province: '山东省',
      founded: 2003,
      chainLeader: true,
      products: '深沟球轴承；圆锥滚子轴承',
      // 2025 has no level: the latest year that has one is 2024
      srdiLevel: 'LITTLE_GIANT',
      // suppliers B (two years, counted once) and D; one customer C
      supplierCount: 2,
      customerCount: 1,
      clusters: [
        { id: `${P}-KA`, name: '临清轴承' },
        { id: `${P}-KB`, name: '东阿钢球' },
      ],
      segments: [
        { id: `${P}-S1`, order: 1, stage: 'UPSTREAM' },
        { id: `${P}-S2`, order: 2, stage: 'MIDSTREAM' },
      ],
      years: [
        {
          year: 2023,
          revenue: 52000.5,
          rdSpend: 2100,
          aboveScale: true,
          srdiLevel: 'PROVINCIAL',
          highValuePatents: 4,
          smartFactory: false,
          digitalTransformation: null,
          greenList: true,
          greenDiagnosis: null,
        },
        {
          year: 2024,
          revenue: 58000,
          rdSpend: null,
          aboveScale: true,
          srdiLevel: 'LITTLE_GIANT',
          highValuePatents: null,
          smartFactory: true,
          digitalTransformation: true,
          greenList: null,
          greenDiagnosis: null,
        },
        {
          year: 2025,
          revenue: 60000,
          ...NO_OPTIONAL_FIGURES,
        },
      ],
    });
  });

  it('gives empty lists and null level for a firm without memberships or figures', async () => {
    const { data } = await api.gql(
      `query($code: String!) { enterprise(creditCode: $code) { clusters { id } segments { id } years { year } srdiLevel supplierCount customerCount founded } }`,
      { code: E },
    );
    expect(data!.enterprise).toEqual({
      clusters: [],
      segments: [],
      years: [],
      srdiLevel: null,
      supplierCount: 0,
      customerCount: 0,
      founded: null,
    });
  });

  it('answers null for an unknown code and BAD_INPUT for a malformed one', async () => {
    const unknown = await api.gql(`query($code: String!) { enterprise(creditCode: $code) { name } }`, { code: code(999_999_999) });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.enterprise).toBeNull();
    const wrongCheck = A.slice(0, 17) + (A[17] === '0' ? '1' : '0');
    for (const bad of ['', '123', wrongCheck, 'I'.repeat(18), '9'.repeat(10_000)]) {
      const { errors } = await api.gql(`query($code: String!) { enterprise(creditCode: $code) { name } }`, { code: bad });
      expect(codeOf(errors?.[0]), bad.slice(0, 20)).toBe('BAD_INPUT');
    }
  });
});

const SEARCH = `query($q: String!, $first: Int, $after: String, $county: String, $clusterId: ID, $local: Boolean) {
  searchEnterprises(query: $q, first: $first, after: $after, county: $county, clusterId: $clusterId, local: $local) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor score node { creditCode name } } } }`;
type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; score: number; node: { creditCode: string; name: string } }[];
};
async function search(variables: Record<string, unknown>): Promise<Connection> {
  const { data, errors } = await api.gql<{ searchEnterprises: Connection }>(SEARCH, variables);
  expect(errors).toBeUndefined();
  return data!.searchEnterprises;
}
const codes = (connection: Connection) => connection.edges.map((edge) => edge.node.creditCode);
const FILTERED = `query($q: String!, $first: Int, $county: String, $clusterId: ID, $segmentId: ID, $chainLeader: Boolean, $srdiLevels: [SrdiLevel!]) {
  searchEnterprises(query: $q, first: $first, county: $county, clusterId: $clusterId, segmentId: $segmentId, chainLeader: $chainLeader, srdiLevels: $srdiLevels) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor score node { creditCode name } } } }`;

describe('searchEnterprises', () => {
  it('finds a Chinese name fragment, ranked by score', async () => {
    const result = await search({ q: `${TAG}精密` });
    expect(codes(result)).toEqual([A]);
    expect(result.totalCount).toBe(1);
    expect(result.edges[0]!.score).toBeGreaterThan(0);
    // a fragment in the middle of a name (cjk bigrams, matched as a phrase)
    expect(codes(await search({ q: `${TAG.slice(1)}钢球制` }))).toEqual([B]);
  });

  it('finds a product, and requires every word', async () => {
    expect(codes(await search({ q: `${TAG} 圆锥滚子` }))).toEqual([A]);
    expect(codes(await search({ q: `${TAG} 轴承钢球` }))).toEqual([B]);
    expect((await search({ q: `${TAG} 不存在的产品` })).totalCount).toBe(0);
  });

  it('filters by county, cluster and local', async () => {
    expect(codes(await search({ q: `${TAG}`, county: '临清市', first: 100 })).sort()).toEqual([A, C, F].sort());
    expect(codes(await search({ q: `${TAG}`, clusterId: `${P}-KA` })).sort()).toEqual([A, C].sort());
    expect(codes(await search({ q: `${TAG}`, local: false }))).toEqual([D]);
    expect((await search({ q: `${TAG}`, first: 100 })).totalCount).toBe(66);
  });

  it('filters by segment, 链主 and 专精特新 level (the latest year that has one), all together', async () => {
    // F was provincial 专精特新 in 2023 and recorded as not in 2024: its level is NONE
    await runCypher(
      db,
      `
      MATCH (f:Enterprise {creditCode: $f})
      CREATE (f)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $f, year: 2023, srdiLevel: 'PROVINCIAL'})
      CREATE (f)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $f, year: 2024, srdiLevel: 'NONE'})
    `,
      { f: F },
    );
    const filtered = (variables: Record<string, unknown>) =>
      api.gql<{ searchEnterprises: Connection }>(FILTERED, { q: TAG, first: 100, ...variables });
    const found = async (variables: Record<string, unknown>) => {
      const { data, errors } = await filtered(variables);
      expect(errors).toBeUndefined();
      return { codes: codes(data!.searchEnterprises).sort(), totalCount: data!.searchEnterprises.totalCount };
    };
    // S1: A and the 60 bulk members; S2: A only
    expect((await found({ segmentId: `${P}-S1` })).totalCount).toBe(61);
    expect(await found({ segmentId: `${P}-S2` })).toEqual({ codes: [A], totalCount: 1 });
    expect(await found({ chainLeader: true })).toEqual({ codes: [A], totalCount: 1 });
    expect(await found({ chainLeader: false, county: '临清市' })).toEqual({ codes: [C, F].sort(), totalCount: 2 });
    // A: LITTLE_GIANT in 2024 (2025 has no level); F: NONE; the others have no level at all
    expect(await found({ srdiLevels: ['LITTLE_GIANT'] })).toEqual({ codes: [A], totalCount: 1 });
    expect(await found({ srdiLevels: ['PROVINCIAL'] })).toEqual({ codes: [], totalCount: 0 });
    expect(await found({ srdiLevels: ['NONE'] })).toEqual({ codes: [F], totalCount: 1 });
    expect(await found({ srdiLevels: ['PROVINCIAL', 'LITTLE_GIANT'] })).toEqual({ codes: [A], totalCount: 1 });
    expect(await found({ segmentId: `${P}-S1`, chainLeader: true, srdiLevels: ['LITTLE_GIANT'], clusterId: `${P}-KA` })).toEqual({
      codes: [A],
      totalCount: 1,
    });
    expect(await found({ segmentId: `${P}-S1`, chainLeader: true, county: '东阿县' })).toEqual({ codes: [], totalCount: 0 });
    expect(await found({ segmentId: `${P}-S1`, chainLeader: false, first: 7 })).toMatchObject({ totalCount: 60 });
    for (const bad of [{ srdiLevels: [] }, { segmentId: 'x'.repeat(101) }, { srdiLevels: ['SOMETIMES'] }]) {
      const { errors } = await filtered(bad);
      expect(errors?.[0]?.extensions?.code, JSON.stringify(bad).slice(0, 40)).toBe('BAD_INPUT');
    }
  });

  it('ranks by score, ties by credit code, the same on every page', async () => {
    // the 60 bulk names share one pattern, so their scores tie in groups: pages must still be in code order
    const whole = await search({ q: `${TAG}配套企业`, first: 100 });
    const all = codes(whole);
    expect(all).toHaveLength(60);
    whole.edges.slice(1).forEach((edge, i) => {
      const before = whole.edges[i]!;
      expect(edge.score < before.score || (edge.score === before.score && edge.node.creditCode > before.node.creditCode)).toBe(true);
    });
    expect(new Set(whole.edges.map((edge) => edge.score)).size).toBeLessThan(60);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 9; i++) {
      const page = await search({ q: `${TAG}配套企业`, first: 7, after });
      paged.push(...codes(page));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(paged).toEqual(all);
  });

  it('finds an exact credit code first, before a firm whose products mention it', async () => {
    const result = await search({ q: A });
    expect(codes(result)).toEqual([A, C]);
    expect(result.edges[0]!.score).toBeLessThan(result.edges[1]!.score); // ranked by tier, not score
    expect(codes(await search({ q: `  ${A.toLowerCase()} ` }))[0]).toBe(A);
  });

  it('matches a credit-code prefix of 4 or more characters, in code order', async () => {
    const result = await search({ q: CODE + '00000000', first: 10 });
    expect(codes(result)).toEqual([A, B, C, D, E, F]);
    const all = await search({ q: CODE.toLowerCase(), first: 100 });
    expect(all.totalCount).toBe(66);
  });

  it('pages with opaque cursors, without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await search({ q: CODE, first: 7, after });
      pages += 1;
      expect(page.totalCount).toBe(66);
      seen.push(...codes(page));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBe(10);
    expect(new Set(seen).size).toBe(66);
    expect(seen).toEqual(codes(await search({ q: CODE, first: 100 })));
    // the default page size is 20
    expect((await search({ q: CODE })).edges).toHaveLength(20);
  });

  it('refuses a blank or too long query, a bad page size and a foreign cursor with BAD_INPUT', async () => {
    for (const variables of [
      { q: '' },
      { q: '   \t ' },
      { q: 'x'.repeat(101) },
      { q: '轴'.repeat(10_000) },
      { q: TAG, first: 0 },
      { q: TAG, first: 101 },
      { q: TAG, first: -5 },
      { q: TAG, after: 'not-a-cursor' },
      { q: TAG, after: 'b2Zmc2V0Oi0x' },
    ]) {
      const { errors } = await api.gql(SEARCH, variables);
      expect(codeOf(errors?.[0]), JSON.stringify(variables).slice(0, 60)).toBe('BAD_INPUT');
      expect(errors![0]!.message).toMatch(/query|first|after/);
    }
    const { errors } = await api.gql(SEARCH, { q: ' ' });
    expect(errors![0]!.message).toMatch(/must not be empty/);
  });

  it('takes hostile text literally: results or BAD_INPUT, never INTERNAL', async () => {
    const hostile = [
      '"',
      '\\',
      'AND OR',
      'AND',
      'NOT',
      '*',
      ')',
      '(',
      '[',
      ']',
      '{',
      '}',
      '^',
      '~',
      '?',
      ':',
      '/',
      '!',
      '&&',
      '||',
      '+-',
      'name:*',
      `${TAG}"精密`,
      `${TAG}\\精密`,
      `${TAG}* OR *`,
      `"${TAG}`,
      '😀',
      `${TAG}😀`,
      '🏭 轴承',
      "'; MATCH (n) DETACH DELETE n //",
      '\u0000',
      'a'.repeat(100),
      '轴'.repeat(10_000),
    ];
    for (const q of hostile) {
      const { data, errors } = await api.gql(SEARCH, { q, first: 5 });
      if (errors) expect(codeOf(errors[0]), q.slice(0, 30)).toBe('BAD_INPUT');
      else expect(Array.isArray(data!.searchEnterprises.edges), q.slice(0, 30)).toBe(true);
    }
    // escaped operators and quotes still find the words around them
    expect(codes(await search({ q: `${TAG}精密 AND` }))).toEqual([A]);
    expect(codes(await search({ q: `(${TAG}精密)` }))).toEqual([A]);
  });

  it('runs a bounded number of statements for a page of 50 with clusters, segments and figures', async () => {
    const { statements, errors } = await api.count(
      `{ searchEnterprises(query: "${CODE}", first: 50) { edges { node { clusters { id } segments { id } srdiLevel years { year } supplierCount } } } }`,
    );
    expect(errors).toBeUndefined();
    // search, cluster ids, clusters, segments, years, supply counts: one each, not one per row
    expect(statements.sort()).toEqual([
      'clusters/by-ids',
      'enterprises/cluster-ids-by-codes',
      'enterprises/search',
      'enterprises/segments-by-codes',
      'enterprises/supply-counts-by-codes',
      'enterprises/years-by-codes',
    ]);
  });
});

describe('updateEnterprise', () => {
  const UPDATE = `mutation($code: String!, $input: EnterpriseInput!) { updateEnterprise(creditCode: $code, input: $input) {
    creditCode name local county city founded chainLeader updatedBy updatedAt clusters { id } segments { id } } }`;

  it('changes only the fields given, replaces memberships, and records who and when', async () => {
    const before = Date.now();
    const { data, errors } = await api.gql(UPDATE, {
      code: F.toLowerCase(),
      input: {
        name: `  ${TAG}保持器有限公司 `,
        founded: 1998,
        county: '冠县',
        clusterIds: [`${P}-KA`, `${P}-KA`],
        segmentIds: [`${P}-S2`],
      },
    });
    expect(errors).toBeUndefined();
    const updated = data!.updateEnterprise;
    expect(updated).toMatchObject({
      creditCode: F,
      name: `${TAG}保持器有限公司`,
      local: true,
      county: '冠县',
      city: null,
      founded: 1998,
      chainLeader: false,
      updatedBy: 'test-admin',
      clusters: [{ id: `${P}-KA` }],
      segments: [{ id: `${P}-S2` }],
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(before - 5000);
    // LOCATED_IN follows the county
    const [row] = await runCypher(
      db,
      'MATCH (e:Enterprise {creditCode: $f})-[:LOCATED_IN]->(c:County) RETURN collect(c.name) AS counties, valueType(e.founded) AS type',
      { f: F },
    );
    expect(row).toEqual({ counties: ['冠县'], type: 'INTEGER NOT NULL' });

    // null clears an optional field; memberships left out stay
    const cleared = await api.gql(UPDATE, { code: F, input: { founded: null, local: false } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateEnterprise).toMatchObject({ founded: null, local: false, county: '冠县', clusters: [{ id: `${P}-KA` }] });
    const [after] = await runCypher(db, 'MATCH (e:Enterprise {creditCode: $f}) RETURN COUNT { (e)-[:LOCATED_IN]->() } AS located', {
      f: F,
    });
    expect(after!.located).toBe(0);
  });

  it('refuses an edit without a signed-in user, changing nothing', async () => {
    const { errors } = await api.gql(UPDATE, { code: E, input: { chainLeader: true } }, null);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await api.gql(`query($code: String!) { enterprise(creditCode: $code) { chainLeader updatedBy } }`, { code: E });
    expect(data!.enterprise).toEqual({ chainLeader: false, updatedBy: null });
  });

  it('refuses invalid changes with BAD_INPUT and an unknown firm with NOT_FOUND, writing nothing', async () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ name: null }, /name/],
      [{ name: '   ' }, /name/],
      [{ name: '轴'.repeat(201) }, /name/],
      [{ local: null }, /local/],
      [{ founded: 1700 }, /founded/],
      [{ founded: 3000 }, /founded/],
      [{ clusterIds: [`${P}-KA`, `${P}-nope`] }, /unknown cluster/],
      [{ segmentIds: [`${P}-nope`] }, /unknown segment/],
      [{ county: '火星县' }, /unknown county/],
    ];
    for (const [input, message] of bad) {
      const { errors } = await api.gql(UPDATE, { code: A, input });
      expect(codeOf(errors?.[0]), JSON.stringify(input)).toBe('BAD_INPUT');
      expect(errors![0]!.message).toMatch(message);
    }
    const { data } = await api.gql(
      `query($code: String!) { enterprise(creditCode: $code) { name founded county updatedBy clusters { id } } }`,
      { code: A },
    );
    expect(data!.enterprise).toEqual({
      name: `${TAG}精密轴承有限公司`,
      founded: 2003,
      county: '临清市',
      updatedBy: null,
      clusters: [{ id: `${P}-KA` }, { id: `${P}-KB` }],
    });

    const unknown = await api.gql(UPDATE, { code: code(888_888_888), input: { name: 'x' } });
    expect(codeOf(unknown.errors?.[0])).toBe('NOT_FOUND');
    const malformed = await api.gql(UPDATE, { code: 'ABC', input: { name: 'x' } });
    expect(codeOf(malformed.errors?.[0])).toBe('BAD_INPUT');
  });

  it('accepts an outside firm county it does not know', async () => {
    const { data, errors } = await api.gql(UPDATE, { code: D, input: { county: '江阴市' } });
    expect(errors).toBeUndefined();
    expect(data!.updateEnterprise).toMatchObject({ local: false, county: '江阴市' });
  });
});

describe('supply link mutations', () => {
  const UPSERT = `mutation($input: SupplyLinkInput!) { upsertSupplyLink(input: $input) {
    id supplierCode buyerCode segmentId year annualValue product updatedBy updatedAt supplier { name } buyer { name customerCount supplierCount } } }`;
  const DELETE = `mutation($key: SupplyLinkKeyInput!) { deleteSupplyLink(key: $key) { id annualValue product year updatedBy } }`;

  it('creates, replaces and deletes a link, recording who and when and keeping the products text', async () => {
    const input = { supplierCode: E.toLowerCase(), buyerCode: A, segmentId: `${P}-S2`, annualValue: 35.5, product: `${TAG}轴承润滑脂` };
    const created = await api.gql(UPSERT, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertSupplyLink).toMatchObject({
      id: `SUPPLIES:${E}>${A}:${P}-S2:0`,
      supplierCode: E,
      buyerCode: A,
      segmentId: `${P}-S2`,
      year: 0,
      annualValue: 35.5,
      product: `${TAG}轴承润滑脂`,
      updatedBy: 'test-admin',
      supplier: { name: `${TAG}润滑科技` },
      buyer: { name: `${TAG}精密轴承有限公司`, customerCount: 1, supplierCount: 3 },
    });
    expect(Date.parse(created.data!.upsertSupplyLink.updatedAt)).not.toBeNaN();
    // the supplier is now found by the product
    expect(codes(await search({ q: `${TAG}轴承润滑` }))).toEqual([E]);

    const replaced = await api.gql(UPSERT, { input: { ...input, annualValue: 40, product: null } });
    expect(replaced.data!.upsertSupplyLink).toMatchObject({ annualValue: 40, product: null });
    const [links] = await runCypher(
      db,
      'MATCH (:Enterprise {creditCode: $e})-[r:SUPPLIES]->(:Enterprise {creditCode: $a}) RETURN count(r) AS n, collect(r.updatedBy) AS by',
      { e: E, a: A },
    );
    expect(links).toEqual({ n: 1, by: ['test-admin'] });
    expect((await search({ q: `${TAG}轴承润滑` })).totalCount).toBe(0);

    // another year is another link
    const year = await api.gql(UPSERT, { input: { ...input, year: 2024 } });
    expect(year.data!.upsertSupplyLink.id).toBe(`SUPPLIES:${E}>${A}:${P}-S2:2024`);
    const [types] = await runCypher(
      db,
      'MATCH (:Enterprise {creditCode: $e})-[r:SUPPLIES]->() RETURN collect(valueType(r.year)) AS years',
      { e: E },
    );
    expect(types!.years).toEqual(['INTEGER NOT NULL', 'INTEGER NOT NULL']);

    const refused = await api.gql(DELETE, { key: { supplierCode: E, buyerCode: A, segmentId: `${P}-S2`, year: 2024 } }, null);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const deleted = await api.gql(DELETE, { key: { supplierCode: E, buyerCode: A, segmentId: `${P}-S2`, year: 2024 } });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteSupplyLink).toEqual({
      id: `SUPPLIES:${E}>${A}:${P}-S2:2024`,
      annualValue: 35.5,
      product: `${TAG}轴承润滑脂`,
      year: 2024,
      updatedBy: 'test-admin',
    });
    const [stamped] = await runCypher(
      db,
      'MATCH (e:Enterprise {creditCode: $e}), (a:Enterprise {creditCode: $a}) RETURN e.updatedBy AS supplier, a.updatedBy AS buyer, e.products AS products',
      { e: E, a: A },
    );
    expect(stamped).toEqual({ supplier: 'test-admin', buyer: 'test-admin', products: null });
    const again = await api.gql(DELETE, { key: { supplierCode: E, buyerCode: A, segmentId: `${P}-S2`, year: 2024 } });
    expect(codeOf(again.errors?.[0])).toBe('NOT_FOUND');
    await api.gql(DELETE, { key: { supplierCode: E, buyerCode: A, segmentId: `${P}-S2` } });
    // A's own figures were never touched by the edits above
    const { data } = await api.gql(`query($code: String!) { enterprise(creditCode: $code) { supplierCount } }`, { code: A });
    expect(data!.enterprise.supplierCount).toBe(2);
  });

  it('validates a link as the importer does', async () => {
    const good = { supplierCode: B, buyerCode: C, segmentId: `${P}-S1`, annualValue: 1 };
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ supplierCode: 'bad' }, /supplierCode/],
      [{ buyerCode: B.slice(0, 17) + (B[17] === '0' ? '1' : '0') }, /buyerCode.*check character/],
      [{ buyerCode: B }, /differ/],
      [{ annualValue: -0.5 }, /annualValue/],
      [{ segmentId: `${P}-nope` }, /unknown segment/],
      [{ segmentId: '  ' }, /segmentId/],
      [{ buyerCode: code(777_777_777) }, /no enterprise/],
      [{ year: 1850 }, /year/],
      [{ product: '钢'.repeat(201) }, /product/],
    ];
    for (const [change, message] of bad) {
      const { errors } = await api.gql(UPSERT, { input: { ...good, ...change } });
      expect(codeOf(errors?.[0]), JSON.stringify(change)).toBe('BAD_INPUT');
      expect(errors![0]!.message).toMatch(message);
    }
    const [row] = await runCypher(
      db,
      'MATCH (:Enterprise {creditCode: $b})-[r:SUPPLIES]->(:Enterprise {creditCode: $c}) RETURN count(r) AS n',
      { b: B, c: C },
    );
    expect(row!.n).toBe(0);
    const missing = await api.gql(DELETE, { key: { supplierCode: D, buyerCode: C, segmentId: `${P}-S1` } });
    expect(codeOf(missing.errors?.[0])).toBe('NOT_FOUND');
  });
});
