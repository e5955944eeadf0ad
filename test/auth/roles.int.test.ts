import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../server/auth/policy.js';
import type { RequestContext } from '../../server/graphql/context.js';
import { buildSchema } from '../../server/graphql/index.js';
import { createLoaders } from '../../server/graphql/loaders.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, ANALYST, createTestApi, editor, VIEWER, type TestApi } from '../helpers/graphql.js';
import { createRoleFixture, removeRoleFixture, type RoleFixture } from './fixture.js';

/**
 * Every query and mutation of the schema, for every role: anonymous, viewer, analyst, editor
 * (of cluster K1), admin. Run in-process, so the GraphQL sign-in gate and the services' policy
 * checks are what is tested (the HTTP routes are in http-routes.int.test.ts). A refused write
 * must leave nothing behind. A root field missing from the table fails the test, so a new
 * operation cannot ship without its rule.
 */
const db = testDatabase();
let api: TestApi;
let f: RoleFixture;

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_INPUT' | 'NOT_FOUND';
const ROLES = ['anonymous', 'viewer', 'analyst', 'editor', 'admin'] as const;
type RoleName = (typeof ROLES)[number];
const callers = (): Record<RoleName, RequestContext['user']> => ({
  anonymous: null,
  viewer: VIEWER,
  analyst: ANALYST,
  editor: editor([f.K1]),
  admin: ADMIN,
});

interface Case {
  field: string;
  query: string;
  /** fresh variables (and state) for one call */
  setup?: (role: RoleName) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** after a refused call: did it change anything? */
  written?: (variables: Record<string, unknown>) => Promise<boolean>;
  expect: Record<RoleName, Outcome>;
}

const READ: Record<RoleName, Outcome> = { anonymous: 'UNAUTHENTICATED', viewer: 'ok', analyst: 'ok', editor: 'ok', admin: 'ok' };
const PUBLIC: Record<RoleName, Outcome> = { anonymous: 'ok', viewer: 'ok', analyst: 'ok', editor: 'ok', admin: 'ok' };
const TARGETS: Record<RoleName, Outcome> = { anonymous: 'UNAUTHENTICATED', viewer: 'FORBIDDEN', analyst: 'ok', editor: 'ok', admin: 'ok' };
const DATA_WRITE: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  viewer: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  editor: 'ok',
  admin: 'ok',
};
const ADMIN_ONLY: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  viewer: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  editor: 'FORBIDDEN',
  admin: 'ok',
};
const SIGNED_IN: Record<RoleName, Outcome> = { anonymous: 'UNAUTHENTICATED', viewer: 'ok', analyst: 'ok', editor: 'ok', admin: 'ok' };

let n = 0;
const unique = () => `${f.P}-${++n}`;
const count = async (cypher: string, params: Record<string, unknown>) => (await runCypher<{ n: number }>(db, cypher, params))[0]!.n;
const newList = async () => (await api.app.services.targets.create({ name: unique(), clusterId: f.K1 }, SYSTEM)).id;
const newEntry = async () => {
  const listId = await newList();
  await api.app.services.targets.addEntry({ listId, creditCode: f.O, segmentId: f.S1 }, SYSTEM);
  return listId;
};
const newUser = async () =>
  (await api.app.services.auth.createUser(SYSTEM, { username: unique(), role: 'viewer', password: 'a password for tests' })).user.id;

