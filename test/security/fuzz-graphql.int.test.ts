import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../server/auth/policy.js';
import type { RequestContext } from '../../server/graphql/context.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { createTestApi, type TestApi } from '../helpers/graphql.js';
import { postGql, startHttpApp, type HttpApp } from '../helpers/http.js';
import { createRoleFixture, removeRoleFixture, type RoleFixture } from '../auth/fixture.js';
import { hostileText } from '../helpers/hostile.js';

/**
 * Property-based tests of every GraphQL argument that takes text or numbers: random, huge,
 * empty, mixed-script and hostile values (and valid ones) give a valid answer or a clear error
 * with a code (BAD_INPUT, NOT_FOUND, LIMIT_EXCEEDED; CONFLICT for a duplicate) — never INTERNAL,
 * an unhandled rejection or a hang. Run as an administrator (past every role check), on a small
 * graph of this file's own, whose ids are mixed into the random values so that some calls
 * reach the database with real keys.
 */
const db = testDatabase();
let api: TestApi;
let web: HttpApp;
let f: RoleFixture;
let listId: string;
const FUZZER: NonNullable<RequestContext['user']> = { id: 'fuzz-admin', role: 'admin', name: 'fuzzer' };
const ALLOWED = new Set(['BAD_INPUT', 'NOT_FOUND', 'LIMIT_EXCEEDED', 'CONFLICT']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

beforeAll(async () => {
  api = await createTestApi();
  web = await startHttpApp(db);
  f = await createRoleFixture(db, 'fuzz');
  listId = (await api.app.services.targets.create({ name: `${f.P} 模糊测试`, clusterId: f.K1 }, SYSTEM)).id;
  await api.app.services.targets.addEntry({ listId, creditCode: f.O }, SYSTEM);
});

afterAll(async () => {
  await runCypher(db, "MATCH (u:User {createdBy: 'fuzz-admin'}) OPTIONAL MATCH (s:Session {userId: u.id}) DETACH DELETE s, u");
  await runCypher(
    db,
    "MATCH (l:TargetList {createdBy: 'fuzz-admin'}) OPTIONAL MATCH (l)-[:HAS_ENTRY]->(e) OPTIONAL MATCH (e)-[:HAS_STATUS_CHANGE]->(h) DETACH DELETE h, e, l",
  );
  if (f) await removeRoleFixture(db, f);
  await web?.close();
  await api?.close();
  await db.close();
});

/** A value known only once the fixture exists (arbitraries are built before it is). */
const lazy = <T>(value: () => T) => fc.constant(0).map(() => value());
const known = () => [f.E1, f.E2, f.O, f.E1.toLowerCase(), ` ${f.E1} `, f.K1, f.K2, f.S1, listId, '轴承', '测试', '2024'];
const text = () =>
  fc.oneof(
    hostileText(),
    fc.integer({ min: 0, max: 11 }).map((i) => known()[i]!),
  );
const int = () =>
  fc.oneof(
    fc.integer(),
    fc.integer({ min: -5, max: 10 }),
    fc.integer({ min: 1890, max: 2110 }),
    fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)),
  );
const float = () => fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0.5, 0.3, 1, 1e308, -1e308, 5e-324));
/** An optional argument's values: also null. */
const orNull = <T>(values: fc.Arbitrary<T>) => fc.oneof(values, fc.constant(null));
/** What a client may put in a variable of any type: also the wrong type. */
const anything = () => fc.oneof(text(), int(), float(), fc.boolean(), fc.constant(null), fc.array(text(), { maxLength: 3 }));

