import fs from 'node:fs';
import path from 'node:path';
import { AuditWriter } from '../audit/service.js';
import { SYSTEM, type Actor } from '../auth/policy.js';
import { SegmentFigures } from '../aggregates/segment-figures.js';
import { DataVersion } from '../cache/data-version.js';
import type { CypherLibrary } from '../cypher.js';
import { Database } from '../db/index.js';
import { isLocalStoreEmpty, localStoreDir, runAdminImport } from '../neo4j-local/index.js';
import { HOME_COUNTIES } from '#shared/facts.js';
import { TableReader, type SourceFile } from './read.js';
import { ImportService, type ImportReport } from './service.js';
import { FILE_NAMES, fileSpecFor, type FileName } from './spec.js';
import { addRegion, parseRow, type ReferenceLookup, type RowData } from './validate.js';
import { ImportConflictError } from './write.js';

/**
 * Loading an EMPTY embedded database with Neo4j's own offline bulk importer (`neo4j-admin
 * database import full`) instead of transactions: the first `npm start`, a benchmark load, or
 * `npm run import -- <folder> --bulk` into an empty LOCAL_NEO4J_DIR.
 *
 * 1. The files are validated by the app's importer exactly as for a transactional import
 *    (`ImportService`, validate only), with every database look-up answered "absent": the
 *    database is empty, and Neo4j does not run yet.
 * 2. The files are read again and written as the bulk importer's CSV files (typed headers), with
 *    what the transactional writer derives in Cypher (cypher/imports/write/*.cypher) derived
 *    here the same way: County nodes and their division codes, IN_COUNTY, FOLLOWS, HAS_SEGMENT,
 *    HAS_YEAR, LOCATED_IN (local firms with a county), the InnovationPlatform label and
 *    Enterprise.products. Property types follow what the Cypher writes: integers where it says
 *    toInteger (years, order, counts), floats for every other number (the driver sends
 *    JavaScript numbers as floats), booleans, strings; an empty cell is no property.
 * 3. The importer writes the store (Neo4j must not run on the folder); then the caller starts
 *    Neo4j, which applies the schema (constraints and indexes, populated from the store), and
 *    calls `recordBulkLoad` for the audit entry.
 *
 * The same files give the same graph as the transactional importer: test/imports/bulk.int.test.ts
 * loads one data set both ways and compares every node and relationship.
 */
export interface BulkLoadOptions {
  /** the embedded Neo4j's folder (LOCAL_NEO4J_DIR); its `neo4j` database must not exist yet */
  dataDir: string;
  cypher: CypherLibrary;
  /** the bulk importer's Java heap (default 1g) */
  heap?: string;
  /** validate only */
  dryRun?: boolean;
  errorLimit?: number;
  maxFileBytes?: number;
  log?: (line: string) => void;
}

export interface BulkLoadResult {
  report: ImportReport;
  /** what the store holds: node and relationship counts as written */
  nodes: number;
  relationships: number;
  seconds: { validate: number; csv: number; import: number };
}

/** The database is empty: no referenced key exists in it. */
const nothingInDatabase: ReferenceLookup = async () => new Map();

/** The bulk loader refuses to run (the database exists already, or Neo4j uses the folder). */
export class BulkLoadError extends Error {
  override name = 'BulkLoadError';
}

const COUNTY_CODES = new Map<string, string>(HOME_COUNTIES.map((c) => [c.name, c.divisionCode]));