function cases(): Case[] {
  return [
    { field: 'about', query: '{ about { version } }', expect: PUBLIC },
    { field: 'me', query: '{ me { id } }', expect: PUBLIC },
    { field: 'clusters', query: '{ clusters { id } }', expect: READ },
    { field: 'cluster', query: 'query($id: ID!) { cluster(id: $id) { id } }', setup: () => ({ id: f.K1 }), expect: READ },
    { field: 'counties', query: '{ counties { name } }', expect: READ },
    { field: 'overview', query: '{ overview { clusters } }', expect: READ },
    {
      field: 'enterprise',
      query: 'query($c: String!) { enterprise(creditCode: $c) { name years { revenue revenueBand } } }',
      setup: () => ({ c: f.E1 }),
      expect: READ,
    },
    {
      field: 'searchEnterprises',
      query: 'query($q: String!) { searchEnterprises(query: $q) { totalCount } }',
      setup: () => ({ q: '甲测试企业' }),
      expect: READ,
    },
    {
      field: 'chainGapReport',
      query: 'query($id: ID!) { chainGapReport(clusterId: $id) { clusterId investmentTargets { creditCode } } }',
      setup: () => ({ id: f.K1 }),
      expect: READ,
    },
    {
      field: 'whatIf',
      query: 'query($id: ID!, $r: [String!]!) { whatIf(clusterId: $id, remove: $r) { cutOffCount } }',
      setup: () => ({ id: f.K1, r: [f.O] }),
      expect: READ,
    },
    {
      field: 'chainEvolution',
      query: 'query($id: ID!) { chainEvolution(clusterId: $id, fromYear: 2024, toYear: 2024) { completenessTo } }',
      setup: () => ({ id: f.K1 }),
      expect: READ,
    },
    {
      field: 'chainComparison',
      query: 'query($id: ID!) { chainComparison(chainId: $id) { clusters { clusterId } } }',
      setup: () => ({ id: `${f.P}-CH` }),
      expect: READ,
    },
    {
      field: 'localSubstitutes',
      query: 'query($id: ID!, $s: ID!) { localSubstitutes(clusterId: $id, segmentId: $s) { revenue revenueBand } }',
      setup: () => ({ id: f.K1, s: f.S1 }),
      expect: READ,
    },
    {
      field: 'whatIfAttract',
      query: 'query($id: ID!, $a: [String!]!) { whatIfAttract(clusterId: $id, attract: $a) { completenessAfter } }',
      setup: () => ({ id: f.K1, a: [f.O] }),
      expect: READ,
    },
    {
      field: 'supplyNeighborhood',
      query: 'query($c: String!) { supplyNeighborhood(creditCode: $c, depth: 1, direction: BOTH) { nodes { revenue } } }',
      setup: () => ({ c: f.E1 }),
      expect: READ,
    },
    {
      field: 'supplyPath',
      query: 'query($a: String!, $b: String!) { supplyPath(from: $a, to: $b) { nodes { revenue } } }',
      setup: () => ({ a: f.O, b: f.E1 }),
      expect: READ,
    },
    {
      field: 'collaborationNetwork',
      query: 'query($id: ID) { collaborationNetwork(clusterId: $id) { nodes { revenue } } }',
      setup: () => ({ id: f.K1 }),
      expect: READ,
    },
    { field: 'targetDashboard', query: '{ targetDashboard { year } }', expect: READ },
    { field: 'targetLists', query: '{ targetLists { id } }', expect: TARGETS },
    {
      field: 'targetList',
      query: 'query($id: ID!) { targetList(id: $id) { id entries { creditCode } } }',
      setup: async () => ({ id: await newEntry() }),
      expect: TARGETS,
    },
    { field: 'users', query: '{ users { id username } }', expect: ADMIN_ONLY },
    { field: 'auditLog', query: '{ auditLog(first: 5) { edges { node { id action } } } }', expect: ADMIN_ONLY },
    // an import that does not exist: the role is checked before the import is looked up (undoing a real one: test/imports/import-undo.int.test.ts)
    {
      field: 'importChanges',
      query: 'query($id: ID!) { importChanges(importId: $id) { totalCount } }',
      setup: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
      expect: ADMIN_ONLY,
    },
    {
      field: 'undoImport',
      query: 'mutation($id: ID!) { undoImport(importId: $id) { importId } }',
      setup: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
      expect: { ...ADMIN_ONLY, admin: 'NOT_FOUND' },
    },

    // In-process there is no cookie to set: BAD_INPUT, but not refused by the sign-in gate (HTTP: sessions.int.test.ts).
    {
      field: 'signIn',
      query: 'mutation { signIn(username: "x", password: "y") { id } }',
      expect: { anonymous: 'BAD_INPUT', viewer: 'BAD_INPUT', analyst: 'BAD_INPUT', editor: 'BAD_INPUT', admin: 'BAD_INPUT' },
    },
    { field: 'signOut', query: 'mutation { signOut }', expect: SIGNED_IN },
    // the test callers have no stored password: the current one is always wrong (BAD_INPUT), after the gate
    {
      field: 'changePassword',
      query: 'mutation { changePassword(currentPassword: "x", newPassword: "a new long password") }',
      expect: { anonymous: 'UNAUTHENTICATED', viewer: 'BAD_INPUT', analyst: 'BAD_INPUT', editor: 'BAD_INPUT', admin: 'BAD_INPUT' },
    },
    {
      field: 'createUser',
      query: 'mutation($u: String!) { createUser(input: { username: $u, role: EDITOR, clusterIds: [] }) { user { id } password } }',
      setup: () => ({ u: unique() }),
      written: async (v) => (await count('MATCH (u:User {username: $u}) RETURN count(u) AS n', v)) > 0,
      expect: ADMIN_ONLY,
    },
    {
      field: 'updateUser',
      query: 'mutation($id: ID!) { updateUser(id: $id, input: { role: ADMIN }) { role } }',
      setup: async () => ({ id: await newUser() }),
      written: async (v) => (await count("MATCH (u:User {id: $id}) WHERE u.role = 'admin' RETURN count(u) AS n", v)) > 0,
      expect: ADMIN_ONLY,
    },
    {
      field: 'setUserDisabled',
      query: 'mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }',
      setup: async () => ({ id: await newUser() }),
      written: async (v) => (await count('MATCH (u:User {id: $id}) WHERE u.disabled RETURN count(u) AS n', v)) > 0,
      expect: ADMIN_ONLY,
    },
    {
      field: 'resetUserPassword',
      query: 'mutation($id: ID!) { resetUserPassword(id: $id) { password } }',
      setup: async () => ({ id: await newUser() }),
      written: async (v) => (await count('MATCH (u:User {id: $id}) WHERE u.passwordChangedAt > u.createdAt RETURN count(u) AS n', v)) > 0,
      expect: ADMIN_ONLY,
    },
    {
      field: 'createTargetList',
      query: 'mutation($name: String!) { createTargetList(name: $name) { id } }',
      setup: () => ({ name: unique() }),
      written: async (v) => (await count('MATCH (l:TargetList {name: $name}) RETURN count(l) AS n', v)) > 0,
      expect: TARGETS,
    },
    {
      field: 'renameTargetList',
      query: 'mutation($id: ID!, $name: String!) { renameTargetList(id: $id, name: $name) { id } }',
      setup: async () => ({ id: await newList(), name: unique() }),
      written: async (v) => (await count('MATCH (l:TargetList {id: $id, name: $name}) RETURN count(l) AS n', v)) > 0,
      expect: TARGETS,
    },
    {
      field: 'deleteTargetList',
      query: 'mutation($id: ID!) { deleteTargetList(id: $id) }',
      setup: async () => ({ id: await newEntry() }),
      written: async (v) => (await count('MATCH (l:TargetList {id: $id}) RETURN count(l) AS n', v)) === 0,
      expect: TARGETS,
    },
    {
      field: 'addTargetToList',
      query: 'mutation($id: ID!, $c: String!) { addTargetToList(listId: $id, creditCode: $c) { status } }',
      setup: async () => ({ id: await newList(), c: f.O }),
      written: async (v) => (await count('MATCH (:TargetList {id: $id})-[:HAS_ENTRY]->(e) RETURN count(e) AS n', v)) > 0,
      expect: TARGETS,
    },
    {
      field: 'removeTargetFromList',
      query: 'mutation($id: ID!, $c: String!) { removeTargetFromList(listId: $id, creditCode: $c) { entryCount } }',
      setup: async () => ({ id: await newEntry(), c: f.O }),
      written: async (v) => (await count('MATCH (:TargetList {id: $id})-[:HAS_ENTRY]->(e) RETURN count(e) AS n', v)) === 0,
      expect: TARGETS,
    },
    {
      field: 'setTargetStatus',
      query: 'mutation($id: ID!, $c: String!) { setTargetStatus(listId: $id, creditCode: $c, status: SIGNED) { status } }',
      setup: async () => ({ id: await newEntry(), c: f.O }),
      written: async (v) => (await count("MATCH (:TargetList {id: $id})-[:HAS_ENTRY]->(e {status: 'SIGNED'}) RETURN count(e) AS n", v)) > 0,
      expect: TARGETS,
    },
    {
      field: 'updateEnterprise',
      query: 'mutation($c: String!, $name: String!) { updateEnterprise(creditCode: $c, input: { name: $name }) { name } }',
      setup: () => ({ c: f.E1, name: `甲测试企业${++n}` }),
      written: async (v) => (await count('MATCH (e:Enterprise {creditCode: $c, name: $name}) RETURN count(e) AS n', v)) > 0,
      expect: DATA_WRITE,
    },
    {
      field: 'upsertSupplyLink',
      query:
        'mutation($s: String!, $b: String!, $seg: ID!, $v: Float!) { upsertSupplyLink(input: { supplierCode: $s, buyerCode: $b, segmentId: $seg, year: 2023, annualValue: $v }) { id } }',
      setup: () => ({ s: f.O, b: f.E1, seg: f.S1, v: 1000 + ++n }),
      written: async (v) =>
        (await count('MATCH (:Enterprise {creditCode: $s})-[r:SUPPLIES {annualValue: $v}]->() RETURN count(r) AS n', v)) > 0,
      expect: DATA_WRITE,
    },
    {
      field: 'deleteSupplyLink',
      query:
        'mutation($s: String!, $b: String!, $seg: ID!) { deleteSupplyLink(key: { supplierCode: $s, buyerCode: $b, segmentId: $seg, year: 2022 }) { id } }',
      setup: async () => {
        await api.app.services.edits.upsertSupplyLink(
          { supplierCode: f.O, buyerCode: f.E1, segmentId: f.S1, year: 2022, annualValue: 5 },
          SYSTEM,
        );
        return { s: f.O, b: f.E1, seg: f.S1 };
      },
      written: async (v) =>
        (await count(
          'MATCH (:Enterprise {creditCode: $s})-[r:SUPPLIES {year: 2022}]->(:Enterprise {creditCode: $b}) RETURN count(r) AS n',
          v,
        )) === 0,
      expect: DATA_WRITE,
    },
    { field: 'researchInstitutes', query: '{ researchInstitutes { id } }', expect: READ },
    { field: 'searchSegments', query: '{ searchSegments(query: "测试") { segment { id } } }', expect: READ },
    { field: 'synonyms', query: 'query($s: ID) { synonyms(segmentId: $s) { term } }', setup: () => ({ s: f.S1 }), expect: READ },
    {
      field: 'saveSynonym',
      query: 'mutation($s: ID!, $t: String!) { saveSynonym(segmentId: $s, term: $t, canonical: "测试上游") { term } }',
      setup: () => ({ s: f.S1, t: `同义${++n}` }),
      written: async (v) => (await count('MATCH (y:Synonym {segmentId: $s, term: $t}) RETURN count(y) AS n', v)) > 0,
      expect: DATA_WRITE,
    },
    {
      field: 'deleteSynonym',
      query: 'mutation($s: ID!, $t: String!) { deleteSynonym(segmentId: $s, term: $t) { term } }',
      setup: async () => {
        const t = `删词${++n}`;
        await api.app.services.search.saveSynonym({ segmentId: f.S1, term: t, canonical: '测试上游' }, SYSTEM);
        return { s: f.S1, t };
      },
      written: async (v) => (await count('MATCH (y:Synonym {segmentId: $s, term: $t}) RETURN count(y) AS n', v)) === 0,
      expect: DATA_WRITE,
    },
    {
      field: 'chainSegments',
      query: 'query($c: [ID!]!) { chainSegments(chainIds: $c) { id } }',
      setup: () => ({ c: [`${f.P}-CH`] }),
      expect: READ,
    },
    {
      field: 'upsertEnterpriseYear',
      query: 'mutation($c: String!, $v: Float!) { upsertEnterpriseYear(creditCode: $c, year: 2024, input: { rdSpend: $v }) { year } }',
      setup: () => ({ c: f.E1, v: 1000 + ++n }),
      written: async (v) => (await count('MATCH (y:EnterpriseYear {creditCode: $c, year: 2024, rdSpend: $v}) RETURN count(y) AS n', v)) > 0,
      expect: DATA_WRITE,
    },
    {
      field: 'addCollaboration',
      query:
        'mutation($i: ID!, $c: String!, $t: String!) { addCollaboration(input: { instituteId: $i, creditCode: $c, kind: "TALENT", year: 2021, title: $t }) { id } }',
      setup: () => ({ i: `${f.P}-I`, c: f.E1, t: unique() }),
      written: async (v) => (await count('MATCH ()-[r:COLLABORATES_WITH {title: $t}]->() RETURN count(r) AS n', v)) > 0,
      expect: DATA_WRITE,
    },
    {
      field: 'removeCollaboration',
      query:
        'mutation($i: ID!, $c: String!) { removeCollaboration(key: { instituteId: $i, creditCode: $c, kind: "CO_PATENT", year: 2022 }) { id } }',
      setup: async () => {
        await api.app.services.edits.addCollaboration({ instituteId: `${f.P}-I`, creditCode: f.E1, kind: 'CO_PATENT', year: 2022 }, SYSTEM);
        return { i: `${f.P}-I`, c: f.E1 };
      },
      written: async (v) =>
        (await count(
          "MATCH (:ResearchInstitute {id: $i})-[r:COLLABORATES_WITH {kind: 'CO_PATENT', year: 2022}]->(:Enterprise {creditCode: $c}) RETURN count(r) AS n",
          v,
        )) === 0,
      expect: DATA_WRITE,
    },
    {
      field: 'setEnterpriseSegment',
      // takes the local firm E1 out of S1 again (S1 has no local firm in the fixture: other tests count on it)
      query: 'mutation($c: String!, $s: ID!) { setEnterpriseSegment(creditCode: $c, segmentId: $s, member: false) { version } }',
      setup: async () => {
        await runCypher(db, 'MATCH (e:Enterprise {creditCode: $c}), (s:Segment {id: $s}) MERGE (e)-[:OPERATES_IN]->(s)', {
          c: f.E1,
          s: f.S1,
        });
        return { c: f.E1, s: f.S1 };
      },
      written: async (v) =>
        (await count('MATCH (:Enterprise {creditCode: $c})-[r:OPERATES_IN]->(:Segment {id: $s}) RETURN count(r) AS n', v)) === 0,
      expect: DATA_WRITE,
    },
  ];
}

