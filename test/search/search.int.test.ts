import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../server/imports/service.js';
import { encodeCursor } from '../../server/pagination.js';
import { SEARCH_TOTAL_CAP } from '#shared/limits.js';
import { editor, VIEWER } from '../helpers/graphql.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { codeMaker, countingApi, randomCodeBody, randomHan, randomHanNotIn, type CountingApi } from '../enterprises/fixture.js';

// Issue 18: single characters, synonyms, forgiving spacing, capped totals and paging, filters,
// matched products, segment hits, export. A graph of this file's own: ids start with P, codes
// with CODE, names with TAG; X is a character of its own (the "钢" of these tests).
const P = `t-search-${Date.now()}`;
const CODE = randomCodeBody(8);
const TAG = randomHan(3);
// X occurs in no fixed text of this file (names, products, synonyms) nor in TAG: a chance match
// (71 characters of 16,384) once made a count one too many.
const X = randomHanNotIn(TAG + fs.readFileSync(new URL(import.meta.url), 'utf8'));
const BULK = 1010; // more than the count cap
const code = codeMaker(CODE);
const db = testDatabase();
let api: CountingApi;

const LEADER = code(1); // name: TAG X 业有限公司 (X after TAG), local 临清市, 链主, segment S1
const OUTSIDE = code(2); // name: TAG 特 X 集团, outside
const TRADER = code(3); // product mentions X (not the name), local 冠县
const HOLDER = code(4); // products TAG保持器 (the synonym's canonical word), local 临清市, segment S1
const BALLS = code(5); // name TAG钢球厂

beforeAll(async () => {
  api = await countingApi(db);
  expect(SEARCH_TOTAL_CAP).toBe(1000);
  await runCypher(
    db,
    `
    CREATE (chain:Chain {id: $p + '-CH', name: $tag + '轴承产业链'})
    CREATE (chain)-[:HAS_SEGMENT]->(s1:Segment {id: $p + '-S1', chainId: $p + '-CH', name: $tag + '保持器', stage: 'MIDSTREAM', order: 1})
    CREATE (k:Cluster {id: $p + '-K', name: $tag + '集群', county: '临清市', level: 'CITY'})-[:FOLLOWS]->(chain)
    CREATE (l:Enterprise {creditCode: $leader, name: $tag + $x + '业有限公司', local: true, county: '临清市', chainLeader: true})
    CREATE (o:Enterprise {creditCode: $outside, name: $tag + '特' + $x + '集团', local: false, city: '无锡', province: '江苏省', chainLeader: false})
    CREATE (t:Enterprise {creditCode: $trader, name: $tag + '贸易公司', local: true, county: '冠县', chainLeader: false, products: '冷轧板；' + $x + '棒材'})
    CREATE (h:Enterprise {creditCode: $holder, name: $tag + '冲压件厂', local: true, county: '临清市', chainLeader: false, products: '尼龙' + $tag + '保持器；冲压件'})
    CREATE (b:Enterprise {creditCode: $balls, name: $tag + '钢球厂', local: true, county: '东阿县', chainLeader: false})
    CREATE (l)-[:OPERATES_IN]->(s1), (h)-[:OPERATES_IN]->(s1), (l)-[:IN_CLUSTER]->(k), (h)-[:IN_CLUSTER]->(k)
    WITH k
    UNWIND range(1, $bulk) AS n
    CREATE (:Enterprise {creditCode: $bulkCodes[n - 1], name: $tag + '批量企业' + reduce(f = '', i IN range(1, n % 7) | f + '甲') + toString(n), local: n % 2 = 0, county: CASE WHEN n % 2 = 0 THEN '莘县' END, chainLeader: false})
    CREATE (:Enterprise {creditCode: $tieCodes[n - 1], name: $tag + '同分企业' + toString(1000 + n), local: true, chainLeader: false})
  `,
    {
      tieCodes: Array.from({ length: BULK }, (_, i) => code(5000 + i)),
      p: P,
      tag: TAG,
      x: X,
      leader: LEADER,
      outside: OUTSIDE,
      trader: TRADER,
      holder: HOLDER,
      balls: BALLS,
      bulk: BULK,
      bulkCodes: Array.from({ length: BULK }, (_, i) => code(1000 + i)),
    },
  );
});

afterAll(async () => {
  await runCypher(db, 'MATCH (n:Enterprise) WHERE n.creditCode STARTS WITH $code DETACH DELETE n', { code: CODE });
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p OR n.segmentId STARTS WITH $p DETACH DELETE n', { p: P });
  await api.close();
  await db.close();
});