/** Validates the folder's files, writes them as the bulk importer's CSVs and runs it. */
export async function bulkLoadFolder(dir: string, options: BulkLoadOptions): Promise<BulkLoadResult> {
  const log = options.log ?? (() => {});
  if (!isLocalStoreEmpty(options.dataDir)) {
    throw new BulkLoadError(
      `The database in ${options.dataDir} exists already: the bulk importer only writes a new, empty database (import into a running database without --bulk).`,
    );
  }
  const started = Date.now();
  const stats = new Map<string, fs.Stats>();
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) stats.set(name, fs.statSync(path.join(dir, name)));

  // 1. The app's validation. The service is given a Database only because its constructor wants
  // one: with `lookup` and `validateOnly` it never connects (port 9 refuses at once if it tried).
  const offline = Database.create({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'never-used', database: 'neo4j' });
  let report: ImportReport;
  try {
    const service = new ImportService(offline, options.cypher, {
      singleTransactionMaxRows: 0,
      lookup: nothingInDatabase,
      errorLimit: options.errorLimit,
      maxFileBytes: options.maxFileBytes,
    });
    report = await service.importFolder(dir, { validateOnly: true });
  } finally {
    await offline.close();
  }
  report.mode = 'bulk';
  report.dryRun = Boolean(options.dryRun);
  const validated = Date.now();
  const result: BulkLoadResult = {
    report,
    nodes: 0,
    relationships: 0,
    seconds: { validate: (validated - started) / 1000, csv: 0, import: 0 },
  };
  if (!report.ok || options.dryRun) {
    report.durationMs = Date.now() - started;
    return result;
  }
  log(
    `Validated ${report.files.reduce((sum, f) => sum + f.rows, 0).toLocaleString('en')} rows in ${result.seconds.validate.toFixed(1)} s; writing the bulk importer's files...`,
  );

  // 2. The bulk importer's CSV files, beside the store (same disk; large at size L). The folder
  // may not exist yet (a first start with LOCAL_NEO4J_DIR naming a new one).
  fs.mkdirSync(options.dataDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(options.dataDir, 'bulk-import-'));
  const storeDir = localStoreDir(options.dataDir);
  const txDir = path.join(options.dataDir, 'data', 'transactions', 'neo4j');
  try {
    // who and when, as the transactional writer stamps every row it creates (the seed and the command line: system)
    const csv = new BulkCsv(work, { user: SYSTEM.id, at: new Date(started).toISOString() });
    for (const file of [...report.files].sort((a, b) => WRITE_ORDER.indexOf(a.file) - WRITE_ORDER.indexOf(b.file))) {
      const source: SourceFile = {
        name: file.name,
        path: path.join(dir, file.name),
        format: file.format,
        spec: fileSpecFor(file.name)!.spec,
      };
      const before = stats.get(file.name);
      const rows = await readAgain(source, (data) => csv.add(file.file, data));
      const after = fs.statSync(source.path);
      if (rows !== file.rows || !before || before.size !== after.size || before.mtimeMs !== after.mtimeMs) {
        throw new ImportConflictError(`${file.name} changed after it was validated`);
      }
    }
    const plan = await csv.finish();
    result.nodes = plan.nodes;
    result.relationships = plan.relationships;
    const written = Date.now();
    result.seconds.csv = (written - validated) / 1000;
    log(
      `Wrote ${plan.nodes.toLocaleString('en')} nodes and ${plan.relationships.toLocaleString('en')} relationships as CSV in ${result.seconds.csv.toFixed(1)} s; running Neo4j's bulk importer...`,
    );

    // 3. Neo4j's importer writes the store.
    await runAdminImport({
      dataDir: options.dataDir,
      nodes: plan.nodeArgs,
      relationships: plan.relationshipArgs,
      multilineFields: plan.multiline,
      reportFile: path.join(work, 'import.report'),
      heap: options.heap,
      log,
    });
    result.seconds.import = (Date.now() - written) / 1000;
  } catch (error) {
    // Nothing half-written stays: the next start must find an empty folder again.
    fs.rmSync(storeDir, { recursive: true, force: true });
    fs.rmSync(txDir, { recursive: true, force: true });
    for (const file of report.files) setCounts(file, null);
    throw error;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const file of report.files) setCounts(file, file.rows);
  report.durationMs = Date.now() - started;
  return result;
}

/**
 * After Neo4j started on the bulk-loaded store (and applied the schema): the load's audit entry,
 * as a transactional import records it. No replanning: the indexes were just populated from the
 * loaded data (fresh statistics) and no plan was cached before.
 */
export async function recordBulkLoad(
  db: Database,
  cypher: CypherLibrary,
  result: BulkLoadResult,
  options: { actor?: Actor; source?: 'folder' } = {},
): Promise<void> {
  const audit = new AuditWriter(cypher);
  const { report } = result;
  const files = report.files.map((f) => ({
    file: f.file,
    name: f.name,
    rows: f.rows,
    created: f.created,
    updated: f.updated,
    unchanged: f.unchanged,
  }));
  // the store is new: its first data version (answers cached by another process against another store are never reused)
  await DataVersion.of(db, cypher).write(db, (tx) =>
    audit.record(tx, options.actor ?? SYSTEM, {
      action: 'import',
      entity: 'Import',
      key: report.files.map((f) => f.name).join(', ') || '(none)',
      after: {
        source: options.source ?? 'folder',
        mode: 'bulk',
        files,
        warningTotal: report.warningTotal,
        nodes: result.nodes,
        relationships: result.relationships,
      },
    }),
  );
  // the loader writes the graph only: the kept local-firm figures (server/aggregates/) are computed now, before the app serves
  await new SegmentFigures(cypher).rebuild(db.bulk());
}

