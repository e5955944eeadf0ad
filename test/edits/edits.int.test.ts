import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter } from '../../server/imports/write.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { createTestApi, editor, VIEWER, type TestApi } from '../helpers/graphql.js';
import { codeMaker, NO_OPTIONAL_FIGURES, randomCodeBody, removeFirms } from '../enterprises/fixture.js';

/**
 * Editing in the app (issue 15) against a small graph of this file's own: firm A in cluster KA,
 * firm B in cluster KB, an outside supplier O (no cluster), an institute, and two editors of KA
 * with accounts (User nodes), so that changes show their display names.
 */
const P = `t-edit-${Date.now()}`;
const CODE = randomCodeBody(8);
const code = codeMaker(CODE);
const A = code(1);
const B = code(2);
const O = code(3);
const KA = `${P}-KA`;
const KB = `${P}-KB`;
const S1 = `${P}-S1`;
const S2 = `${P}-S2`;
const INST = `${P}-I`;
const ED1 = editor([KA], `${P}-u1`);
const ED2 = editor([KA], `${P}-u2`);
const db = testDatabase();
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await runCypher(
    db,
    `
    CREATE (:Chain {id: $p + '-CH', name: '测试链'})
    CREATE (:Segment {id: $s1, chainId: $p + '-CH', name: '钢材', stage: 'UPSTREAM', order: 1})
    CREATE (:Segment {id: $s2, chainId: $p + '-CH', name: '装配', stage: 'MIDSTREAM', order: 2})
    CREATE (ka:Cluster {id: $ka, name: '甲集群', county: '临清市', level: 'CITY'})
    CREATE (kb:Cluster {id: $kb, name: '乙集群', county: '东阿县', level: 'CITY'})
    CREATE (a:Enterprise {creditCode: $a, name: '甲轴承有限公司', local: true, county: '临清市', chainLeader: false})-[:IN_CLUSTER]->(ka)
    CREATE (b:Enterprise {creditCode: $b, name: '乙钢球有限公司', local: true, county: '东阿县', chainLeader: false})-[:IN_CLUSTER]->(kb)
    CREATE (:Enterprise {creditCode: $o, name: '外地特钢', local: false, city: '无锡市', province: '江苏省', chainLeader: false})
    CREATE (:ResearchInstitute {id: $inst, name: '测试大学', kind: 'UNIVERSITY', city: '聊城市'})
    CREATE (:User {id: $u1, username: $u1, name: '张编辑', role: 'editor'})
    CREATE (:User {id: $u2, username: $u2, name: '李编辑', role: 'editor'})
  `,
    { p: P, s1: S1, s2: S2, ka: KA, kb: KB, a: A, b: B, o: O, inst: INST, u1: ED1.id, u2: ED2.id },
  );
});

afterAll(async () => {
  await removeFirms(db, CODE);
  await runCypher(
    db,
    'MATCH (n) WHERE (n:Chain OR n:Segment OR n:Cluster OR n:ResearchInstitute OR n:User) AND n.id STARTS WITH $p DETACH DELETE n',
    { p: P },
  );
  await runCypher(db, 'MATCH (a:AuditEntry) WHERE any(c IN a.subjects WHERE c STARTS WITH $code) DELETE a', { code: CODE });
  await api.close();
  await db.close();
});

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const node = async (cypher: string, params: Record<string, unknown>) => (await runCypher(db, cypher, params))[0];

const UPDATE = `mutation($c: String!, $i: EnterpriseInput!, $v: Int) { updateEnterprise(creditCode: $c, input: $i, expectedVersion: $v) { name version updatedBy } }`;
const YEAR = `mutation($c: String!, $y: Int!, $i: EnterpriseYearInput!, $v: Int) { upsertEnterpriseYear(creditCode: $c, year: $y, input: $i, expectedVersion: $v) { year revenue rdSpend highValuePatents aboveScale version } }`;
const LINK = `mutation($i: SupplyLinkInput!, $v: Int) { upsertSupplyLink(input: $i, expectedVersion: $v) { id annualValue product version } }`;
const UNLINK = `mutation($k: SupplyLinkKeyInput!, $v: Int) { deleteSupplyLink(key: $k, expectedVersion: $v) { id version } }`;

