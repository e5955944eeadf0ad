import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRouter, type ServedRouter } from '../helpers/http.js';
import { targetExportRouter } from '../../server/targets/http.js';
import { ENTRY_HEADER } from '../../server/targets/service.js';
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '#shared/creditCode.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, ANALYST, createTestApi, VIEWER, type TestApi } from '../helpers/graphql.js';

// Own data only: ids and names prefixed with P, credit codes random; cleaned in afterAll.
const P = `t-targets-${Date.now()}`;
const db = testDatabase();
let api: TestApi;
let server: ServedRouter;
let baseUrl: string;
const startedAt = new Date().toISOString();

function randomCode(): string {
  let body = '913715';
  for (let i = 0; i < 11; i++) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)];
  return completeCreditCode(body);
}
const EVIL = randomCode(); // outside firm whose name is a formula
const LOCAL = randomCode(); // local firm
const OTHER = randomCode(); // for the concurrency check
const ABSENT = randomCode(); // valid code, no such firm
const EVIL_NAME = '=HYPERLINK("x")';

const ENTRY = `listId creditCode name local county city province segmentId segmentName reason status statusNote statusDate addedBy addedAt updatedBy updatedAt history { status note date by at }`;
const LIST = `id name clusterId clusterName note createdBy createdAt updatedBy updatedAt entryCount statusCounts { status count } entries { ${ENTRY} }`;

// The test callers have no User node: an export names them as users no longer in the database, never by a bare id.
const ADMIN_SHOWN = '已删除用户（test-adm）';
const ANALYST_SHOWN = '已删除用户（test-ana）';

const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await createTestApi();
  await runCypher(
    db,
    `
    CREATE (chain:Chain {id: $p + '-CH', name: '轴承'})
    CREATE (chain)-[:HAS_SEGMENT]->(:Segment {id: $p + '-STEEL', chainId: $p + '-CH', name: '轴承钢', stage: 'UPSTREAM', order: 1})
    CREATE (:Cluster {id: $p + '-CL', name: '临清轴承', county: '临清市', level: 'PROVINCIAL', chainId: $p + '-CH'})-[:FOLLOWS]->(chain)
    CREATE (:Enterprise {creditCode: $evil, name: $evilName, local: false, province: '江苏省', city: '无锡市'})
    CREATE (:Enterprise {creditCode: $local, name: '聊城本地轴承有限公司', local: true, county: '临清市', city: '聊城市'})
    CREATE (:Enterprise {creditCode: $other, name: '并发测试企业', local: false, province: '浙江省', city: '宁波市'})
  `,
    { p: P, evil: EVIL, local: LOCAL, other: OTHER, evilName: EVIL_NAME },
  );
  // The router alone, as an admin.
  server = await serveRouter(targetExportRouter(api.app.services));
  baseUrl = server.url;
});

afterAll(async () => {
  await runCypher(
    db,
    `
    MATCH (l:TargetList) WHERE l.name STARTS WITH $p
    OPTIONAL MATCH (l)-[:HAS_ENTRY]->(e:TargetListEntry)
    OPTIONAL MATCH (e)-[:HAS_STATUS_CHANGE]->(h:StatusChange)
    DETACH DELETE h, e, l`,
    { p: P },
  );
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p OR n.creditCode IN $codes DETACH DELETE n', {
    p: P,
    codes: [EVIL, LOCAL, OTHER],
  });
  await server.close();
  await api.close();
  await db.close();
});