beforeAll(async () => {
  api = await createTestApi();
  f = await createRoleFixture(db, 'roles');
});

afterAll(async () => {
  if (f) await removeRoleFixture(db, f);
  await api?.close();
  await db.close();
});

const outcome = (result: { errors?: { extensions?: Record<string, unknown> }[] }): string =>
  result.errors?.length ? String(result.errors[0]!.extensions?.code) : 'ok';

describe('the role table covers the whole schema', () => {
  it('has a row for every query and mutation', () => {
    const schema = buildSchema();
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    f ??= { P: 'x' } as RoleFixture;
    expect(
      cases()
        .map((c) => c.field)
        .sort(),
    ).toEqual(fields);
  });
});

describe.each(ROLES)('as %s', (role) => {
  it.each(cases().map((c) => [c.field, c] as const))('%s', async (_field, c) => {
    const variables = (await c.setup?.(role)) ?? {};
    const result = await api.gql(c.query, variables, callers()[role]);
    expect(outcome(result), JSON.stringify(result.errors?.[0]?.message)).toBe(c.expect[role]);
    if (c.written && c.expect[role] !== 'ok') expect(await c.written(variables), 'a refused write changed something').toBe(false);
    if (c.written && c.expect[role] === 'ok') expect(await c.written(variables), 'the write did not happen').toBe(true);
  });
});