describe('versions and CONFLICT', () => {
  it("counts a firm's changes and refuses a save made from an older version, showing what is there and who changed it", async () => {
    const first = await api.gql(UPDATE, { c: A, i: { name: '甲轴承股份有限公司', founded: 2001 }, v: 0 }, ED1);
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateEnterprise).toEqual({ name: '甲轴承股份有限公司', version: 1, updatedBy: ED1.id });

    // the second editor opened the firm at version 0 and saves after the first
    const stale = await api.gql(UPDATE, { c: A, i: { name: '甲轴承集团', founded: 1999 }, v: 0 }, ED2);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toContain('张编辑');
    expect(stale.errors![0]!.extensions).toMatchObject({
      currentVersion: 1,
      changedBy: '张编辑',
      current: { name: '甲轴承股份有限公司', founded: 2001, local: true, county: '临清市', clusterIds: [KA], segmentIds: [] },
    });
    expect(
      await node('MATCH (e:Enterprise {creditCode: $a}) RETURN e.name AS name, e.founded AS founded, e.version AS version', { a: A }),
    ).toEqual({ name: '甲轴承股份有限公司', founded: 2001, version: 1 });

    // saving over it knowingly: from the version the conflict reported
    const over = await api.gql(UPDATE, { c: A, i: { name: '甲轴承集团' }, v: 1 }, ED2);
    expect(over.data!.updateEnterprise).toEqual({ name: '甲轴承集团', version: 2, updatedBy: ED2.id });
    const read = await api.gql('query($c: String!) { enterprise(creditCode: $c) { version updatedByName } }', { c: A }, ED1);
    expect(read.data!.enterprise).toEqual({ version: 2, updatedByName: '李编辑' });
  });

  it('refuses a negative or fractional expectedVersion', async () => {
    expect(codeOf(await api.gql(UPDATE, { c: A, i: { city: '聊城市' }, v: -1 }, ED1))).toBe('BAD_INPUT');
  });
});

describe('yearly figures', () => {
  it('adds a year, changes one value keeping the others, and has a version of its own', async () => {
    const added = await api.gql(YEAR, { c: A, y: 2024, i: { revenue: 52000.5, highValuePatents: 3, aboveScale: true }, v: 0 }, ED1);
    expect(added.errors).toBeUndefined();
    expect(added.data!.upsertEnterpriseYear).toEqual({
      year: 2024,
      revenue: 52000.5,
      rdSpend: null,
      highValuePatents: 3,
      aboveScale: true,
      version: 1,
    });
    const changed = await api.gql(YEAR, { c: A, y: 2024, i: { rdSpend: 2100, aboveScale: null }, v: 1 }, ED2);
    expect(changed.data!.upsertEnterpriseYear).toEqual({
      year: 2024,
      revenue: 52000.5,
      rdSpend: 2100,
      highValuePatents: 3,
      aboveScale: null,
      version: 2,
    });
    // stored as the importer stores it: the patent count an integer, linked from the firm
    expect(
      await node(
        'MATCH (:Enterprise {creditCode: $a})-[:HAS_YEAR]->(y:EnterpriseYear {year: 2024}) RETURN y.highValuePatents AS n, y.version AS v',
        { a: A },
      ),
    ).toEqual({ n: 3, v: 2 });
    const firm = await api.gql('query($c: String!) { enterprise(creditCode: $c) { years { year rdSpend version } } }', { c: A }, ED1);
    expect(firm.data!.enterprise.years).toEqual([{ year: 2024, rdSpend: 2100, version: 2 }]);

    const stale = await api.gql(YEAR, { c: A, y: 2024, i: { revenue: 1 }, v: 1 }, ED1);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({
      currentVersion: 2,
      changedBy: '李编辑',
      current: { revenue: 52000.5, rdSpend: 2100 },
    });
    // a year added by someone else meanwhile: expected 0 (new) but it exists
    expect(codeOf(await api.gql(YEAR, { c: A, y: 2024, i: { revenue: 1 }, v: 0 }, ED1))).toBe('CONFLICT');
  });

  it('validates figures as the importer does, naming the field, writing nothing', async () => {
    const negative = await api.gql(YEAR, { c: A, y: 2023, i: { revenue: -5 } }, ED1);
    expect(negative.errors![0]!.extensions).toMatchObject({ code: 'BAD_INPUT', field: 'revenue', problem: 'NEGATIVE' });
    expect(negative.errors![0]!.message).toContain('不能为负数');
    const fraction = await api.gql(YEAR, { c: A, y: 2023, i: { highValuePatents: 2.5 } }, ED1);
    expect(codeOf(fraction)).toBe('BAD_INPUT'); // GraphQL Int already refuses a fraction
    const year = await api.gql(YEAR, { c: A, y: 1800, i: { revenue: 5 } }, ED1);
    expect(year.errors![0]!.extensions).toMatchObject({ code: 'BAD_INPUT', field: 'year', problem: 'BAD_YEAR' });
    expect(await node('MATCH (y:EnterpriseYear {creditCode: $a}) WHERE y.year <> 2024 RETURN count(y) AS n', { a: A })).toEqual({ n: 0 });
    expect(codeOf(await api.gql(YEAR, { c: code(99), y: 2023, i: { revenue: 5 } }, ED1))).toBe('NOT_FOUND');
  });
});

