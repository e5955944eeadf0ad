import type { Actor } from '../auth/policy.js';
import { badInput } from '../errors.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { LOCAL_SCOPE_LABELS, type LocalScope } from '#shared/regions.js';
import { asText } from '#shared/spreadsheet.js';
import { EXPORT_FORMATS, exportTables, type ExportFile, type ExportFormat } from '../exports/files.js';
import type { GapService, WhatIfFirm } from './service.js';

/**
 * 固链风险 (single-source risks) and 断链推演 (what-if) results as downloads, like the other
 * lists: CSV or XLSX, Chinese headers, credit codes kept as text. The figures are the services'
 * own (same permission checks); this only lays them out.
 */
export function exportFormat(raw: unknown): ExportFormat {
  const format = raw === undefined ? 'xlsx' : raw;
  if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format.toLowerCase() as ExportFormat)) {
    throw badInput(`format must be csv or xlsx, given once (格式只能是 csv 或 xlsx)`, {
      format: (JSON.stringify(format) ?? typeof format).slice(0, 20),
    });
  }
  return format.toLowerCase() as ExportFormat;
}

const day = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');

const place = (f: Pick<WhatIfFirm, 'local' | 'county' | 'city' | 'province'>) =>
  [...new Set((f.local ? [f.county] : [f.province, f.city, f.county]).filter((p): p is string => Boolean(p)))].join(' ') || null;

/** Where "local" was judged, for the sheets' notes: e.g. 市域（聊城市的企业算本地） */
const scopeNote = (scope: LocalScope) =>
  `${LOCAL_SCOPE_LABELS[scope].zh}（集群所在${{ COUNTY: '县', CITY: '市', PROVINCE: '省' }[scope]}的企业算本地）`;

/** The risks of the chain-gap report of the year and scope (local at the cluster's county, city or province). */
/** The columns of the 固链风险 download; the supply values are those of `year` (— when the chain has none). */
export function riskExportHeader(year: number | null): string[] {
  return [
    '采购方',
    '采购方统一社会信用代码',
    '环节',
    '环节状态',
    '唯一供应方',
    '供应方统一社会信用代码',
    '供应方是否本地',
    `年供应额（万元，${year ?? '—'}年）`,
  ];
}