const SEARCH = `query($q: String!, $first: Int, $after: String, $county: String, $local: Boolean, $segmentId: ID, $chainLeader: Boolean) {
  searchEnterprises(query: $q, first: $first, after: $after, county: $county, local: $local, segmentId: $segmentId, chainLeader: $chainLeader) {
    totalCount totalCapped expandedWords { word alternatives }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor matchedProducts node { id creditCode name } } } }`;
interface Connection {
  totalCount: number;
  totalCapped: boolean;
  expandedWords: { word: string; alternatives: string[] }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; matchedProducts: string[]; node: { id: string; creditCode: string; name: string } }[];
}
async function search(variables: Record<string, unknown>): Promise<Connection> {
  const { data, errors } = await api.gql<{ searchEnterprises: Connection }>(SEARCH, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.searchEnterprises;
}
const codes = (c: Connection) => c.edges.map((e) => e.node.creditCode);

describe('single characters', () => {
  it('a single character finds it wherever it is in a name or product, names first', async () => {
    const result = await search({ q: X });
    expect(result.totalCount).toBe(3);
    expect(result.totalCapped).toBe(false);
    // two names, then the product
    expect(codes(result).slice(0, 2).sort()).toEqual([LEADER, OUTSIDE].sort());
    expect(codes(result)[2]).toBe(TRADER);
    expect(result.edges[2]!.matchedProducts).toEqual([`${X}棒材`]);
    expect(result.edges[0]!.matchedProducts).toEqual([]);
  });

  it('two characters are a phrase: 特X finds the 特X firm only', async () => {
    expect(codes(await search({ q: `特${X}` }))).toEqual([OUTSIDE]);
  });

  it('filters apply to single-character hits', async () => {
    expect(codes(await search({ q: X, local: true })).sort()).toEqual([LEADER, TRADER].sort());
    expect(codes(await search({ q: X, county: '冠县' }))).toEqual([TRADER]);
    expect(codes(await search({ q: X, chainLeader: true }))).toEqual([LEADER]);
    expect(codes(await search({ q: X, segmentId: `${P}-S1` }))).toEqual([LEADER]);
  });
});

describe('forgiving spacing', () => {
  it('a space inside a word, full-width spaces and letters: still found', async () => {
    expect(codes(await search({ q: `${TAG}钢 球` }))).toEqual([BALLS]);
    expect(codes(await search({ q: `\u3000${TAG}钢\u3000\u3000球厂 ` }))).toEqual([BALLS]);
    // separate words still each match on their own (the firm has both, apart)
    expect(codes(await search({ q: `${TAG} 钢球` }))).toEqual([BALLS]);
  });
});

describe('synonyms', () => {
  const SAVE = `mutation($s: ID!, $t: String!, $c: String!) { saveSynonym(segmentId: $s, term: $t, canonical: $c) { id segmentId segmentName term canonical updatedBy } }`;
  const DELETE = `mutation($s: ID!, $t: String!) { deleteSynonym(segmentId: $s, term: $t) { term canonical } }`;

  it('a dictionary entry makes the term find the canonical word (and back), edited and removed by an editor', async () => {
    const term = `${TAG}保持架`;
    expect((await search({ q: term })).totalCount).toBe(0);

    const saved = await api.gql(SAVE, { s: `${P}-S1`, t: ` ${term} `, c: `${TAG}保持器` }, editor([`${P}-K`]));
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveSynonym).toEqual({
      id: `${P}-S1:${term}`,
      segmentId: `${P}-S1`,
      segmentName: `${TAG}保持器`,
      term,
      canonical: `${TAG}保持器`,
      updatedBy: 'test-editor',
    });

    const found = await search({ q: term });
    expect(codes(found)).toEqual([HOLDER]);
    expect(found.edges[0]!.matchedProducts).toEqual([`尼龙${TAG}保持器`]);
    expect(found.expandedWords).toEqual([{ word: term, alternatives: [`${TAG}保持器`] }]);
    // the canonical word searches its terms too
    expect((await search({ q: `${TAG}保持器` })).expandedWords).toEqual([{ word: `${TAG}保持器`, alternatives: [term] }]);

    const list = await api.gql(`query($s: ID) { synonyms(segmentId: $s) { term canonical } }`, { s: `${P}-S1` }, VIEWER);
    expect(list.data!.synonyms).toEqual([{ term, canonical: `${TAG}保持器` }]);

    // a viewer may not change the dictionary; bad words are BAD_INPUT; an unknown segment NOT_FOUND
    expect((await api.gql(SAVE, { s: `${P}-S1`, t: 'x', c: 'y' }, VIEWER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(SAVE, { s: `${P}-S1`, t: 'a"b', c: 'y' })).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect((await api.gql(SAVE, { s: `${P}-S1`, t: term, c: ` ${term}` })).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect((await api.gql(SAVE, { s: `${P}-NONE`, t: 'x', c: 'y' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // changed to another canonical word: the old one is no longer searched
    await api.gql(SAVE, { s: `${P}-S1`, t: term, c: `${TAG}冲压件` });
    expect(codes(await search({ q: term }))).toEqual([HOLDER]);
    expect((await search({ q: term })).expandedWords[0]!.alternatives).toEqual([`${TAG}冲压件`]);

    const deleted = await api.gql(DELETE, { s: `${P}-S1`, t: term });
    expect(deleted.data!.deleteSynonym).toEqual({ term, canonical: `${TAG}冲压件` });
    expect((await search({ q: term })).totalCount).toBe(0);
    expect((await api.gql(DELETE, { s: `${P}-S1`, t: term })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('synonyms import', () => {
  it('reads synonyms.csv with Chinese headers, normalising full-width text, and refuses bad words and unknown segments', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-synonyms-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'synonyms.csv'),
        `环节ID,同义词,标准词\n${P}-S1,${TAG}保持圈,${TAG}保持器\n${P}-S1,${TAG}ＢＨ架,${TAG}保持器\n`,
      );
      const report = await new ImportService(db, testCypher()).importFolder(dir);
      expect(report.ok, JSON.stringify(report.errors)).toBe(true);
      expect(codes(await search({ q: `${TAG}保持圈` }))).toEqual([HOLDER]);
      expect(codes(await search({ q: `${TAG}BH架` }))).toEqual([HOLDER]);

      fs.writeFileSync(path.join(dir, 'synonyms.csv'), `segment_id,term,canonical\n${P}-S1,"a""b",${TAG}保持器\n${P}-NONE,x,y\n`);
      const bad = await new ImportService(db, testCypher()).importFolder(dir);
      expect(bad.ok).toBe(false);
      expect(bad.errors.map((e) => e.row).sort()).toEqual([2, 3]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('capped totals and paging', () => {
  it('counts up to the cap, then says more; pages run past the cap to the end', async () => {
    const first = await search({ q: `${TAG}批量企业` });
    expect(first).toMatchObject({ totalCount: 1000, totalCapped: true, pageInfo: { hasNextPage: true } });
    expect(first.edges).toHaveLength(20);

    const seen: string[] = [];
    let after: string | null = null;
    let last: Connection | undefined;
    for (let i = 0; i < 20; i++) {
      last = await search({ q: `${TAG}批量企业`, first: 100, after });
      // forward pages: the first has none before it, every later one has; the page's cursors are its edges'
      expect(last.pageInfo).toMatchObject({
        hasPreviousPage: after !== null,
        startCursor: last.edges[0]!.cursor,
        endCursor: last.edges.at(-1)!.cursor,
      });
      // a firm's id is its credit code (a normalising cache's key)
      for (const edge of last.edges) expect(edge.node.id).toBe(edge.node.creditCode);
      seen.push(...codes(last));
      if (!last.pageInfo.hasNextPage) break;
      after = last.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(BULK);
    expect(new Set(seen).size).toBe(BULK);
    // shorter names first (n % 7 filler characters: 7 scores), ties by credit code within each block of 1,000
    const nOf = new Map(Array.from({ length: BULK }, (_, i) => [code(1000 + i), i + 1] as const));
    const rank = (c: string) => [nOf.get(c)! % 7, nOf.get(c)!] as const;
    const inOrder = (list: string[]) =>
      list.every(
        (c, i) =>
          i === 0 || rank(list[i - 1]!)[0] < rank(c)[0] || (rank(list[i - 1]!)[0] === rank(c)[0] && rank(list[i - 1]!)[1] < rank(c)[1]),
      );
    expect(inOrder(seen.slice(0, 1000))).toBe(true);
    expect(inOrder(seen.slice(1000))).toBe(true);
    expect(seen.map((c) => rank(c)[0])).toEqual(seen.map((c) => rank(c)[0]).sort());
    // on the last page the end is known: the count is exact again
    expect(last).toMatchObject({ totalCount: BULK, totalCapped: false, pageInfo: { hasNextPage: false } });

    // a filter below the cap: exact
    const local = await search({ q: `${TAG}批量企业`, local: true, first: 1 });
    expect(local).toMatchObject({ totalCount: BULK / 2, totalCapped: false });
  });

  it('pages through a tie group longer than the count window: ties in credit-code order block by block, none twice', async () => {
    // 1,010 names of one length score the same: more ties than the window of 1,001
    const first = await search({ q: `${TAG}同分企业`, first: 100 });
    expect(first).toMatchObject({ totalCount: 1000, totalCapped: true, pageInfo: { hasNextPage: true } });
    const seen = codes(first);
    let after = first.pageInfo.endCursor;
    for (let i = 0; i < 20 && after; i++) {
      const page = await search({ q: `${TAG}同分企业`, first: 100, after });
      seen.push(...codes(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(new Set(seen).size).toBe(BULK);
    expect(seen.slice(0, 1000)).toEqual([...seen.slice(0, 1000)].sort());
    expect(seen.slice(1000)).toEqual([...seen.slice(1000)].sort());
  });

  it('refuses forged cursors', async () => {
    const genuine = (await search({ q: `${TAG}批量企业`, first: 5 })).pageInfo.endCursor!;
    const [list, , check] = JSON.parse(Buffer.from(genuine, 'base64url').toString('utf8')) as string[];
    const forged = [
      Buffer.from('offset:30').toString('base64url'), // a bare offset (what cursors were): no longer a page 30 rows on
      Buffer.from(JSON.stringify([list, '300', check])).toString('base64url'), // the offset edited, the check kept
      encodeCursor('audit', 4), // a genuine cursor of another list
      genuine.slice(0, -3),
    ];
    for (const after of [
      'garbage!',
      Buffer.from('offset:x').toString('base64url'),
      Buffer.from('page:3').toString('base64url'),
      ...forged,
    ]) {
      const { errors } = await api.gql(SEARCH, { q: X, after });
      expect(errors?.[0]?.extensions?.code, after).toBe('BAD_INPUT');
    }
  });
});

describe('segments and 链主 by name', () => {
  const SEGMENTS = `query($q: String!) { searchSegments(query: $q) { segment { id name } chainName clusters { id } localFirmCount chainLeaders { creditCode name } synonyms } }`;

  it('finds a segment by its name or a dictionary term, with its 链主 firms and the clusters of its chain', async () => {
    const { data, errors } = await api.gql(SEGMENTS, { q: `${TAG}保持 器` });
    expect(errors).toBeUndefined();
    expect(data!.searchSegments).toEqual([
      {
        segment: { id: `${P}-S1`, name: `${TAG}保持器` },
        chainName: `${TAG}轴承产业链`,
        clusters: [{ id: `${P}-K` }],
        localFirmCount: 2,
        chainLeaders: [{ creditCode: LEADER, name: `${TAG}${X}业有限公司` }],
        synonyms: [],
      },
    ]);
    await api.gql(`mutation { saveSynonym(segmentId: "${P}-S1", term: "${TAG}保持架", canonical: "${TAG}保持器") { term } }`);
    const bySynonym = await api.gql(SEGMENTS, { q: `${TAG}保持架` });
    expect(bySynonym.data!.searchSegments.map((s: { segment: { id: string }; synonyms: string[] }) => [s.segment.id, s.synonyms])).toEqual([
      [`${P}-S1`, [`${TAG}保持架`]],
    ]);
  });
});

describe('export', () => {
  it('writes every result (past a page) with the matching product, codes as text', async () => {
    const csv = await api.app.services.search.exportSearch({ query: X, local: true }, 'csv', VIEWER);
    expect(csv.filename).toBe(`企业搜索-${X}.csv`);
    const lines = csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('统一社会信用代码,企业名称,本地/外地,县市区,所在城市,所在省份,链主,匹配产品,产品');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual([LEADER, TRADER].sort());
    expect(lines.find((line) => line.startsWith(TRADER))).toContain(`,${X}棒材,`);

    const all = await api.app.services.search.exportSearch({ query: `${TAG}批量企业` }, 'xlsx', VIEWER);
    expect(all.body.subarray(0, 2).toString()).toBe('PK');
    await expect(api.app.services.search.exportSearch({ query: X }, 'pdf', VIEWER)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