describe('supply links', () => {
  const link = { supplierCode: O, buyerCode: A, segmentId: S1, year: 2024 };
  it('creates a link from version 0, refuses a stale change, deletes from the current version', async () => {
    const created = await api.gql(LINK, { i: { ...link, annualValue: 800, product: '轴承钢' }, v: 0 }, ED1);
    expect(created.data!.upsertSupplyLink).toEqual({
      id: `SUPPLIES:${O}>${A}:${S1}:2024`,
      annualValue: 800,
      product: '轴承钢',
      version: 1,
    });
    const stale = await api.gql(LINK, { i: { ...link, annualValue: 900 }, v: 0 }, ED2);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({
      currentVersion: 1,
      changedBy: '张编辑',
      current: { annualValue: 800, product: '轴承钢' },
    });
    const changed = await api.gql(LINK, { i: { ...link, annualValue: 900, product: '轴承钢' }, v: 1 }, ED2);
    expect(changed.data!.upsertSupplyLink.version).toBe(2);

    const listed = await api.gql(
      'query($c: String!) { enterprise(creditCode: $c) { supplyLinks { id annualValue version supplier { name } editScope { allowed reason } } } }',
      { c: A },
      ED1,
    );
    expect(listed.data!.enterprise.supplyLinks).toEqual([
      {
        id: `SUPPLIES:${O}>${A}:${S1}:2024`,
        annualValue: 900,
        version: 2,
        supplier: { name: '外地特钢' },
        editScope: { allowed: true, reason: null },
      },
    ]);

    expect(codeOf(await api.gql(UNLINK, { k: link, v: 1 }, ED1))).toBe('CONFLICT');
    const deleted = await api.gql(UNLINK, { k: link, v: 2 }, ED1);
    expect(deleted.data!.deleteSupplyLink).toEqual({ id: `SUPPLIES:${O}>${A}:${S1}:2024`, version: 2 });
  });
});

describe('collaborations', () => {
  const COLLAB = `mutation($i: CollaborationInput!) { addCollaboration(input: $i) { id kind year title institute { id name } } }`;
  it('adds (a kind in Chinese, as the importer accepts it), lists and removes one', async () => {
    const added = await api.gql(
      COLLAB,
      { i: { instituteId: INST, creditCode: A, kind: '联合研发', year: 2024, title: '高精度轴承' } },
      ED1,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCollaboration).toEqual({
      id: `COLLABORATES_WITH:${INST}>${A}:JOINT_RD:2024`,
      kind: 'JOINT_RD',
      year: 2024,
      title: '高精度轴承',
      institute: { id: INST, name: '测试大学' },
    });
    const listed = await api.gql('query($c: String!) { enterprise(creditCode: $c) { collaborations { kind year title } } }', { c: A }, ED1);
    expect(listed.data!.enterprise.collaborations).toEqual([{ kind: 'JOINT_RD', year: 2024, title: '高精度轴承' }]);
    const removed = await api.gql(
      'mutation($k: CollaborationKeyInput!) { removeCollaboration(key: $k) { id title } }',
      { k: { instituteId: INST, creditCode: A, kind: 'JOINT_RD', year: 2024 } },
      ED1,
    );
    expect(removed.data!.removeCollaboration).toEqual({ id: `COLLABORATES_WITH:${INST}>${A}:JOINT_RD:2024`, title: '高精度轴承' });
    expect(await node('MATCH ()-[r:COLLABORATES_WITH]->(:Enterprise {creditCode: $a}) RETURN count(r) AS n', { a: A })).toEqual({ n: 0 });
  });

  it('refuses an unknown kind or institute with BAD_INPUT', async () => {
    expect((await api.gql(COLLAB, { i: { instituteId: INST, creditCode: A, kind: 'LUNCH' } }, ED1)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_INPUT',
      field: 'kind',
    });
    expect(
      (await api.gql(COLLAB, { i: { instituteId: `${P}-nope`, creditCode: A, kind: 'TALENT' } }, ED1)).errors![0]!.extensions,
    ).toMatchObject({ code: 'BAD_INPUT', field: 'instituteId' });
  });
});