export async function exportRisks(
  gaps: GapService,
  args: { clusterId: string; year: number | null; segmentId: string | null; scope?: LocalScope | null },
  format: ExportFormat,
  actor: Actor | null,
): Promise<ExportFile> {
  const report = await gaps.report({ clusterId: args.clusterId, year: args.year, scope: args.scope }, actor);
  const risks = report.singleSourceRisks.filter((r) => !args.segmentId || r.segmentId === args.segmentId);
  const statusOf = new Map(report.segments.map((s) => [s.segmentId, s.status]));
  const header = riskExportHeader(report.year);
  const rows = risks.map((r) => {
    const status = statusOf.get(r.segmentId);
    // as the role may see them (server/auth/disclosure.ts): a value band, an outside supplier unnamed
    return [
      r.buyerName,
      asText(r.buyerCode),
      r.segmentName,
      status ? GAP_STATUS_LABELS[status].zh : null,
      r.supplierName ?? '外地供应商（不显示）',
      r.supplierCode ? asText(r.supplierCode) : null,
      r.supplierLocal ? '本地' : '外地',
      r.value ?? r.valueBand,
    ];
  });
  // the grouped views of the risks tab (XLSX only: a CSV holds one table, the rows), of the segment asked for if any
  const money = (value: number | null, band: string | null) => value ?? band;
  const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  const bySegment = report.singleSourceRiskSegments
    .filter((g) => !args.segmentId || g.segmentId === args.segmentId)
    .map((g) => [
      g.segmentName,
      g.atRisk ? '⚠ 是' : '否',
      money(g.value, g.valueBand),
      pct(g.share),
      g.risks,
      g.supplierCount,
      g.topSuppliers.map((x) => `${x.supplierName ?? '外地供应商（不显示）'}（${x.buyers} 家）`).join('；'),
    ]);
  const segmentName = new Map(report.segments.map((x) => [x.segmentId, x.name]));
  const bySupplier = report.singleSourceRiskSuppliers
    .filter((g) => !args.segmentId || g.segmentIds.includes(args.segmentId))
    .map((g) => [
      g.supplierName ?? '外地供应商（不显示）',
      g.supplierCode ? asText(g.supplierCode) : null,
      g.supplierLocal ? '本地' : '外地',
      g.dependants,
      g.risks,
      money(g.value, g.valueBand),
      g.segmentIds.map((id) => segmentName.get(id) ?? id).join('；'),
    ]);
  return exportTables(format, `${report.clusterName}-固链风险-${day()}`, [
    { title: '固链风险', header, rows, widths: [30, 24, 18, 10, 30, 24, 12, 18] },
    {
      title: '按环节汇总',
      header: [
        '环节',
        '固链风险（⚠）',
        '涉及金额（万元）',
        '占本环节采购（%）',
        '单一来源采购数',
        '唯一供应方数',
        '主要唯一供应方（仅依赖它的集群企业数）',
      ],
      rows: bySegment,
      widths: [18, 12, 16, 16, 14, 12, 60],
    },
    {
      title: '按供应方汇总',
      header: ['唯一供应方', '统一社会信用代码', '是否本地', '仅依赖它的集群企业数', '单一来源采购数', '涉及金额（万元）', '涉及环节'],
      rows: bySupplier,
      widths: [30, 24, 10, 18, 14, 16, 40],
    },
    {
      title: '说明',
      header: ['项目', '内容'],
      rows: [
        ['集群', report.clusterName],
        ['产业链', report.chainName],
        ['供应年份', report.year],
        ['本地范围', scopeNote(report.scope)],
        ['风险数', risks.length],
        ['含义', '采购方在该环节只有这一家供应方（固链：单一来源风险）'],
        [
          '固链风险（⚠）',
          `单一来源采购占本环节采购额不低于 ${Math.round(report.thresholds.singleSourceShare * 100)}% 的环节（与产业链图谱上的 ⚠ 同一规则）`,
        ],
      ],
      widths: [14, 60],
    },
  ]);
}

export async function exportWhatIf(
  gaps: GapService,
  args: { clusterId: string; remove: string[]; year: number | null },
  format: ExportFormat,
  actor: Actor | null,
): Promise<ExportFile> {
  if (args.remove.length === 0)
    throw badInput('remove: give the credit codes of the firms to remove (请给出要移除的企业信用代码)', { field: 'remove' });
  const [result, report] = await Promise.all([
    gaps.whatIf(args, actor),
    gaps.report({ clusterId: args.clusterId, year: args.year }, actor),
  ]);
  const header = ['波次', '企业名称', '统一社会信用代码', '所在地', '是否本地', '是否链主'];
  const rows = result.waves.flatMap((wave) =>
    wave.firms.map((f) => [wave.depth, f.name, asText(f.creditCode), place(f), f.local ? '是' : '否', f.chainLeader ? '是' : '否']),
  );
  return exportTables(format, `${report.clusterName}-断链推演-${day()}`, [
    { title: '断链企业', header, rows, widths: [8, 30, 24, 18, 10, 10] },
    {
      title: '推演条件与结果',
      header: ['项目', '内容'],
      rows: [
        ['集群', report.clusterName],
        ['供应年份', result.year],
        ['移除的企业（信用代码）', result.removed.join('；')],
        ['断链企业数', result.cutOffCount],
        [
          `受影响营业收入（万元，${result.figuresYear ?? '—'}年）`,
          result.affectedRevenue ?? result.affectedRevenueBand ?? '不显示（少于 3 家企业）',
        ],
        ...result.waves.map((w) => [
          `第 ${w.depth} 波`,
          `${w.firms.length} 家，营业收入 ${w.revenue !== null ? `${w.revenue} 万元` : (w.revenueBand ?? '不显示（少于 3 家企业）')}`,
        ]),
        ['是否截断', result.truncated ? '是（已达最大波次，之后的波次未计算）' : '否'],
      ],
      widths: [30, 60],
    },
  ]);
}
