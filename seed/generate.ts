/**
 * The deterministic default data set of ChainAtlas (synthetic; see seed/README.md).
 *
 *   npx tsx seed/generate.ts [--out DIR] [--scale N] [--link-factor F]
 *
 * Writes the DATA-FORMAT.md files (UTF-8 CSV, English headers) into DIR (default
 * seed/out/default). The same options give the same bytes on every run. Scale 1 reproduces the
 * policy's 2023 figures; --scale N writes N copies of the 28 clusters (copies named "（省内k）")
 * with their own firms and links, streamed replica by replica.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClusterLevel } from '#shared/enums.js';
import { replicaDivision } from '#shared/regions.js';
import { FILE_NAMES, FILE_SPECS, type FileName } from '../server/imports/spec.js';
import { CHAINS, feedsOf, segmentId } from './chains.js';
import { buildClusters } from './clusters.js';
import { CsvWriter, type CsvValue } from './csv.js';
import { synonymRows } from './synonyms.js';
import { buildFirms, type Serial } from './firms.js';
import { NameMaker } from './identity.js';
import { MOVEMENT, NEW_INNOVATION_PLATFORMS, PLATFORM_KIND_COUNTS, POLICY_2023 } from './liaocheng.js';
import { LinkGenerator } from './links.js';
import { exists, isLocal, Y2022, Y2023, Y2024, Y2025, YEARS, type ClusterRec, type Firm } from './model.js';
import { writeCollaborations, writeInstitutes, writePlatforms, type PlatformStats } from './network.js';
import { Rng } from './random.js';
import { dissolveFirms, newProcessor, presentIn, processorLinks, STORY, StoryLinkWriter } from './story.js';
import { assignYearly } from './yearly.js';

export const DEFAULT_SEED = 'chainatlas/liaocheng/2023';
export const DEFAULT_OUT_DIR = 'seed/out/default';

/** The files (without .csv), in dependency order, and their headers: the import format's (server/imports/spec.ts, DATA-FORMAT.md). */
export type DatasetFile = FileName;
export const DATASET_FILES: readonly DatasetFile[] = FILE_NAMES;
const headerOf = (file: DatasetFile): readonly string[] => FILE_SPECS[file].columns.map((c) => c.name);
export const DATASET_HEADERS = Object.fromEntries(FILE_NAMES.map((file) => [file, headerOf(file)])) as Record<
  DatasetFile,
  readonly string[]
>;

export interface GenerateOptions {
  /** output directory (created if missing; the ten CSV files in it are overwritten) */
  outDir: string;
  /** positive integer; 1 = the Liaocheng set with the policy figures (default) */
  scale?: number;
  /**
   * multiplies the supply links per buyer in replicas 2..N (default 1; replica 1, the Liaocheng
   * set, never changes): ~2.2 gives ~10 links per firm, the benchmark sizes M and L
   */
  linkFactor?: number;
  /** seed string (default DEFAULT_SEED); the policy figures hold for any seed */
  seed?: string;
  /** progress lines (the CLI prints them to stderr) */
  onProgress?: (line: string) => void;
}

/** The policy figures as generated, computed on the first replica (the whole set at scale 1). */
export interface BaselineFigures {
  clusters: number;
  levels: Record<ClusterLevel, number>;
  output2022: number;
  output2023: number;
  output2025: number;
  /** total2023 / total2022 - 1 */
  outputGrowth2023: number;
  /** clusters with output >= 1,000,000 / in [500,000, 1,000,000) / below, in 2023 */
  over100Yi2023: number;
  over50Yi2023: number;
  over100Yi2025: number;
  /** >= 500,000 including the >= 1,000,000 ones */
  over50YiIncl2025: number;
  taxShare2023: number;
  clusterFirms: number;
  rdIntensity2023: number;
  rdGrowth2023: number;
  aboveScaleNet2025: number;
  newSrdi2025: number;
  newSmartFactories2025: number;
  digitalTransformationAfter2023: number;
  greenList2025: number;
  greenDiagnosisAfter2023: number;
  platforms: number;
  digitalPlatforms: number;
  newInnovationPlatforms: number;
}

