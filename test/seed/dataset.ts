/**
 * Test helpers: read a generated data set back from its CSV files, and compute the chain-gap
 * report of PRODUCT.md ("Chain-gap analysis") in plain TypeScript, independently of the
 * generator, so tests check what users will see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { GapStatus, Stage } from '#shared/enums.js';
import { DEFAULT_GAP_THRESHOLDS } from '#shared/thresholds.js';
import { FILE_NAMES } from '../../server/imports/spec.js';

export type Row = Record<string, string>;

export interface Dataset {
  chains: Row[];
  segments: Row[];
  clusters: Row[];
  cluster_years: Row[];
  enterprises: Row[];
  enterprise_years: Row[];
  supply_links: Row[];
  institutes: Row[];
  collaborations: Row[];
  platforms: Row[];
  synonyms: Row[];
}

export const FILES = FILE_NAMES satisfies readonly (keyof Dataset)[];

export function readCsv(path: string): { header: string[]; rows: Row[] } {
  const text = readFileSync(path, 'utf8');
  const records = parse(text, { columns: false, skip_empty_lines: true });
  const [header, ...body] = records;
  if (!header) throw new Error(`${path} is empty`);
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

export function readDataset(dir: string): Dataset {
  const out = {} as Dataset;
  for (const f of FILES) out[f] = readCsv(join(dir, `${f}.csv`)).rows;
  return out;
}

export const list = (cell: string | undefined): string[] => (cell ? cell.split(';').filter((x) => x.length > 0) : []);

export interface SegmentGap {
  segmentId: string;
  name: string;
  stage: Stage;
  localFirms: number;
  clusterFirms: number;
  qualityFirms: number;
  inflow: number;
  localInflow: number;
  localSupplyRatio: number | null;
  topSupplierShare: number | null;
  status: GapStatus;
  singlePoint: boolean;
  /** outside suppliers by inflow into the cluster in this segment */
  outsideSuppliers: { code: string; value: number; buyers: number }[];
}

/** Indexes built once per data set for gap reports. */
export class GapIndex {
  readonly firm = new Map<string, Row>();
  readonly firmYear = new Map<string, Row>();
  readonly membersOf = new Map<string, Set<string>>();
  readonly operatorsOf = new Map<string, string[]>();
  readonly linksBySegment = new Map<string, Row[]>();

  constructor(readonly data: Dataset) {
    for (const e of data.enterprises) {
      this.firm.set(e.credit_code!, e);
      for (const c of list(e.cluster_ids)) {
        if (!this.membersOf.has(c)) this.membersOf.set(c, new Set());
        this.membersOf.get(c)!.add(e.credit_code!);
      }
      for (const s of list(e.segment_ids)) {
        if (!this.operatorsOf.has(s)) this.operatorsOf.set(s, []);
        this.operatorsOf.get(s)!.push(e.credit_code!);
      }
    }
    for (const y of data.enterprise_years) this.firmYear.set(`${y.credit_code}|${y.year}`, y);
    for (const l of data.supply_links) {
      if (!this.linksBySegment.has(l.segment_id!)) this.linksBySegment.set(l.segment_id!, []);
      this.linksBySegment.get(l.segment_id!)!.push(l);
    }
  }

  latestLinkYear(): string {
    return String(Math.max(...this.data.supply_links.map((l) => Number(l.year))));
  }

  report(clusterId: string, year = this.latestLinkYear()): SegmentGap[] {
    const cluster = this.data.clusters.find((c) => c.cluster_id === clusterId);
    if (!cluster) throw new Error(`no cluster ${clusterId}`);
    const members = this.membersOf.get(clusterId) ?? new Set<string>();
    const t = DEFAULT_GAP_THRESHOLDS;
    // a firm counts in the year when founded by then and not dissolved by then (PRODUCT.md)
    const present = (code: string) => {
      const f = this.firm.get(code)!;
      return !(f.founded && Number(f.founded) > Number(year)) && !(f.dissolved && Number(f.dissolved) <= Number(year));
    };
    return this.data.segments
      .filter((s) => s.chain_id === cluster.chain_id)
      .sort((a, b) => Number(a.order) - Number(b.order))
      .map((s) => {
        const operators = this.operatorsOf.get(s.segment_id!) ?? [];
        const local = operators.filter((c) => this.firm.get(c)!.local === 'true' && present(c));
        const quality = local.filter((c) => {
          const y = this.firmYear.get(`${c}|${year}`);
          return this.firm.get(c)!.chain_leader === 'true' || (y !== undefined && y.srdi_level !== 'NONE');
        });
        const links = (this.linksBySegment.get(s.segment_id!) ?? []).filter(
          (l) => l.year === year && members.has(l.buyer_code!) && present(l.buyer_code!) && present(l.supplier_code!),
        );
        let inflow = 0;
        let localInflow = 0;
        const bySupplier = new Map<string, { value: number; buyers: Set<string> }>();
        for (const l of links) {
          const v = Number(l.annual_value);
          inflow += v;
          if (this.firm.get(l.supplier_code!)!.local === 'true') localInflow += v;
          const e = bySupplier.get(l.supplier_code!) ?? { value: 0, buyers: new Set<string>() };
          e.value += v;
          e.buyers.add(l.buyer_code!);
          bySupplier.set(l.supplier_code!, e);
        }
        const ratio = inflow > 0 ? localInflow / inflow : null;
        const top = inflow > 0 ? Math.max(...[...bySupplier.values()].map((e) => e.value)) / inflow : null;
        const status: GapStatus =
          local.length === 0
            ? 'MISSING'
            : ratio !== null && ratio < t.weakLocalSupplyRatio
              ? 'WEAK'
              : ratio !== null && local.length >= t.strongMinLocalFirms && ratio >= t.strongLocalSupplyRatio && quality.length > 0
                ? 'STRONG'
                : 'COVERED';
        return {
          segmentId: s.segment_id!,
          name: s.name!,
          stage: s.stage as Stage,
          localFirms: local.length,
          clusterFirms: operators.filter((c) => members.has(c) && present(c)).length,
          qualityFirms: quality.length,
          inflow,
          localInflow,
          localSupplyRatio: ratio,
          topSupplierShare: top,
          status,
          singlePoint: top !== null && top >= t.singlePointShare,
          outsideSuppliers: [...bySupplier.entries()]
            .filter(([code]) => this.firm.get(code)!.local !== 'true')
            .map(([code, e]) => ({ code, value: e.value, buyers: e.buyers.size }))
            .sort((a, b) => b.value - a.value || b.buyers - a.buyers),
        };
      });
  }
}
