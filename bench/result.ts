import type { BrowserResult } from './browser.js';
import type { ImportResult } from './import.js';
import type { ScaleName } from './lib/dataset.js';
import type { MachineInfo } from './lib/proc.js';
import type { PeerResult } from './peer.js';
import type { ProfileResult } from './profile.js';
import type { QueryResult, Subjects } from './queries.js';
import type { StartResult } from './start.js';

/** One benchmark run's results (bench/results/*.json): written by run.ts, turned into the report by report.ts. */
export interface RunResult {
  size: ScaleName;
  sizeLabel: string;
  startedAt: string;
  finishedAt?: string;
  durationSeconds?: number;
  machine: MachineInfo;
  loadAverageAfter?: number[];
  note: string;
  args: string[];
  runs: { queries: number; import: number; start: number; browser: number };
  data?: {
    scale: number;
    linkFactor: number;
    rows: number | null;
    counts: Record<string, number>;
    storeBytes: number | null;
    databaseBytes?: number | null;
    transactionLogBytes?: number | null;
    generatedSeconds: number | null;
  };
  /** --bulk: the load through the bulk loader (seconds per step; Neo4j start and schema after it) */
  bulkLoad?: {
    rows: number;
    nodes: number;
    relationships: number;
    seconds: { validate: number; csv: number; import: number; startAndSchema: number; total: number };
  };
  /** a reused store without (current) kept segment figures: their rebuild before the queries, seconds */
  figuresRebuildSeconds?: number;
  neo4j?: { heap: string; pagecacheMb: number; heapUsedBytes: number | null; heapMaxBytes: number | null; peakRssBytes: number | null };
  benchProcessPeakRssBytes?: number | null;
  subjects?: Subjects;
  import?: ImportResult;
  queries?: QueryResult[];
  peer?: PeerResult;
  profile?: ProfileResult;
  start?: StartResult;
  browser?: BrowserResult;
  errors: { part: string; message: string }[];
}
