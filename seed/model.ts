/** In-memory model of one replica of the data set (28 clusters and their firms). */
import type { ClusterLevel, SrdiLevel } from '#shared/enums.js';
import type { ChainTemplate } from './chains.js';
import type { ClusterSpec } from './liaocheng.js';

export const YEARS = [2022, 2023, 2024, 2025] as const;
export type Year = (typeof YEARS)[number];
export const Y2022 = 0;
export const Y2023 = 1;
export const Y2024 = 2;
export const Y2025 = 3;
/** Years that have supply links: 2023 (the baseline, for comparison) and 2025 (the latest). */
export const LINK_YEARS = [Y2023, Y2025] as const;

export interface ClusterRec {
  index: number;
  id: string;
  name: string;
  county: string;
  divisionCode: string;
  chain: ChainTemplate;
  level: ClusterLevel;
  leadIndustry: string;
  spec: ClusterSpec;
  /** by year index: output (万元), growth (%), tax share (%) */
  output: number[];
  growth: number[];
  taxShare: number[];
  /** sum of the primary members' revenue / output */
  revenueRatio: number;
  /** segment order -> weight among members */
  weights: Map<number, number>;
}

export type FirmKind = 'CLUSTER' | 'LOCAL' | 'OUTSIDE';

export interface Firm {
  idx: number;
  code: string;
  name: string;
  kind: FirmKind;
  county: string | null;
  divisionCode: string;
  city: string;
  province: string;
  /** cluster indices within the replica, primary first */
  clusters: number[];
  chain: ChainTemplate;
  /** segment order numbers in the chain */
  segs: number[];
  founded: number;
  /** the year it closed or moved away (注销/迁出; seed/story.ts); absent while present */
  dissolved?: number;
  leader: boolean;
  rdIntensity: number;
  /** by year index (2022..2025); meaningless before `founded` */
  rev: number[];
  rd: number[];
  above: boolean[];
  srdi: SrdiLevel[];
  patents: number[];
  smart: boolean[];
  dt: boolean[];
  green: boolean[];
  diag: boolean[];
}

export function exists(firm: Firm, yearIndex: number): boolean {
  return firm.founded <= YEARS[yearIndex]!;
}

export function isLocal(firm: Firm): boolean {
  return firm.kind !== 'OUTSIDE';
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function newFirm(
  partial: Pick<
    Firm,
    'name' | 'kind' | 'county' | 'divisionCode' | 'city' | 'province' | 'clusters' | 'chain' | 'segs' | 'founded' | 'leader'
  >,
): Firm {
  return {
    idx: -1,
    code: '',
    ...partial,
    rdIntensity: 0,
    rev: [0, 0, 0, 0],
    rd: [0, 0, 0, 0],
    above: [false, false, false, false],
    srdi: ['NONE', 'NONE', 'NONE', 'NONE'],
    patents: [0, 0, 0, 0],
    smart: [false, false, false, false],
    dt: [false, false, false, false],
    green: [false, false, false, false],
    diag: [false, false, false, false],
  };
}