function setCounts(file: ImportReport['files'][number], created: number | null): void {
  // An empty database: every row creates its entity.
  file.created = created;
  file.updated = created === null ? null : 0;
  file.unchanged = created === null ? null : 0;
}

/** Streams a validated file again, as the staged import does; returns the row count. */
async function readAgain(source: SourceFile, each: (data: RowData) => Promise<void>): Promise<number> {
  const changed = () => new ImportConflictError(`${source.name} changed after it was validated`);
  const reader = new TableReader(source);
  let rows = 0;
  try {
    const header = await reader.open(
      () => {
        throw changed();
      },
      () => {},
    );
    if (!header) throw changed();
    for await (const { row, values } of reader.rows(() => {})) {
      const parsed = parseRow(source.spec, header.missing, row, values, () => {});
      if (parsed.invalid) throw changed();
      addRegion(source.spec.file, parsed.data);
      await each(parsed.data);
      rows++;
    }
  } finally {
    await reader.close().catch(() => {});
  }
  return rows;
}

type Kind = 'string' | 'long' | 'double' | 'boolean';

/** A value as an error message shows it. */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
interface Column {
  /** the row's property (or a function of the row) */
  value: string | ((row: RowData) => unknown);
  /** the header cell: `name:type`, `name:ID(space)`, `:START_ID(space)`, ... */
  header: string;
  kind: Kind;
}

const str = (prop: string, header = prop): Column => ({ value: prop, header, kind: 'string' });
const long = (prop: string): Column => ({ value: prop, header: `${prop}:long`, kind: 'long' });
const double = (prop: string): Column => ({ value: prop, header: `${prop}:double`, kind: 'double' });
const bool = (prop: string): Column => ({ value: prop, header: `${prop}:boolean`, kind: 'boolean' });
const ref = (header: string, value: Column['value']): Column => ({ value, header, kind: 'string' });

const REGION_COLUMNS = [str('regionCode'), str('countyCode'), str('cityCode'), str('provinceCode')];
const ENTERPRISE_COLUMNS = [
  str('creditCode', 'creditCode:ID(Enterprise)'),
  str('name'),
  bool('local'),
  str('county'),
  str('city'),
  str('province'),
  long('founded'),
  long('dissolved'),
  bool('chainLeader'),
  str('products'),
  ...REGION_COLUMNS,
  bool('regionDerived'),
];

/** The order the files are read again in: the supply links before the firms, whose `products` they give. */
const WRITE_ORDER: readonly FileName[] = ['supply_links', ...FILE_NAMES.filter((file) => file !== 'supply_links')];

/** A year node's id in the bulk importer's id space (not stored): the year has four digits. */
const yearId = (key: unknown, year: unknown) => `${String(year)}:${String(key)}`;

/** One CSV file of the bulk importer, written in large chunks. */
class CsvOut {
  private readonly stream: fs.WriteStream;
  private buffer = '';
  rows = 0;

  constructor(
    readonly file: string,
    readonly columns: Column[],
    private readonly onMultiline: () => void,
  ) {
    this.stream = fs.createWriteStream(file, { encoding: 'utf8' });
    this.buffer = columns.map((c) => c.header).join(',') + '\n';
  }

  async add(row: RowData): Promise<void> {
    let line = '';
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i]!;
      const value = typeof column.value === 'function' ? column.value(row) : row[column.value];
      if (i > 0) line += ',';
      line += this.cell(value, column.kind);
    }
    this.buffer += line + '\n';
    this.rows++;
    if (this.buffer.length >= 1 << 20) await this.flush();
  }

  private cell(value: unknown, kind: Kind): string {
    // No value: an empty unquoted field, which the importer stores as no property.
    if (value === null || value === undefined) return '';
    switch (kind) {
      case 'long':
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`not an integer: ${shown(value)}`);
        return String(value);
      case 'double':
        if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`not a number: ${shown(value)}`);
        return String(value);
      case 'boolean':
        if (typeof value !== 'boolean') throw new Error(`not a boolean: ${shown(value)}`);
        return value ? 'true' : 'false';
      case 'string': {
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
          throw new Error(`not a text value: ${shown(value)}`);
        const text = String(value);
        if (/[\r\n]/.test(text)) this.onMultiline();
        return `"${text.replace(/"/g, '""')}"`;
      }
    }
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/**
 * The graph of cypher/imports/write/*.cypher as the bulk importer's node and relationship files.
 * Each node file's label and each relationship file's type is given on the command line.
 */