describe('招商 target lists through GraphQL', () => {
  let listId: string;

  it('creates a list, recording who and when', async () => {
    const { data, errors } = await api.gql(
      `mutation($name: String!, $clusterId: ID, $note: String) { createTargetList(name: $name, clusterId: $clusterId, note: $note) { ${LIST} } }`,
      {
        name: `  ${P} 轴承钢补链  `,
        clusterId: `${P}-CL`,
        note: '重点跟进长三角轴承钢企业',
      },
    );
    expect(errors).toBeUndefined();
    const list = data!.createTargetList;
    listId = list.id;
    expect(list).toMatchObject({
      name: `${P} 轴承钢补链`,
      clusterId: `${P}-CL`,
      clusterName: '临清轴承',
      note: '重点跟进长三角轴承钢企业',
      createdBy: 'test-admin',
      updatedBy: 'test-admin',
      entryCount: 0,
      entries: [],
    });
    expect(list.createdAt >= startedAt && list.createdAt <= new Date().toISOString()).toBe(true);
    expect(list.statusCounts).toEqual(
      ['IDENTIFIED', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'DROPPED'].map((status) => ({ status, count: 0 })),
    );
  });

  it('writes nothing when there is no signed-in user (UNAUTHENTICATED)', async () => {
    const { data, errors } = await api.gql(
      `mutation($name: String!) { createTargetList(name: $name) { id createdBy clusterId clusterName } }`,
      { name: `${P} 无用户` },
      null,
    );
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await runCypher<{ n: number }>(db, 'MATCH (l:TargetList {name: $name}) RETURN count(l) AS n', { name: `${P} 无用户` });
    expect(row!.n).toBe(0);
  });

  it('validates list names, notes and the cluster', async () => {
    const create = (variables: Record<string, unknown>) =>
      api.gql(
        `mutation($name: String!, $clusterId: ID, $note: String) { createTargetList(name: $name, clusterId: $clusterId, note: $note) { id } }`,
        variables,
      );
    expect(code(await create({ name: '   ' }))).toBe('BAD_INPUT');
    expect(code(await create({ name: 'x'.repeat(101) }))).toBe('BAD_INPUT');
    expect(code(await create({ name: `${P}\n第二行` }))).toBe('BAD_INPUT');
    expect(code(await create({ name: P, note: '注'.repeat(2001) }))).toBe('BAD_INPUT');
    expect(code(await create({ name: P, clusterId: `${P}-nope` }))).toBe('NOT_FOUND');
    // 100 Chinese characters are 100 characters.
    const long = await create({ name: `${P}${'链'.repeat(100 - P.length)}`, note: '注'.repeat(2000) });
    expect(long.errors).toBeUndefined();
  });

  it('adds firms with status IDENTIFIED and the first history entry', async () => {
    const { data, errors } = await api.gql(
      `mutation($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) { addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) { ${ENTRY} } }`,
      {
        listId,
        creditCode: EVIL.toLowerCase(), // normalised to upper case
        segmentId: `${P}-STEEL`,
        reason: '向集群3家企业供应轴承钢，年供应额1.2亿元',
      },
    );
    expect(errors).toBeUndefined();
    const entry = data!.addTargetToList;
    expect(entry).toMatchObject({
      listId,
      creditCode: EVIL,
      name: EVIL_NAME,
      local: false,
      province: '江苏省',
      city: '无锡市',
      segmentId: `${P}-STEEL`,
      segmentName: '轴承钢',
      reason: '向集群3家企业供应轴承钢，年供应额1.2亿元',
      status: 'IDENTIFIED',
      statusNote: null,
      statusDate: null,
      addedBy: 'test-admin',
      updatedBy: 'test-admin',
    });
    expect(entry.history).toEqual([{ status: 'IDENTIFIED', note: null, date: null, by: 'test-admin', at: entry.addedAt }]);
    const local = await api.gql(
      `mutation($listId: ID!, $creditCode: String!) { addTargetToList(listId: $listId, creditCode: $creditCode) { creditCode addedBy segmentId reason } }`,
      { listId, creditCode: LOCAL },
      ANALYST,
    );
    expect(local.errors).toBeUndefined();
    expect(local.data!.addTargetToList).toEqual({ creditCode: LOCAL, addedBy: 'test-analyst', segmentId: null, reason: null });
  });

  it('refuses a firm already in the list with CONFLICT and leaves the entry unchanged', async () => {
    const again = await api.gql(
      `mutation($listId: ID!, $creditCode: String!) { addTargetToList(listId: $listId, creditCode: $creditCode, reason: "另一个理由") { creditCode } }`,
      { listId, creditCode: EVIL },
    );
    expect(code(again)).toBe('CONFLICT');
    const { data } = await api.gql(`query($id: ID!) { targetList(id: $id) { entryCount entries { id creditCode reason } } }`, {
      id: listId,
    });
    expect(data!.targetList.entryCount).toBe(2);
    expect(data!.targetList.entries[0]).toEqual({
      id: `${listId}:${EVIL}`,
      creditCode: EVIL,
      reason: '向集群3家企业供应轴承钢，年供应额1.2亿元',
    });
  });

  it('lets exactly one of two simultaneous adds of the same firm through', async () => {
    const add = () =>
      api.gql(`mutation($listId: ID!, $creditCode: String!) { addTargetToList(listId: $listId, creditCode: $creditCode) { creditCode } }`, {
        listId,
        creditCode: OTHER,
      });
    const results = await Promise.all([add(), add(), add()]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(2);
    const removed = await api.gql(
      `mutation($listId: ID!, $creditCode: String!) { removeTargetFromList(listId: $listId, creditCode: $creditCode) { entryCount } }`,
      { listId, creditCode: OTHER },
    );
    expect(removed.data!.removeTargetFromList.entryCount).toBe(2);
  });

  it('answers bad adds with BAD_INPUT or NOT_FOUND', async () => {
    const add = (variables: Record<string, unknown>) =>
      api.gql(
        `mutation($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) { addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) { creditCode } }`,
        variables,
      );
    expect(code(await add({ listId, creditCode: ABSENT }))).toBe('NOT_FOUND');
    expect(code(await add({ listId, creditCode: '91371500ABC' }))).toBe('BAD_INPUT');
    expect(code(await add({ listId, creditCode: `${EVIL.slice(0, 17)}${EVIL[17] === '0' ? '1' : '0'}` }))).toBe('BAD_INPUT');
    expect(code(await add({ listId: `${P}-nope`, creditCode: LOCAL }))).toBe('NOT_FOUND');
    expect(code(await add({ listId, creditCode: OTHER, segmentId: `${P}-nope` }))).toBe('NOT_FOUND');
    expect(code(await add({ listId, creditCode: OTHER, reason: '理'.repeat(2001) }))).toBe('BAD_INPUT');
  });

  it('moves a firm through the pipeline and keeps the history of every change', async () => {
    const set = (variables: Record<string, unknown>, user?: typeof ANALYST) =>
      api.gql(
        `mutation($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) { setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) { ${ENTRY} } }`,
        variables,
        user,
      );
    const before = (await api.gql(`query($id: ID!) { targetList(id: $id) { updatedAt } }`, { id: listId })).data!.targetList.updatedAt;
    const contacted = await set({ listId, creditCode: EVIL, status: 'CONTACTED', note: '电话联系，对方有意向', date: '2026-03-02' });
    expect(contacted.errors).toBeUndefined();
    const negotiating = await set({ listId, creditCode: EVIL, status: 'NEGOTIATING', note: '  ', date: null }, ANALYST);
    expect(negotiating.errors).toBeUndefined();
    const entry = negotiating.data!.setTargetStatus;
    expect(entry).toMatchObject({
      status: 'NEGOTIATING',
      statusNote: null,
      statusDate: null,
      updatedBy: 'test-analyst',
      addedBy: 'test-admin',
    });
    expect(
      entry.history.map((h: { status: string; note: string | null; date: string | null; by: string }) => [h.status, h.note, h.date, h.by]),
    ).toEqual([
      ['IDENTIFIED', null, null, 'test-admin'],
      ['CONTACTED', '电话联系，对方有意向', '2026-03-02', 'test-admin'],
      ['NEGOTIATING', null, null, 'test-analyst'],
    ]);
    const times = entry.history.map((h: { at: string }) => h.at);
    expect([...times].sort()).toEqual(times);
    expect(entry.updatedAt).toBe(times[2]);
    const signed = await set({ listId, creditCode: EVIL, status: 'SIGNED', note: '签约落户临清', date: '2026-04-18' });
    expect(signed.data!.setTargetStatus).toMatchObject({ status: 'SIGNED', statusNote: '签约落户临清', statusDate: '2026-04-18' });
    expect(signed.data!.setTargetStatus.history).toHaveLength(4);
    // the same status again with nothing new (no note or date, or the same ones): nothing is logged
    for (const again of [{ status: 'SIGNED' }, { status: 'SIGNED', note: '签约落户临清', date: '2026-04-18' }]) {
      const same = await set({ listId, creditCode: EVIL, ...again }, ANALYST);
      expect(same.errors).toBeUndefined();
      expect(same.data!.setTargetStatus).toMatchObject({ status: 'SIGNED', statusNote: '签约落户临清', updatedBy: 'test-admin' });
      expect(same.data!.setTargetStatus.history).toHaveLength(4);
    }

    const { data } = await api.gql(`query($id: ID!) { targetList(id: $id) { updatedAt updatedBy statusCounts { status count } } }`, {
      id: listId,
    });
    expect(data!.targetList.updatedAt > before).toBe(true);
    expect(data!.targetList.updatedBy).toBe('test-admin');
    expect(data!.targetList.statusCounts.filter((c: { count: number }) => c.count > 0)).toEqual([
      { status: 'IDENTIFIED', count: 1 },
      { status: 'SIGNED', count: 1 },
    ]);
  });

  it('answers bad status changes with BAD_INPUT or NOT_FOUND', async () => {
    const set = (variables: Record<string, unknown>) =>
      api.gql(
        `mutation($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) { setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) { status } }`,
        variables,
      );
    expect(code(await set({ listId, creditCode: EVIL, status: 'WON' }))).toBe('BAD_INPUT');
    expect(
      code(
        await api.gql(`mutation($l: ID!, $c: String!) { setTargetStatus(listId: $l, creditCode: $c, status: WON) { status } }`, {
          l: listId,
          c: EVIL,
        }),
      ),
    ).toBe('BAD_INPUT');
    for (const date of ['2026-02-30', '2026/03/01', '26-03-01', '2026-3-1', '2026-13-01', '1800-01-01']) {
      expect(code(await set({ listId, creditCode: EVIL, status: 'LANDED', date })), date).toBe('BAD_INPUT');
    }
    expect(code(await set({ listId, creditCode: EVIL, status: 'LANDED', note: '注'.repeat(2001) }))).toBe('BAD_INPUT');
    expect(code(await set({ listId, creditCode: OTHER, status: 'LANDED' }))).toBe('NOT_FOUND');
    expect(code(await set({ listId: `${P}-nope`, creditCode: EVIL, status: 'LANDED' }))).toBe('NOT_FOUND');
    // Nothing of that was written.
    const { data } = await api.gql(`query($id: ID!) { targetList(id: $id) { entries { creditCode status history { status } } } }`, {
      id: listId,
    });
    expect(data!.targetList.entries[0]).toMatchObject({ creditCode: EVIL, status: 'SIGNED' });
    expect(data!.targetList.entries[0].history).toHaveLength(4);
  });

  it('lists, filters by cluster, renames, and answers an unknown id with null', async () => {
    const renamed = await api.gql(
      `mutation($id: ID!, $name: String!) { renameTargetList(id: $id, name: $name) { id name updatedBy } }`,
      { id: listId, name: `${P} 轴承钢补链（一期）` },
      ANALYST,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.renameTargetList).toEqual({ id: listId, name: `${P} 轴承钢补链（一期）`, updatedBy: 'test-analyst' });
    expect(code(await api.gql(`mutation($id: ID!) { renameTargetList(id: $id, name: "x") { id } }`, { id: `${P}-nope` }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await api.gql(`mutation($id: ID!) { renameTargetList(id: $id, name: "") { id } }`, { id: listId }))).toBe('BAD_INPUT');

    const all = await api.gql(`{ targetLists { id name updatedAt entryCount } }`);
    const mine = (all.data!.targetLists as { id: string; name: string; updatedAt: string; entryCount: number }[]).filter((l) =>
      l.name.startsWith(P),
    );
    expect(mine).toHaveLength(2); // a list without a signed-in user is no longer made (UNAUTHENTICATED above)
    expect(mine[0]).toMatchObject({ id: listId, entryCount: 2 }); // most recently changed first
    const updated = mine.map((l) => l.updatedAt);
    expect([...updated].sort().reverse()).toEqual(updated);
    const ofCluster = await api.gql(`query($c: ID) { targetLists(clusterId: $c) { id } }`, { c: `${P}-CL` });
    expect(ofCluster.data!.targetLists).toEqual([{ id: listId }]);
    const missing = await api.gql(`query($id: ID!) { targetList(id: $id) { id } }`, { id: `${P}-nope` });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.targetList).toBeNull();
  });

  describe('export', () => {
    it('writes CSV: UTF-8 with BOM, Chinese headers, formulas escaped', async () => {
      const file = await api.app.services.targets.exportTargetList(listId, 'csv', ADMIN);
      expect(file.contentType).toBe('text/csv; charset=utf-8');
      expect(file.filename).toMatch(/^招商目标清单-.*轴承钢补链（一期）-\d{8}\.csv$/);
      expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(file.body.toString('utf8'), { bom: true });
      expect(rows[0]).toEqual(ENTRY_HEADER);
      expect(rows).toHaveLength(3);
      expect(rows[1]!.slice(0, 11)).toEqual([
        '1',
        EVIL,
        `'${EVIL_NAME}`,
        '否',
        '江苏省 无锡市',
        '轴承钢',
        '向集群3家企业供应轴承钢，年供应额1.2亿元',
        '已签约',
        '2026-04-18',
        '签约落户临清',
        ADMIN_SHOWN,
      ]);
      expect(rows[1]![11]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(rows[2]!.slice(0, 8)).toEqual(['2', LOCAL, '聊城本地轴承有限公司', '是', '临清市', '', '', '已识别']);
    });

    it('writes XLSX with entries, history and list details; the formula comes back as text', async () => {
      const file = await api.app.services.targets.exportTargetList(listId, 'xlsx', ADMIN);
      expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(file.filename).toMatch(/\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.body as never);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['招商目标', '跟进记录', '清单信息']);
      const entries = wb.getWorksheet('招商目标')!;
      expect(entries.getRow(1).getCell(3).value).toBe('企业名称');
      const nameCell = entries.getRow(2).getCell(3);
      expect(nameCell.type).toBe(ExcelJS.ValueType.String);
      expect(nameCell.value).toBe(`'${EVIL_NAME}`);
      expect(nameCell.text.startsWith("'=HYPERLINK")).toBe(true);
      expect(entries.getRow(2).getCell(1).value).toBe(1);
      expect(entries.getRow(2).getCell(8).value).toBe('已签约');
      expect(entries.getRow(3).getCell(2).value).toBe(LOCAL);
      expect(entries.rowCount).toBe(3);
      const history = wb.getWorksheet('跟进记录')!;
      const historyRows = [];
      for (let r = 2; r <= history.rowCount; r++)
        historyRows.push([
          history.getRow(r).getCell(1).value,
          history.getRow(r).getCell(2).value,
          history.getRow(r).getCell(3).value,
          history.getRow(r).getCell(6).value,
        ]);
      expect(historyRows).toEqual([
        [EVIL, `'${EVIL_NAME}`, '已识别', ADMIN_SHOWN],
        [EVIL, `'${EVIL_NAME}`, '已接洽', ADMIN_SHOWN],
        [EVIL, `'${EVIL_NAME}`, '洽谈中', ANALYST_SHOWN],
        [EVIL, `'${EVIL_NAME}`, '已签约', ADMIN_SHOWN],
        [LOCAL, '聊城本地轴承有限公司', '已识别', ANALYST_SHOWN],
      ]);
      const details = wb.getWorksheet('清单信息')!;
      expect(details.getRow(2).values).toEqual([undefined, '清单名称', `${P} 轴承钢补链（一期）`]);
      expect(details.getRow(3).values).toEqual([undefined, '所属集群', '临清轴承']);
    });

    it('answers a bad format with BAD_INPUT and an unknown list with NOT_FOUND', async () => {
      await expect(api.app.services.targets.exportTargetList(listId, 'pdf', ADMIN)).rejects.toMatchObject({ code: 'BAD_INPUT' });
      await expect(api.app.services.targets.exportTargetList(`${P}-nope`, 'csv', ADMIN)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('serves the file over HTTP from targetExportRouter', async () => {
      const csv = await fetch(`${baseUrl}/api/target-lists/${listId}/export?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const disposition = csv.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.csv"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^招商目标清单-.*\.csv$/);
      const body = Buffer.from(await csv.arrayBuffer());
      expect(body.subarray(0, 3).toString('hex')).toBe('efbbbf');
      expect(body.toString('utf8')).toContain(`'${EVIL_NAME}`.replace(/"/g, '""'));

      const xlsx = await fetch(`${baseUrl}/api/target-lists/${listId}/export`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await xlsx.arrayBuffer());
      expect(wb.getWorksheet('招商目标')!.getRow(2).getCell(3).value).toBe(`'${EVIL_NAME}`);

      const bad = await fetch(`${baseUrl}/api/target-lists/${listId}/export?format=pdf`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'BAD_INPUT' });
      const twice = await fetch(`${baseUrl}/api/target-lists/${listId}/export?format=csv&format=xlsx`);
      expect(twice.status).toBe(400);
      const unknown = await fetch(`${baseUrl}/api/target-lists/${P}-nope/export?format=csv`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  it('names who made each status change (byName: the display name; null without such a user); viewers still read no list', async () => {
    // a real account (cleaned with the P prefix) and the test administrator, who has no User node
    const user = { id: `${P}-user`, role: 'analyst', name: '王招商' } as typeof ANALYST;
    await runCypher(db, 'CREATE (:User {id: $id, username: $id, name: $name, role: $role, clusterIds: [], disabled: false})', {
      id: user.id,
      name: user.name,
      role: user.role,
    });
    const created = await api.gql(`mutation($name: String!) { createTargetList(name: $name) { id } }`, { name: `${P} 记录人` }, user);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createTargetList.id;
    expect(
      (
        await api.gql(
          `mutation($id: ID!, $c: String!) { addTargetToList(listId: $id, creditCode: $c) { creditCode } }`,
          { id, c: OTHER },
          user,
        )
      ).errors,
    ).toBeUndefined();
    const set = await api.gql(
      `mutation($id: ID!, $c: String!) { setTargetStatus(listId: $id, creditCode: $c, status: CONTACTED, note: "上门拜访") { history { status by byName } } }`,
      { id, c: OTHER },
    );
    expect(set.errors).toBeUndefined();
    const expected = [
      { status: 'IDENTIFIED', by: user.id, byName: '王招商' },
      { status: 'CONTACTED', by: 'test-admin', byName: null },
    ];
    expect(set.data!.setTargetStatus.history).toEqual(expected);
    // the same through the list, read by another analyst
    const read = await api.gql(`query($id: ID!) { targetList(id: $id) { entries { history { status by byName } } } }`, { id }, ANALYST);
    expect(read.data!.targetList.entries[0].history).toEqual(expected);
    // a renamed account shows its new name on its old changes
    await runCypher(db, 'MATCH (u:User {id: $id}) SET u.name = $name', { id: user.id, name: '王招商（二科）' });
    const renamed = await api.gql(`query($id: ID!) { targetList(id: $id) { entries { history { byName } } } }`, { id });
    expect(renamed.data!.targetList.entries[0].history[0].byName).toBe('王招商（二科）');
    // exports write display names in every person column (添加人, 最后更新人, 操作人, 创建人), not user ids
    const csv: string[][] = parse((await api.app.services.targets.exportTargetList(id, 'csv', ADMIN)).body.toString('utf8'), { bom: true });
    expect([csv[1]![10], csv[1]![12]]).toEqual(['王招商（二科）', ADMIN_SHOWN]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await api.app.services.targets.exportTargetList(id, 'xlsx', ADMIN)).body as never);
    const history = wb.getWorksheet('跟进记录')!;
    expect([history.getRow(2).getCell(6).value, history.getRow(3).getCell(6).value]).toEqual(['王招商（二科）', ADMIN_SHOWN]);
    const details = wb.getWorksheet('清单信息')!;
    expect(details.getRow(6).values).toEqual([undefined, '创建人', '王招商（二科）']);
    expect(code(await api.gql(`query($id: ID!) { targetList(id: $id) { entries { history { byName } } } }`, { id }, VIEWER))).toBe(
      'FORBIDDEN',
    );
  });

  it('removes a firm with its history, and deletes the whole list', async () => {
    const removed = await api.gql(
      `mutation($listId: ID!, $creditCode: String!) { removeTargetFromList(listId: $listId, creditCode: $creditCode) { entryCount updatedBy entries { creditCode } } }`,
      { listId, creditCode: LOCAL },
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeTargetFromList).toEqual({ entryCount: 1, updatedBy: 'test-admin', entries: [{ creditCode: EVIL }] });
    const again = await api.gql(
      `mutation($listId: ID!, $creditCode: String!) { removeTargetFromList(listId: $listId, creditCode: $creditCode) { entryCount } }`,
      { listId, creditCode: LOCAL },
    );
    expect(code(again)).toBe('NOT_FOUND');

    const deleted = await api.gql(`mutation($id: ID!) { deleteTargetList(id: $id) }`, { id: listId });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteTargetList).toBe(true);
    const [left] = await runCypher<{ lists: number; entries: number; changes: number; firms: number }>(
      db,
      `
      RETURN COUNT { (l:TargetList {id: $id}) } AS lists,
             COUNT { (e:TargetListEntry {listId: $id}) } AS entries,
             COUNT { (e:TargetListEntry {listId: $id})-[:HAS_STATUS_CHANGE]->(h) } AS changes,
             COUNT { (f:Enterprise) WHERE f.creditCode IN $codes } AS firms`,
      { id: listId, codes: [EVIL, LOCAL] },
    );
    expect(left).toEqual({ lists: 0, entries: 0, changes: 0, firms: 2 });
    const [orphans] = await runCypher<{ n: number }>(
      db,
      'MATCH (h:StatusChange) WHERE NOT EXISTS { (:TargetListEntry)-[:HAS_STATUS_CHANGE]->(h) } RETURN count(h) AS n',
    );
    expect(orphans!.n).toBe(0);
    expect(code(await api.gql(`mutation($id: ID!) { deleteTargetList(id: $id) }`, { id: listId }))).toBe('NOT_FOUND');
  });
});