export interface GenerationSummary {
  outDir: string;
  scale: number;
  seed: string;
  files: Record<DatasetFile, { path: string; rows: number; bytes: number }>;
  baseline: BaselineFigures;
  elapsedMs: number;
}

type Writers = Record<DatasetFile, CsvWriter>;

/** region_code: only for the firms of replicas past the first (another Shandong city, replicaCity); the names place the rest. */
function enterpriseRow(f: Firm, clusters: readonly ClusterRec[], replica: number): CsvValue[] {
  return [
    f.code,
    f.name,
    isLocal(f),
    f.county ?? '',
    f.city,
    f.province,
    f.clusters.map((c) => clusters[c]!.id),
    f.segs.map((s) => segmentId(f.chain.id, s)),
    f.founded,
    f.dissolved ?? null,
    f.leader,
    replica > 0 && f.kind !== 'OUTSIDE' ? f.divisionCode : null,
  ];
}

function enterpriseYearRow(f: Firm, y: number): CsvValue[] {
  const known = f.kind !== 'OUTSIDE'; // outside firms: smart/digital/green status unknown
  return [
    f.code,
    YEARS[y],
    f.rev[y],
    f.rd[y],
    f.above[y],
    f.srdi[y],
    f.patents[y],
    known ? f.smart[y] : null,
    known ? f.dt[y] : null,
    known ? f.green[y] : null,
    known ? f.diag[y] : null,
  ];
}

async function writeStatic(w: Writers): Promise<void> {
  for (const chain of CHAINS) {
    await w.chains.row([chain.id, chain.name, chain.industry]);
    for (let i = 0; i < chain.segments.length; i++) {
      const seg = chain.segments[i]!;
      const order = i + 1;
      await w.segments.row([
        segmentId(chain.id, order),
        chain.id,
        seg.name,
        seg.stage,
        order,
        feedsOf(chain, order).map((o) => segmentId(chain.id, o)),
      ]);
    }
  }
  await writeInstitutes(w.institutes);
  for (const row of synonymRows()) await w.synonyms.row(row);
}

function ratio4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function baselineOf(clusters: readonly ClusterRec[], firms: readonly Firm[], platforms: PlatformStats): BaselineFigures {
  const sum = (y: number) => clusters.reduce((a, c) => a + c.output[y]!, 0);
  const members = firms.filter((f) => f.kind === 'CLUSTER');
  const total = (y: number, pick: (f: Firm) => number) => members.reduce((a, f) => a + (exists(f, y) ? pick(f) : 0), 0);
  const count = (pred: (f: Firm) => boolean) => members.filter(pred).length;
  const levels: Record<ClusterLevel, number> = { CITY: 0, PROVINCIAL: 0, NATIONAL: 0 };
  for (const c of clusters) levels[c.level]++;
  return {
    clusters: clusters.length,
    levels,
    output2022: sum(Y2022),
    output2023: sum(Y2023),
    output2025: sum(Y2025),
    outputGrowth2023: ratio4(sum(Y2023) / sum(Y2022) - 1),
    over100Yi2023: clusters.filter((c) => c.output[Y2023]! >= 1_000_000).length,
    over50Yi2023: clusters.filter((c) => c.output[Y2023]! >= 500_000 && c.output[Y2023]! < 1_000_000).length,
    over100Yi2025: clusters.filter((c) => c.output[Y2025]! >= 1_000_000).length,
    over50YiIncl2025: clusters.filter((c) => c.output[Y2025]! >= 500_000).length,
    taxShare2023: Math.round(clusters.reduce((a, c) => a + c.taxShare[Y2023]! * 100, 0)) / 100,
    clusterFirms: members.length,
    rdIntensity2023: ratio4(total(Y2023, (f) => f.rd[Y2023]!) / total(Y2023, (f) => f.rev[Y2023]!)),
    rdGrowth2023: ratio4(total(Y2023, (f) => f.rd[Y2023]!) / total(Y2022, (f) => f.rd[Y2022]!) - 1),
    aboveScaleNet2025: count((f) => f.above[Y2025]!) - count((f) => exists(f, Y2023) && f.above[Y2023]!),
    newSrdi2025: count((f) => f.srdi[Y2025] !== 'NONE' && (!exists(f, Y2023) || f.srdi[Y2023] === 'NONE')),
    newSmartFactories2025: count((f) => f.smart[Y2025]! && !(exists(f, Y2023) && f.smart[Y2023])),
    digitalTransformationAfter2023: count((f) => f.dt[Y2024]! || f.dt[Y2025]!),
    greenList2025: count((f) => f.green[Y2025]!),
    greenDiagnosisAfter2023: count((f) => f.diag[Y2024]! || f.diag[Y2025]!),
    platforms: platforms.rows,
    digitalPlatforms: platforms.digital,
    newInnovationPlatforms: platforms.newInnovation,
  };
}