describe('sensitive fields per role', () => {
  it('shows firm revenue to viewers only as a size band: yearly figures and graph nodes', async () => {
    const enterprise = 'query($c: String!) { enterprise(creditCode: $c) { years { year revenue revenueBand } } }';
    const graphs = `query($c: String!, $o: String!, $k: ID) {
      n: supplyNeighborhood(creditCode: $c, depth: 1, direction: UPSTREAM) { nodes { creditCode revenue revenueBand } }
      p: supplyPath(from: $o, to: $c) { nodes { creditCode revenue revenueBand } }
      k: collaborationNetwork(clusterId: $k) { nodes { creditCode revenue revenueBand } topActors(first: 5) { creditCode revenue revenueBand } }
    }`;
    const byRole: Record<string, unknown[]> = {};
    for (const [name, user] of [
      ['viewer', VIEWER],
      ['analyst', ANALYST],
      ['editor', editor([f.K1])],
      ['admin', ADMIN],
    ] as const) {
      const years = (await api.gql(enterprise, { c: f.E1 }, user)).data!.enterprise.years;
      const views = (await api.gql(graphs, { c: f.E1, o: f.O, k: f.K1 }, user)).data!;
      const nodes = [...views.n.nodes, ...views.p.nodes, ...views.k.nodes, ...views.k.topActors].filter(
        (node: { creditCode: string }) => node.creditCode === f.E1,
      );
      expect(nodes.length).toBe(4);
      byRole[name] = [...years, ...nodes].map((x: { revenue: number | null; revenueBand: string }) => [x.revenue, x.revenueBand]);
    }
    expect(byRole.viewer).toEqual(Array(5).fill([null, '1–5亿']));
    for (const role of ['analyst', 'editor', 'admin']) expect(byRole[role]).toEqual(Array(5).fill([f.revenue, '1–5亿']));
  });

  it('gives viewers no investment targets (flagged), and analysts the list', async () => {
    const query = 'query($id: ID!) { chainGapReport(clusterId: $id) { investmentTargets { creditCode } investmentTargetsHidden } }';
    expect((await api.gql(query, { id: f.K1 }, VIEWER)).data!.chainGapReport).toEqual({
      investmentTargets: [],
      investmentTargetsHidden: true,
    });
    expect((await api.gql(query, { id: f.K1 }, ANALYST)).data!.chainGapReport).toEqual({
      investmentTargets: [{ creditCode: f.O }],
      investmentTargetsHidden: false,
    });
  });

  it('names the outside supplier behind a gap (the target) to analysts only', async () => {
    const query =
      'query($id: ID!) { chainGapReport(clusterId: $id) { segments { segmentId status topSupplierCode topSupplierName } singleSourceRisks { buyerCode supplierCode supplierName value valueBand } } }';
    const analyst = (await api.gql(query, { id: f.K1 }, ANALYST)).data!.chainGapReport;
    const viewer = (await api.gql(query, { id: f.K1 }, VIEWER)).data!.chainGapReport;
    expect(analyst.segments[0]).toEqual({ segmentId: f.S1, status: 'MISSING', topSupplierCode: f.O, topSupplierName: '外地测试供应商' });
    expect(viewer.segments[0]).toEqual({ segmentId: f.S1, status: 'MISSING', topSupplierCode: null, topSupplierName: null });
    expect(analyst.singleSourceRisks).toEqual([
      { buyerCode: f.E1, supplierCode: f.O, supplierName: '外地测试供应商', value: 800, valueBand: '2000万以下' },
    ]);
    expect(viewer.singleSourceRisks).toEqual([
      { buyerCode: f.E1, supplierCode: null, supplierName: null, value: null, valueBand: '2000万以下' },
    ]);
  });

  it('never exposes a password hash or a session token in the schema', () => {
    // every type and field name (printSchema from this file's `graphql` would be another copy of the
    // library than the schema's under Vitest, which graphql refuses)
    const types = Object.values(buildSchema().getTypeMap());
    const text = types.flatMap((type) => [type.name, ...('getFields' in type ? Object.keys(type.getFields()) : [])]).join('\n');
    expect(text).toMatch(/\bUser\b[\s\S]*\busername\b/);
    expect(text).not.toMatch(/passwordHash|tokenHash|sessionToken/);
  });
});