class BulkCsv {
  private readonly nodes = new Map<string, CsvOut>();
  private readonly relationships = new Map<string, { type: string; out: CsvOut }>();
  private readonly counties = new Set<string>();
  /** a supplier's distinct products (Enterprise.products), collected before the enterprises are written */
  private readonly products = new Map<string, Set<string>>();
  private multiline = false;

  constructor(
    private readonly dir: string,
    private readonly stamp: { user: string; at: string },
  ) {}

  /** What cypher/imports/write/*.cypher sets on every row it creates: who, when and (edited kinds) version 1. */
  private stamped(columns: Column[], versioned = false): Column[] {
    const stamp: Column[] = [
      { value: () => this.stamp.user, header: 'updatedBy', kind: 'string' },
      { value: () => this.stamp.at, header: 'updatedAt:datetime', kind: 'string' },
    ];
    return [...columns, ...stamp, ...(versioned ? [{ value: () => 1, header: 'version:long', kind: 'long' } as Column] : [])];
  }

  private node(label: string, columns: Column[]): CsvOut {
    let out = this.nodes.get(label);
    if (!out) this.nodes.set(label, (out = new CsvOut(path.join(this.dir, `nodes-${label}.csv`), columns, () => (this.multiline = true))));
    return out;
  }

  /** `name` tells apart two files of one type (HAS_YEAR from clusters and from firms). */
  private rel(name: string, type: string, columns: Column[]): CsvOut {
    let entry = this.relationships.get(name);
    if (!entry)
      this.relationships.set(
        name,
        (entry = { type, out: new CsvOut(path.join(this.dir, `rels-${name}.csv`), columns, () => (this.multiline = true)) }),
      );
    return entry.out;
  }

  private async link(name: string, type: string, from: string, to: string, start: unknown, ends: unknown): Promise<void> {
    const out = this.rel(name, type, [ref(`:START_ID(${from})`, 's'), ref(`:END_ID(${to})`, 'e')]);
    for (const end of Array.isArray(ends) ? ends : ends === null || ends === undefined ? [] : [ends]) await out.add({ s: start, e: end });
  }