/** Problems with the policy figures (empty when all hold); checked on the first replica. */
export function policyProblems(b: BaselineFigures): string[] {
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) problems.push(`${what}: ${String(actual)} (wanted ${String(wanted)})`);
  };
  expect('clusters', b.clusters, POLICY_2023.clusters);
  expect('national clusters', b.levels.NATIONAL, 2);
  expect('provincial clusters', b.levels.PROVINCIAL, 5);
  expect('output 2023', b.output2023, POLICY_2023.output);
  expect('output growth 2023', b.outputGrowth2023, POLICY_2023.outputGrowth);
  expect('clusters >= 100亿 in 2023', b.over100Yi2023, 8);
  expect('clusters >= 50亿 (below 100亿) in 2023', b.over50Yi2023, 9);
  expect('clusters >= 100亿 in 2025', b.over100Yi2025, 9);
  expect('tax share 2023', b.taxShare2023, POLICY_2023.taxShare);
  expect('cluster firms', b.clusterFirms, POLICY_2023.clusterFirms);
  expect('R&D intensity 2023', b.rdIntensity2023, POLICY_2023.rdIntensity);
  expect('R&D growth 2023', b.rdGrowth2023, POLICY_2023.rdGrowth);
  expect('above-scale movement 2025', b.aboveScaleNet2025, MOVEMENT.aboveScaleNet2025);
  expect('platforms', b.platforms, POLICY_2023.platforms);
  expect('digital platforms', b.digitalPlatforms, PLATFORM_KIND_COUNTS.DIGITAL);
  expect('new innovation platforms', b.newInnovationPlatforms, NEW_INNOVATION_PLATFORMS);
  const growth25 = b.output2025 / b.output2023 - 1;
  if (growth25 < 0.14 || growth25 > 0.17) problems.push(`output 2025 vs 2023: ${growth25.toFixed(4)} (wanted 0.14..0.17)`);
  return problems;
}