interface ArgCase {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

const cases = (): ArgCase[] => [
  { name: 'cluster(id)', query: 'query($v: ID!) { cluster(id: $v) { id } }', variables: fc.record({ v: text() }) },
  {
    name: 'clusters(county, level)',
    query: 'query($c: String, $l: ClusterLevel) { clusters(county: $c, level: $l) { id } }',
    variables: fc.record({ c: text(), l: fc.oneof(text(), fc.constantFrom('CITY', 'NATIONAL')) }),
  },
  {
    name: 'enterprise(creditCode)',
    query: 'query($v: String!) { enterprise(creditCode: $v) { name years { revenue } } }',
    variables: fc.record({ v: text() }),
  },
  {
    name: 'searchEnterprises(query, first, after, county, clusterId, local)',
    query:
      'query($q: String!, $n: Int, $a: String, $c: String, $k: ID, $l: Boolean) { searchEnterprises(query: $q, first: $n, after: $a, county: $c, clusterId: $k, local: $l) { totalCount edges { cursor } } }',
    variables: fc.record({
      q: text(),
      n: orNull(int()),
      a: fc.oneof(text(), fc.constantFrom(null, 'b2Zmc2V0OjA', 'b2Zmc2V0Ojk5OTk5OTk5OQ')),
      c: orNull(text()),
      k: orNull(text()),
      l: orNull(fc.boolean()),
    }),
  },
  {
    name: 'chainGapReport(clusterId, year, thresholds)',
    query:
      'query($k: ID!, $y: Int, $t: GapThresholdsInput) { chainGapReport(clusterId: $k, year: $y, thresholds: $t) { completeness segments { status } } }',
    variables: fc.record({
      k: text(),
      y: orNull(int()),
      t: fc.oneof(
        fc.constant(null),
        fc.record(
          { weakLocalSupplyRatio: float(), strongLocalSupplyRatio: float(), strongMinLocalFirms: int(), singlePointShare: float() },
          { requiredKeys: [] },
        ),
      ),
    }),
  },
  {
    name: 'whatIf(clusterId, remove, year)',
    query: 'query($k: ID!, $r: [String!]!, $y: Int) { whatIf(clusterId: $k, remove: $r, year: $y) { cutOffCount } }',
    variables: fc.record({
      k: text(),
      r: fc.oneof(
        fc.array(text(), { maxLength: 5 }),
        fc.integer({ min: 195, max: 2000 }).map((n) => Array(n).fill(f.O)),
      ),
      y: orNull(int()),
    }),
  },
  {
    name: 'supplyNeighborhood(creditCode, depth, direction)',
    query:
      'query($c: String!, $d: Int!, $dir: Direction!) { supplyNeighborhood(creditCode: $c, depth: $d, direction: $dir) { totalNodes } }',
    variables: fc.record({ c: text(), d: int(), dir: fc.oneof(fc.constantFrom('UPSTREAM', 'BOTH'), text()) }),
  },
  {
    name: 'supplyPath(from, to)',
    query: 'query($a: String!, $b: String!) { supplyPath(from: $a, to: $b) { totalNodes } }',
    variables: fc.record({ a: text(), b: text() }),
  },
  {
    name: 'collaborationNetwork(clusterId, year) + topActors(first)',
    query: 'query($k: ID, $y: Int, $n: Int) { collaborationNetwork(clusterId: $k, year: $y) { totalNodes topActors(first: $n) { id } } }',
    variables: fc.record({ k: orNull(text()), y: orNull(int()), n: orNull(int()) }),
  },
  {
    name: 'targetDashboard(year)',
    query: 'query($y: Int) { targetDashboard(year: $y) { year } }',
    variables: fc.record({ y: orNull(int()) }),
  },
  {
    name: 'targetList(id), targetLists(clusterId)',
    query: 'query($id: ID!, $k: ID) { targetList(id: $id) { id } targetLists(clusterId: $k) { id } }',
    variables: fc.record({ id: text(), k: orNull(text()) }),
  },
  {
    name: 'auditLog(first, after, userId, entity)',
    query: 'query($n: Int, $a: String, $u: ID, $e: String) { auditLog(first: $n, after: $a, userId: $u, entity: $e) { edges { cursor } } }',
    variables: fc.record({ n: orNull(int()), a: orNull(text()), u: orNull(text()), e: orNull(text()) }),
  },
  {
    name: 'createTargetList(name, clusterId, note)',
    query: 'mutation($n: String!, $k: ID, $o: String) { createTargetList(name: $n, clusterId: $k, note: $o) { id } }',
    variables: fc.record({ n: text(), k: orNull(text()), o: orNull(text()) }),
  },
  {
    name: 'renameTargetList(id, name)',
    query: 'mutation($id: ID!, $n: String!) { renameTargetList(id: $id, name: $n) { id } }',
    variables: fc.record({
      id: fc.oneof(
        text(),
        lazy(() => listId),
      ),
      n: text(),
    }),
  },
  { name: 'deleteTargetList(id)', query: 'mutation($id: ID!) { deleteTargetList(id: $id) }', variables: fc.record({ id: hostileText() }) },
  {
    name: 'addTargetToList(listId, creditCode, segmentId, reason)',
    query:
      'mutation($l: ID!, $c: String!, $s: ID, $r: String) { addTargetToList(listId: $l, creditCode: $c, segmentId: $s, reason: $r) { status } }',
    variables: fc.record({
      l: fc.oneof(
        text(),
        lazy(() => listId),
      ),
      c: text(),
      s: orNull(text()),
      r: orNull(text()),
    }),
  },
  {
    name: 'removeTargetFromList(listId, creditCode)',
    query: 'mutation($l: ID!, $c: String!) { removeTargetFromList(listId: $l, creditCode: $c) { id } }',
    variables: fc.record({
      l: fc.oneof(
        text(),
        lazy(() => listId),
      ),
      c: hostileText(),
    }),
  },
  {
    name: 'setTargetStatus(listId, creditCode, status, note, date)',
    query:
      'mutation($l: ID!, $c: String!, $st: PipelineStatus!, $n: String, $d: String) { setTargetStatus(listId: $l, creditCode: $c, status: $st, note: $n, date: $d) { status } }',
    variables: fc.record({
      l: fc.oneof(
        text(),
        lazy(() => listId),
      ),
      c: fc.oneof(
        text(),
        lazy(() => f.O),
      ),
      st: fc.oneof(fc.constantFrom('CONTACTED', 'SIGNED'), text()),
      n: orNull(text()),
      d: fc.oneof(text(), fc.constantFrom(null, '2026-02-29', '2024-02-29', '0000-00-00')),
    }),
  },
  {
    name: 'updateEnterprise(creditCode, input)',
    query: 'mutation($c: String!, $i: EnterpriseInput!) { updateEnterprise(creditCode: $c, input: $i) { name } }',
    variables: fc.record({
      c: fc.oneof(
        text(),
        lazy(() => f.E2),
      ),
      i: fc.record(
        {
          name: text(),
          county: orNull(text()),
          city: orNull(text()),
          province: orNull(text()),
          founded: orNull(int()),
          clusterIds: fc.oneof(
            fc.array(text(), { maxLength: 3 }),
            lazy(() => Array(60).fill(f.K2)),
          ),
          segmentIds: fc.array(text(), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
    }),
  },
  {
    name: 'upsertSupplyLink(input)',
    query: 'mutation($i: SupplyLinkInput!) { upsertSupplyLink(input: $i) { id } }',
    variables: fc.record({
      i: fc.record({
        supplierCode: fc.oneof(
          text(),
          lazy(() => f.O),
        ),
        buyerCode: fc.oneof(
          text(),
          lazy(() => f.E2),
        ),
        segmentId: fc.oneof(
          text(),
          lazy(() => f.S1),
        ),
        year: orNull(int()),
        annualValue: float(),
        product: orNull(text()),
      }),
    }),
  },
  {
    name: 'deleteSupplyLink(key)',
    query: 'mutation($k: SupplyLinkKeyInput!) { deleteSupplyLink(key: $k) { id } }',
    variables: fc.record({
      k: fc.record({ supplierCode: text(), buyerCode: text(), segmentId: text(), year: orNull(int()) }),
    }),
  },
  {
    name: 'createUser(input)',
    query:
      'mutation($u: String!, $n: String, $p: String, $k: [ID!]) { createUser(input: { username: $u, name: $n, role: VIEWER, password: $p, clusterIds: $k }) { user { id } } }',
    variables: fc.record({
      u: text(),
      n: orNull(text()),
      p: orNull(text()),
      k: fc.oneof(fc.array(text(), { maxLength: 3 }), fc.constant(null)),
    }),
  },
  {
    name: 'updateUser(id, input)',
    query: 'mutation($id: ID!, $n: String, $k: [ID!]) { updateUser(id: $id, input: { name: $n, clusterIds: $k }) { id } }',
    variables: fc.record({
      id: text(),
      n: orNull(text()),
      k: fc.oneof(fc.array(text(), { maxLength: 3 }), fc.constant(null)),
    }),
  },
  {
    name: 'resetUserPassword(id, newPassword)',
    query: 'mutation($id: ID!, $p: String) { resetUserPassword(id: $id, newPassword: $p) { password } }',
    variables: fc.record({ id: text(), p: orNull(text()) }),
  },
  {
    name: 'changePassword(currentPassword, newPassword)',
    query: 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    variables: fc.record({ c: text(), n: text() }),
  },
];

const within = <T>(promise: Promise<T>, ms = 60_000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms))]);

describe('every argument, fuzzed', () => {
  it.each(cases().map((c) => [c.name, c] as const))('%s: a valid answer or BAD_INPUT / NOT_FOUND / LIMIT_EXCEEDED', async (_name, c) => {
    await fc.assert(
      fc.asyncProperty(c.variables, async (variables) => {
        const result = await within(api.gql(c.query, variables, FUZZER));
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        if (codes.some((code) => !ALLOWED.has(code)))
          throw new Error(`codes ${codes.join(', ')}: ${result.errors?.map((e) => e.message).join(' | ')}`);
        return true;
      }),
      { numRuns: RUNS },
    );
  });

  it('variables of the wrong type are BAD_INPUT, whatever their value', async () => {
    await fc.assert(
      fc.asyncProperty(anything(), anything(), async (a, b) => {
        const result = await within(
          api.gql(
            'query($c: String!, $d: Int!) { supplyNeighborhood(creditCode: $c, depth: $d, direction: BOTH) { totalNodes } }',
            { c: a, d: b },
            FUZZER,
          ),
        );
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        return codes.every((code) => ALLOWED.has(code));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('signIn with any user name and password answers UNAUTHENTICATED, BAD_INPUT or LIMIT_EXCEEDED over HTTP', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(), hostileText(), async (username, password) => {
        const result = await within(
          postGql(web.url, 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }', {
            u: username,
            p: password,
          }),
        );
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        return result.status < 500 && codes.length === 1 && ['UNAUTHENTICATED', 'BAD_INPUT', 'LIMIT_EXCEEDED'].includes(codes[0]!);
      }),
      { numRuns: RUNS },
    );
  });

  it('hostile query documents are refused with a code, never INTERNAL', async () => {
    const documents = fc.oneof(
      hostileText(),
      fc.integer({ min: 1, max: 3000 }).map((n) => `${'{ a '.repeat(n)}${'}'.repeat(n)}`),
      fc.integer({ min: 1, max: 200 }).map((n) => `query { ${'clusters { id } '.repeat(n)} }`),
      fc.constantFrom(
        'fragment A on Query { ...A } { ...A }',
        'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
        '{ ...Missing }',
        'subscription { x }',
        'query Q { about { version } } query Q { me { id } }',
        '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }',
      ),
    );
    await fc.assert(
      fc.asyncProperty(documents, async (query) => {
        const result = await within(postGql(web.url, query, {}, undefined));
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        return result.status < 500 && !codes.includes('INTERNAL');
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('after the fuzzing', () => {
  it("left the test's list whole: every entry with its list and its history", async () => {
    const [row] = await runCypher<{ broken: number }>(
      db,
      'MATCH (e:TargetListEntry) WHERE NOT EXISTS { (:TargetList)-[:HAS_ENTRY]->(e) } OR NOT EXISTS { (e)-[:HAS_STATUS_CHANGE]->() } RETURN count(e) AS broken',
    );
    expect(row!.broken).toBe(0);
  });
});