describe("the editors' cluster rule", () => {
  const UPDATE = 'mutation($c: String!, $input: EnterpriseInput!) { updateEnterprise(creditCode: $c, input: $input) { name } }';
  const UPSERT =
    'mutation($s: String!, $b: String!, $seg: ID!) { upsertSupplyLink(input: { supplierCode: $s, buyerCode: $b, segmentId: $seg, year: 2021, annualValue: 1 }) { id } }';
  const DELETE =
    'mutation($s: String!, $b: String!, $seg: ID!) { deleteSupplyLink(key: { supplierCode: $s, buyerCode: $b, segmentId: $seg, year: 2024 }) { id } }';
  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => outcome(result);

  it('lets an editor change firms and links of their clusters only', async () => {
    const mine = editor([f.K1]);
    expect(code(await api.gql(UPDATE, { c: f.E1, input: { city: '聊城市' } }, mine))).toBe('ok');
    expect(code(await api.gql(UPDATE, { c: f.E2, input: { city: '聊城市' } }, mine))).toBe('FORBIDDEN'); // another cluster's firm
    expect(code(await api.gql(UPDATE, { c: f.B, input: { city: '聊城市' } }, mine))).toBe('FORBIDDEN'); // also in K2
    expect(code(await api.gql(UPDATE, { c: f.O, input: { city: '苏州市' } }, mine))).toBe('FORBIDDEN'); // an outside firm: shared
    expect(code(await api.gql(UPDATE, { c: f.E1, input: { clusterIds: [f.K1, f.K2] } }, mine))).toBe('FORBIDDEN'); // into another cluster
    expect(code(await api.gql(UPSERT, { s: f.O, b: f.E1, seg: f.S1 }, mine))).toBe('ok'); // an outside supplier of my firm
    expect(code(await api.gql(UPSERT, { s: f.O, b: f.E2, seg: f.S1 }, mine))).toBe('FORBIDDEN');
    expect(code(await api.gql(UPSERT, { s: f.E1, b: f.E2, seg: f.S2 }, mine))).toBe('FORBIDDEN'); // across clusters
    expect(code(await api.gql(DELETE, { s: f.O, b: f.E2, seg: f.S1 }, mine))).toBe('FORBIDDEN');
    // nothing of the refused ones was written
    const [state] = await runCypher<{ e2: string | null; k: number; link: number; o: string | null }>(
      db,
      `MATCH (e2:Enterprise {creditCode: $E2}), (e1:Enterprise {creditCode: $E1}), (o:Enterprise {creditCode: $O})
       RETURN e2.city AS e2, COUNT { (e1)-[:IN_CLUSTER]->() } AS k, COUNT { (o)-[:SUPPLIES {year: 2021}]->(e2) } + COUNT { (e1)-[:SUPPLIES]->(e2) } AS link, o.city AS o`,
      f as unknown as Record<string, unknown>,
    );
    expect(state).toEqual({ e2: null, k: 1, link: 0, o: '无锡市' });
    expect(code(await api.gql(DELETE, { s: f.O, b: f.E2, seg: f.S1 }, ADMIN))).toBe('ok');
  });

  it('gives an editor without clusters nothing to change', async () => {
    expect(code(await api.gql(UPDATE, { c: f.E1, input: { city: '聊城市' } }, editor([])))).toBe('FORBIDDEN');
  });
});