export async function generateDataset(options: GenerateOptions): Promise<GenerationSummary> {
  const started = performance.now();
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be a positive integer, got ${scale}`);
  const linkFactor = options.linkFactor ?? 1;
  if (!Number.isFinite(linkFactor) || linkFactor < 1) throw new RangeError(`linkFactor must be a number >= 1, got ${linkFactor}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const outDir = resolve(options.outDir);
  const progress = options.onProgress ?? (() => {});
  await mkdir(outDir, { recursive: true });

  const writers = {} as Writers;
  for (const file of DATASET_FILES) writers[file] = new CsvWriter(join(outDir, `${file}.csv`), DATASET_HEADERS[file]);
  const root = new Rng(seed);
  const serial: Serial = { next: 0 };
  const takenNames = new Set<number>();
  let baseline: BaselineFigures | undefined;
  try {
    await writeStatic(writers);
    for (let r = 0; r < scale; r++) {
      const rng = root.fork(`replica-${r}`);
      const clusters = buildClusters(r, rng.fork('clusters'));
      const { firms, leaderShare } = buildFirms(r, clusters, rng.fork('firms'), new NameMaker(rng.fork('names'), takenNames), serial);
      assignYearly(firms, clusters, leaderShare, rng.fork('yearly'));
      // the 2023 → 2025 story (closures, the 果蔬 processor) in the Liaocheng set only
      const storyRng = rng.fork('story');
      if (r === 0) dissolveFirms(firms, storyRng);
      const processor = r === 0 ? newProcessor(clusters, serial) : null;

      for (const c of clusters) {
        await writers.clusters.row([
          c.id,
          c.name,
          c.county,
          c.chain.id,
          c.level,
          c.leadIndustry,
          r > 0 ? replicaDivision(c.divisionCode, r) : null,
        ]);
        for (let y = Y2022; y <= Y2025; y++) await writers.cluster_years.row([c.id, YEARS[y], c.output[y], c.growth[y], c.taxShare[y]]);
      }
      for (const f of processor ? [...firms, processor] : firms) {
        await writers.enterprises.row(enterpriseRow(f, clusters, r));
        for (let y = Y2022; y <= Y2025; y++)
          if (exists(f, y) && presentIn(f, YEARS[y]!)) await writers.enterprise_years.row(enterpriseYearRow(f, y));
      }
      const story = new StoryLinkWriter(
        writers.supply_links,
        firms,
        r === 0 ? clusters.find((c) => c.name === STORY.processor.cluster) : undefined,
      );
      const links = new LinkGenerator(firms, rng.fork('links'), story, r === 0 ? 1 : linkFactor);
      let linkRows = 0;
      for (const f of firms) {
        if (isLocal(f)) linkRows += await links.buyer(f);
        else if (f.chain.segments[f.segs[0]! - 1]!.outsideBuys) linkRows += await links.outsideBuyer(f);
      }
      if (processor) linkRows += await processorLinks(processor, story, writers.supply_links, storyRng);
      await writeCollaborations(firms, rng.fork('collaborations'), writers.collaborations);
      const platforms = await writePlatforms(r, clusters, firms, rng.fork('platforms'), writers.platforms);

      if (r === 0) {
        baseline = baselineOf(clusters, firms, platforms);
        const problems = policyProblems(baseline);
        if (problems.length > 0) throw new Error(`generated data misses the policy figures:\n  ${problems.join('\n  ')}`);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      progress(`replica ${r + 1}/${scale}: ${firms.length} firms, ${linkRows} supply links (${seconds} s)`);
    }
  } finally {
    for (const file of DATASET_FILES) await writers[file].close();
  }

  const files = {} as GenerationSummary['files'];
  for (const file of DATASET_FILES) files[file] = { path: writers[file].path, rows: writers[file].rows, bytes: writers[file].bytes };
  return { outDir, scale, seed, files, baseline: baseline!, elapsedMs: Math.round(performance.now() - started) };
}

function parseArgs(argv: readonly string[]): { outDir: string; scale: number; linkFactor: number } | 'help' {
  let outDir = DEFAULT_OUT_DIR;
  let scale = 1;
  let linkFactor = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--out') outDir = value();
    else if (arg.startsWith('--out=')) outDir = arg.slice('--out='.length);
    else if (arg === '--scale') scale = Number(value());
    else if (arg.startsWith('--scale=')) scale = Number(arg.slice('--scale='.length));
    else if (arg === '--link-factor') linkFactor = Number(value());
    else if (arg.startsWith('--link-factor=')) linkFactor = Number(arg.slice('--link-factor='.length));
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale must be a positive integer');
  if (!Number.isFinite(linkFactor) || linkFactor < 1) throw new Error('--link-factor must be a number >= 1');
  return { outDir, scale, linkFactor };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npx tsx seed/generate.ts [--out DIR] [--scale N] [--link-factor F]\n`);
    process.exitCode = 2;
    return;
  }
  if (args === 'help') {
    process.stdout.write('usage: npx tsx seed/generate.ts [--out DIR] [--scale N] [--link-factor F]\n');
    return;
  }
  const summary = await generateDataset({ ...args, onProgress: (line) => process.stderr.write(`[seed] ${line}\n`) });
  for (const file of DATASET_FILES) {
    const f = summary.files[file];
    process.stdout.write(`${`${file}.csv`.padEnd(22)} ${String(f.rows).padStart(10)} rows ${(f.bytes / 1e6).toFixed(1).padStart(8)} MB\n`);
  }
  process.stdout.write(`written to ${summary.outDir} in ${(summary.elapsedMs / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