  async add(file: FileName, row: RowData): Promise<void> {
    switch (file) {
      case 'chains':
        await this.node('Chain', this.stamped([str('id', 'id:ID(Chain)'), str('name'), str('industry')])).add(row);
        break;
      case 'segments':
        await this.node(
          'Segment',
          this.stamped([str('id', 'id:ID(Segment)'), str('chainId'), str('name'), str('stage'), long('order')]),
        ).add(row);
        await this.link('HAS_SEGMENT', 'HAS_SEGMENT', 'Chain', 'Segment', row.chainId, row.id);
        await this.link('FEEDS', 'FEEDS', 'Segment', 'Segment', row.id, row.feeds);
        break;
      case 'clusters':
        await this.node(
          'Cluster',
          this.stamped([
            str('id', 'id:ID(Cluster)'),
            str('name'),
            str('county'),
            str('chainId'),
            str('level'),
            str('leadIndustry'),
            ...REGION_COLUMNS,
          ]),
        ).add(row);
        this.counties.add(row.county as string);
        await this.link('IN_COUNTY', 'IN_COUNTY', 'Cluster', 'County', row.id, row.county);
        await this.link('FOLLOWS', 'FOLLOWS', 'Cluster', 'Chain', row.id, row.chainId);
        break;
      case 'cluster_years':
        await this.node(
          'ClusterYear',
          this.stamped([
            ref(':ID(ClusterYear)', (r) => yearId(r.clusterId, r.year)),
            str('clusterId'),
            long('year'),
            double('output'),
            double('growth'),
            double('taxShare'),
          ]),
        ).add(row);
        await this.link('HAS_YEAR-cluster', 'HAS_YEAR', 'Cluster', 'ClusterYear', row.clusterId, yearId(row.clusterId, row.year));
        break;
      case 'enterprises': {
        // the supply links were read first (WRITE_ORDER): their products are known
        const products = this.products.get(row.creditCode as string);
        this.products.delete(row.creditCode as string);
        // as cypher/imports/write/products.cypher: distinct, sorted, joined by '；'. Neo4j orders strings
        // by UTF-16 unit (Java's String.compareTo), as JavaScript's default sort does: '𠮷' before '（'.
        await this.node('Enterprise', this.stamped(ENTERPRISE_COLUMNS, true)).add({
          ...row,
          products: products ? [...products].sort().join('；') : null,
        });
        if (row.local === true && typeof row.county === 'string') {
          this.counties.add(row.county);
          await this.link('LOCATED_IN', 'LOCATED_IN', 'Enterprise', 'County', row.creditCode, row.county);
        }
        await this.link('IN_CLUSTER', 'IN_CLUSTER', 'Enterprise', 'Cluster', row.creditCode, row.clusterIds);
        await this.link('OPERATES_IN', 'OPERATES_IN', 'Enterprise', 'Segment', row.creditCode, row.segmentIds);
        break;
      }
      case 'enterprise_years':
        await this.node(
          'EnterpriseYear',
          this.stamped(
            [
              ref(':ID(EnterpriseYear)', (r) => yearId(r.creditCode, r.year)),
              str('creditCode'),
              long('year'),
              double('revenue'),
              double('rdSpend'),
              bool('aboveScale'),
              str('srdiLevel'),
              long('highValuePatents'),
              bool('smartFactory'),
              bool('digitalTransformation'),
              bool('greenList'),
              bool('greenDiagnosis'),
            ],
            true,
          ),
        ).add(row);
        await this.link(
          'HAS_YEAR-enterprise',
          'HAS_YEAR',
          'Enterprise',
          'EnterpriseYear',
          row.creditCode,
          yearId(row.creditCode, row.year),
        );
        break;
      case 'institutes':
        await this.node(
          'ResearchInstitute',
          this.stamped([str('id', 'id:ID(ResearchInstitute)'), str('name'), str('kind'), str('city')]),
        ).add(row);
        break;
      case 'platforms':
        await this.node(
          'ServicePlatform',
          this.stamped([
            str('id', 'id:ID(ServicePlatform)'),
            str('name'),
            str('kind'),
            str('level'),
            long('established'),
            bool('innovationPlatform'),
            { value: (r) => (r.innovationPlatform === true ? 'InnovationPlatform' : null), header: ':LABEL', kind: 'string' },
          ]),
        ).add(row);
        await this.link('SERVES', 'SERVES', 'ServicePlatform', 'Cluster', row.id, row.clusterIds);
        await this.link('HOSTED_BY', 'HOSTED_BY', 'ServicePlatform', 'Enterprise', row.id, row.hostCode);
        break;
      case 'supply_links': {
        await this.rel(
          'SUPPLIES',
          'SUPPLIES',
          this.stamped(
            [
              ref(':START_ID(Enterprise)', 'supplier'),
              ref(':END_ID(Enterprise)', 'buyer'),
              str('segmentId'),
              long('year'),
              double('annualValue'),
              str('product'),
            ],
            true,
          ),
        ).add(row);
        if (typeof row.product === 'string') {
          const supplier = row.supplier as string;
          let products = this.products.get(supplier);
          if (!products) this.products.set(supplier, (products = new Set()));
          products.add(row.product);
        }
        break;
      }
      case 'collaborations':
        await this.rel(
          'COLLABORATES_WITH',
          'COLLABORATES_WITH',
          this.stamped([
            ref(':START_ID(ResearchInstitute)', 'instituteId'),
            ref(':END_ID(Enterprise)', 'creditCode'),
            str('kind'),
            long('year'),
            str('title'),
          ]),
        ).add(row);
        break;
    }
  }

  /** Writes the counties (named by clusters and firms), closes the files, returns the command line's file options. */
  async finish(): Promise<{ nodeArgs: string[]; relationshipArgs: string[]; multiline: boolean; nodes: number; relationships: number }> {
    const counties = this.node('County', [str('name', 'name:ID(County)'), str('divisionCode')]);
    for (const name of this.counties) await counties.add({ name, divisionCode: COUNTY_CODES.get(name) ?? null });

    const nodeArgs: string[] = [];
    const relationshipArgs: string[] = [];
    let nodes = 0;
    let relationships = 0;
    for (const [label, out] of this.nodes) {
      await out.close();
      if (out.rows === 0) continue;
      nodes += out.rows;
      nodeArgs.push(`${label}=${out.file}`);
    }
    for (const { type, out } of this.relationships.values()) {
      await out.close();
      if (out.rows === 0) continue;
      relationships += out.rows;
      relationshipArgs.push(`${type}=${out.file}`);
    }
    return { nodeArgs, relationshipArgs, multiline: this.multiline, nodes, relationships };
  }
}