describe('segment membership', () => {
  it('puts a firm in a segment and takes it out, as a change of the firm', async () => {
    const before = (await node('MATCH (e:Enterprise {creditCode: $a}) RETURN e.version AS v', { a: A }))!.v as number;
    const SET =
      'mutation($c: String!, $s: ID!, $m: Boolean!) { setEnterpriseSegment(creditCode: $c, segmentId: $s, member: $m) { version segments { id } } }';
    const put = await api.gql(SET, { c: A, s: S2, m: true }, ED1);
    expect(put.data!.setEnterpriseSegment).toEqual({ version: before + 1, segments: [{ id: S2 }] });
    const out = await api.gql(SET, { c: A, s: S2, m: false }, ED1);
    expect(out.data!.setEnterpriseSegment).toEqual({ version: before + 2, segments: [] });
    expect(codeOf(await api.gql(SET, { c: A, s: `${P}-nope`, m: true }, ED1))).toBe('BAD_INPUT');
  });
});

describe('scope: editors only within their clusters', () => {
  it('refuses every kind of edit of a firm of another cluster, writing nothing, and says why on editScope', async () => {
    const refusals = [
      await api.gql(UPDATE, { c: B, i: { city: '聊城市' } }, ED1),
      await api.gql(YEAR, { c: B, y: 2024, i: { revenue: 1 } }, ED1),
      await api.gql(LINK, { i: { supplierCode: A, buyerCode: B, segmentId: S1, annualValue: 5 } }, ED1),
      await api.gql(
        'mutation($i: CollaborationInput!) { addCollaboration(input: $i) { id } }',
        { i: { instituteId: INST, creditCode: B, kind: 'TALENT' } },
        ED1,
      ),
      await api.gql(
        'mutation($c: String!, $s: ID!) { setEnterpriseSegment(creditCode: $c, segmentId: $s, member: true) { version } }',
        { c: B, s: S1 },
        ED1,
      ),
    ];
    expect(refusals.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(
      await node(
        `MATCH (b:Enterprise {creditCode: $b})
      RETURN b.city AS city, b.version AS version, COUNT { (b)-[:HAS_YEAR]->() } AS years, COUNT { (b)--() } AS rels`,
        { b: B },
      ),
    ).toEqual({ city: null, version: null, years: 0, rels: 1 });

    const scope = 'query($c: String!) { enterprise(creditCode: $c) { editScope { allowed reason } } }';
    const other = (await api.gql(scope, { c: B }, ED1)).data!.enterprise.editScope;
    expect(other.allowed).toBe(false);
    expect(other.reason).toContain(KB);
    expect((await api.gql(scope, { c: A }, ED1)).data!.enterprise.editScope).toEqual({ allowed: true, reason: null });
    const viewer = (await api.gql(scope, { c: A }, VIEWER)).data!.enterprise.editScope;
    expect(viewer.allowed).toBe(false);
    expect(viewer.reason).toContain('没有权限');
  });
});

describe('audit and recent changes', () => {
  it("records before and after of each edit, and lists a firm's recent changes newest first with display names", async () => {
    const log = await api.gql(
      'query($e: String) { auditLog(first: 50, entity: $e) { edges { node { userId action key before after } } } }',
      { e: 'Enterprise' },
    );
    const renamed = log
      .data!.auditLog.edges.map((e: { node: unknown }) => e.node)
      .find((n: { key: string; after: string }) => n.key === A && n.after?.includes('甲轴承集团'));
    expect(renamed).toMatchObject({ userId: ED2.id, action: 'enterprise.update' });
    expect(JSON.parse(renamed.before)).toEqual({ name: '甲轴承股份有限公司' });
    expect(JSON.parse(renamed.after)).toEqual({ name: '甲轴承集团' });

    const RECENT = 'query($c: String!) { enterprise(creditCode: $c) { recentChanges(first: 50) { userName action entity before after } } }';
    const changes = (await api.gql(RECENT, { c: A }, ED1)).data!.enterprise.recentChanges as {
      userName: string;
      action: string;
      before: string | null;
      after: string | null;
    }[];
    // newest first: the segment in and out, collaboration add/remove, the link's three writes, two years, two updates (refused edits left nothing)
    expect(changes.map((c) => `${c.action}:${c.userName}`)).toEqual([
      'enterprise.segment:张编辑',
      'enterprise.segment:张编辑',
      'collaboration.remove:张编辑',
      'collaboration.add:张编辑',
      'supplyLink.delete:张编辑',
      'supplyLink.upsert:李编辑',
      'supplyLink.upsert:张编辑',
      'enterpriseYear.upsert:李编辑',
      'enterpriseYear.upsert:张编辑',
      'enterprise.update:李编辑',
      'enterprise.update:张编辑',
    ]);
    const firstYear = changes.find((c) => c.action === 'enterpriseYear.upsert' && c.userName === '张编辑')!;
    expect(firstYear.before).toBeNull();
    expect(JSON.parse(firstYear.after!)).toEqual({ revenue: 52000.5, highValuePatents: 3, aboveScale: true });
    // B's page shows nothing of A's edits
    expect((await api.gql(RECENT, { c: B }, ED1)).data!.enterprise.recentChanges).toEqual([]);
    // a viewer sees who and what, without the money figures
    const seen = (await api.gql(RECENT, { c: A }, VIEWER)).data!.enterprise.recentChanges as {
      action: string;
      userName: string;
      after: string | null;
    }[];
    const viewerYear = seen.find((c) => c.action === 'enterpriseYear.upsert' && c.userName === '张编辑')!;
    expect(JSON.parse(viewerYear.after!)).toEqual({ revenue: '***', highValuePatents: 3, aboveScale: true });
  });
});

describe('the importer counts versions too', () => {
  const STAMP = { user: 'system', at: new Date().toISOString() };
  it("bumps a firm's, a year's and a link's version only when its row changes something", async () => {
    const writer = new GraphWriter(testCypher());
    const firm = {
      creditCode: A,
      name: '甲轴承集团',
      local: true,
      county: '临清市',
      city: null,
      province: null,
      founded: 2001,
      chainLeader: false,
      clusterIds: null,
      segmentIds: null,
    };
    const version = async () => (await node('MATCH (e:Enterprise {creditCode: $a}) RETURN e.version AS v', { a: A }))!.v as number;
    const start = await version();
    await db.writeTransaction((tx) => writer.writeBatch(tx, 'enterprises', [firm], STAMP));
    expect(await version()).toBe(start); // the same values: unchanged
    const counts = await db.writeTransaction((tx) => writer.writeBatch(tx, 'enterprises', [{ ...firm, chainLeader: true }], STAMP));
    expect(counts).toMatchObject({ rows: 1, created: 0, updated: 1 });
    expect(await version()).toBe(start + 1);

    const year = {
      creditCode: A,
      year: 2024,
      revenue: 52000.5,
      ...NO_OPTIONAL_FIGURES,
    };
    await db.writeTransaction((tx) => writer.writeBatch(tx, 'enterprise_years', [year], STAMP));
    expect(await node('MATCH (y:EnterpriseYear {creditCode: $a, year: 2024}) RETURN y.version AS v', { a: A })).toEqual({ v: 2 });
    await db.writeTransaction((tx) => writer.writeBatch(tx, 'enterprise_years', [{ ...year, revenue: 60000 }], STAMP));
    expect(await node('MATCH (y:EnterpriseYear {creditCode: $a, year: 2024}) RETURN y.version AS v', { a: A })).toEqual({ v: 3 });

    const link = { supplier: O, buyer: A, segmentId: S1, year: 2023, annualValue: 10, product: null };
    await db.writeTransaction((tx) => writer.writeBatch(tx, 'supply_links', [link], STAMP));
    await db.writeTransaction((tx) => writer.writeBatch(tx, 'supply_links', [link], STAMP));
    const linkVersion = async () =>
      (await node('MATCH (:Enterprise {creditCode: $o})-[r:SUPPLIES {year: 2023}]->(:Enterprise {creditCode: $a}) RETURN r.version AS v', {
        o: O,
        a: A,
      }))!.v;
    expect(await linkVersion()).toBe(1);
    await db.writeTransaction((tx) => writer.writeBatch(tx, 'supply_links', [{ ...link, annualValue: 11 }], STAMP));
    expect(await linkVersion()).toBe(2);
  });
});