describe('the services check the caller themselves (not only the GraphQL sign-in gate)', () => {
  it('refuse a call without a caller with UNAUTHENTICATED, whatever door it comes by', async () => {
    const s = api.app.services;
    const loaders = createLoaders(s, null);
    const calls: [string, () => Promise<unknown>][] = [
      ['clusters.list', () => s.clusters.list({}, null)],
      ['clusters.byIds', () => s.clusters.byIds([f.K1], null)],
      ['clusters.counties', () => s.clusters.counties(null)],
      ['clusters.overview', () => s.clusters.overview(null)],
      ['dashboard.targetDashboard', () => s.dashboard.targetDashboard(null, null)],
      ['enterprises.search', () => s.enterprises.search({ query: '测试' }, null)],
      ['an enterprise through the loaders', () => loaders.enterprises.byCode.load(f.E1)],
      ['its years through the loaders', () => loaders.enterprises.years.load(f.E1)],
      ['network.supplyNeighborhood', () => s.network.supplyNeighborhood(f.E1, 1, 'BOTH', null)],
      ['network.supplyPath', () => s.network.supplyPath(f.O, f.E1, null)],
      ['network.collaborationNetwork', () => s.network.collaborationNetwork(f.K1, null, null)],
      ['gaps.report', () => s.gaps.report({ clusterId: f.K1 }, null)],
      ['gaps.whatIf', () => s.gaps.whatIf({ clusterId: f.K1, remove: [f.O] }, null)],
      ['targets.lists', () => s.targets.lists({}, null)],
      ['targets.exportTargetList', () => s.targets.exportTargetList('x', 'csv', null)],
      ['edits.update', () => s.edits.update(f.E1, { city: 'x' }, null)],
      ['auth.listUsers', () => s.auth.listUsers(null)],
      ['audit.list', () => s.audit.list(null, {})],
    ];
    for (const [name, call] of calls) await expect(call(), name).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(s.targets.lists({}, VIEWER)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
