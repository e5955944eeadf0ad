import type { Actor } from '../auth/policy.js';
import { badInput } from '../errors.js';
import { EXPORT_FORMATS, exportFileName, exportTables, type ExportFile, type ExportTable } from '../exports/files.js';
import { COLLABORATION_KIND_LABELS, GRAPH_EDGE_KIND_LABELS, GRAPH_NODE_KIND_LABELS, SRDI_LEVEL_LABELS } from '#shared/labels.js';
import type { CollaborationKind } from '#shared/enums.js';
import { asText, type ExportCell } from '#shared/spreadsheet.js';
import { toGexf, type GexfAttribute, type GexfValue } from './gexf.js';
import type { GraphView, NetworkService } from './service.js';

/**
 * 产学研合作网络 as a download for researchers' own tools: nodes and edges with their attributes as
 * CSV (one table: nodes, or edges with table=edges), XLSX (nodes, edges and a sheet that says what
 * was exported) or GEXF (Gephi, NetworkX). The network is the service's own answer for the caller
 * (same permission check, same cap, and revenue as the role may see it: server/auth/disclosure.ts
 * via the service), so an export never shows more than the page.
 */
const NETWORK_EXPORT_FORMATS = [...EXPORT_FORMATS, 'gexf'] as const;
export type NetworkExportFormat = (typeof NETWORK_EXPORT_FORMATS)[number];
const NETWORK_EXPORT_TABLES = ['nodes', 'edges'] as const;
export type NetworkExportTable = (typeof NETWORK_EXPORT_TABLES)[number];

export function networkExportFormat(raw: unknown): NetworkExportFormat {
  const format = raw === undefined ? 'xlsx' : raw;
  if (typeof format !== 'string' || !NETWORK_EXPORT_FORMATS.includes(format.toLowerCase() as NetworkExportFormat)) {
    throw badInput('format must be csv, xlsx or gexf, given once (格式只能是 csv、xlsx 或 gexf)', {
      format: (JSON.stringify(format) ?? typeof format).slice(0, 20),
    });
  }
  return format.toLowerCase() as NetworkExportFormat;
}

export function networkExportTable(raw: unknown): NetworkExportTable {
  const table = raw === undefined ? 'nodes' : raw;
  if (typeof table !== 'string' || !NETWORK_EXPORT_TABLES.includes(table as NetworkExportTable))
    throw badInput('table must be nodes or edges, given once (表只能是 nodes 或 edges)', { field: 'table' });
  return table as NetworkExportTable;
}

type Node = GraphView['nodes'][number];
type Edge = GraphView['edges'][number];

/** One column of an export: its header, its GEXF attribute (none for what GEXF says itself: id, label, source, target) and its cell. */
interface Column<T> {
  header: string;
  width: number;
  attribute?: GexfAttribute;
  cell: (row: T, degree: Map<string, number>) => ExportCell;
  /** the GEXF value, when it differs from the cell (codes instead of Chinese labels) */
  gexf?: (row: T, degree: Map<string, number>) => GexfValue;
}

const text = (value: ExportCell): GexfValue => (value !== null && typeof value === 'object' ? value.text : value);
const yesNo = (value: boolean | null) => (value === null ? null : value ? '是' : '否');
/** The page's numbering of communities: 社区 1 is the largest (the service's 0). */
const communityNumber = (node: Node) => (node.community === null ? null : node.community + 1);

/** A yes/no property of a firm: 是/否 in the sheets, true/false in GEXF. */
const yesNoColumn = (header: string, key: 'local' | 'chainLeader'): Column<Node> => ({
  header,
  width: 10,
  attribute: { id: key, title: key, type: 'boolean' },
  cell: (n) => yesNo(n[key]),
  gexf: (n) => n[key],
});

const NODE_COLUMNS: Column<Node>[] = [
  { header: '节点编号', width: 30, cell: (n) => asText(n.id) },
  { header: '名称', width: 30, cell: (n) => n.label },
  {
    header: '类型',
    width: 10,
    attribute: { id: 'kind', title: 'kind', type: 'string' },
    cell: (n) => GRAPH_NODE_KIND_LABELS[n.kind].zh,
    gexf: (n) => n.kind,
  },
  {
    header: '统一社会信用代码',
    width: 24,
    attribute: { id: 'creditCode', title: 'creditCode', type: 'string' },
    cell: (n) => asText(n.creditCode),
  },
  yesNoColumn('是否本地', 'local'),
  {
    header: '营业收入（万元）',
    width: 16,
    attribute: { id: 'revenue', title: 'revenue (10k yuan)', type: 'double' },
    cell: (n) => n.revenue,
  },
  { header: '营业收入规模', width: 14, attribute: { id: 'revenueBand', title: 'revenueBand', type: 'string' }, cell: (n) => n.revenueBand },
  yesNoColumn('是否链主', 'chainLeader'),
  {
    header: '专精特新',
    width: 16,
    attribute: { id: 'srdiLevel', title: 'srdiLevel', type: 'string' },
    cell: (n) => (n.srdiLevel ? SRDI_LEVEL_LABELS[n.srdiLevel].zh : null),
    gexf: (n) => n.srdiLevel,
  },
  {
    header: '所属集群',
    width: 24,
    attribute: { id: 'clusterIds', title: 'clusterIds', type: 'string' },
    cell: (n) => (n.clusterIds && n.clusterIds.length > 0 ? n.clusterIds.join(';') : null),
  },
  { header: '环节编号', width: 16, attribute: { id: 'segmentId', title: 'segmentId', type: 'string' }, cell: (n) => n.segmentId },
  { header: '社区', width: 8, attribute: { id: 'community', title: 'community', type: 'integer' }, cell: communityNumber },
  { header: '中心度', width: 10, attribute: { id: 'centrality', title: 'centrality', type: 'double' }, cell: (n) => n.centrality },
  { header: '联系数', width: 8, attribute: { id: 'degree', title: 'degree', type: 'integer' }, cell: (n, degree) => degree.get(n.id) ?? 0 },
];

const EDGE_COLUMNS: Column<Edge>[] = [
  { header: '关系编号', width: 40, cell: (e) => asText(e.id) },
  { header: '起点', width: 30, cell: (e) => asText(e.source) },
  { header: '终点', width: 30, cell: (e) => asText(e.target) },
  {
    header: '关系类型',
    width: 14,
    attribute: { id: 'kind', title: 'kind', type: 'string' },
    cell: (e) => GRAPH_EDGE_KIND_LABELS[e.kind].zh,
    gexf: (e) => e.kind,
  },
  { header: '年份', width: 8, attribute: { id: 'year', title: 'year', type: 'integer' }, cell: (e) => e.year },
  {
    header: '合作方式',
    width: 12,
    attribute: { id: 'collaborationKind', title: 'collaborationKind', type: 'string' },
    cell: (e) =>
      e.collaborationKind ? (COLLABORATION_KIND_LABELS[e.collaborationKind as CollaborationKind]?.zh ?? e.collaborationKind) : null,
    gexf: (e) => e.collaborationKind,
  },
  { header: '项目名称', width: 40, attribute: { id: 'title', title: 'title', type: 'string' }, cell: (e) => e.title },
];

function degreesOf(view: GraphView): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of view.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}

function table<T>(title: string, columns: Column<T>[], rows: readonly T[], degree: Map<string, number>): ExportTable {
  return {
    title,
    header: columns.map((c) => c.header),
    rows: rows.map((row) => columns.map((c) => c.cell(row, degree))),
    widths: columns.map((c) => c.width),
  };
}

function gexfValues<T>(columns: Column<T>[], row: T, degree: Map<string, number>): Record<string, GexfValue> {
  return Object.fromEntries(
    columns.filter((c) => c.attribute).map((c) => [c.attribute!.id, c.gexf ? c.gexf(row, degree) : text(c.cell(row, degree))]),
  );
}

const day = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export async function exportCollaborationNetwork(
  network: NetworkService,
  args: { clusterId: string | null; clusterName: string | null; year: number | null; table: NetworkExportTable },
  format: NetworkExportFormat,
  actor: Actor | null,
): Promise<ExportFile> {
  const view = await network.collaborationNetwork(args.clusterId, args.year, actor);
  const degree = degreesOf(view);
  const scope = `${args.clusterName ?? '全部集群'}-${args.year ?? '全部年份'}`;
  const name = `产学研合作网络-${scope}-${day().replace(/-/g, '')}`;
  const about = [
    ['范围', args.clusterName ?? '全部集群'],
    ['年份', args.year ?? '全部年份'],
    ['主体数', view.nodes.length],
    ['关系数', view.edges.length],
    [
      '是否截断',
      view.truncated
        ? `是：网络共 ${view.totalNodes} 个主体、${view.totalEdges} 条关系，仅导出联系最多的 ${view.nodes.length} 个主体（与页面一致）`
        : '否',
    ],
    ['社区', '社区编号与页面图例一致（1 为成员最多的社区），由导出的网络计算（Louvain）'],
    ['中心度', '归一化中介中心度（0–1），由导出的网络计算'],
    ['营业收入', '按账号角色显示：只能看规模的角色，营业收入一栏为空，只给出规模'],
  ];
  if (format === 'gexf') {
    const body = toGexf({
      description: `产学研合作网络 · ${scope} · ChainAtlas`,
      date: day(),
      nodeAttributes: NODE_COLUMNS.flatMap((c) => (c.attribute ? [c.attribute] : [])),
      edgeAttributes: EDGE_COLUMNS.flatMap((c) => (c.attribute ? [c.attribute] : [])),
      nodes: view.nodes.map((n) => ({ id: n.id, label: n.label, values: gexfValues(NODE_COLUMNS, n, degree) })),
      edges: view.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: GRAPH_EDGE_KIND_LABELS[e.kind].zh,
        values: gexfValues(EDGE_COLUMNS, e, degree),
      })),
    });
    return { filename: exportFileName(name, 'gexf'), contentType: 'application/gexf+xml; charset=utf-8', body: Buffer.from(body, 'utf8') };
  }
  const nodes = table('节点', NODE_COLUMNS, view.nodes, degree);
  const edges = table('关系', EDGE_COLUMNS, view.edges, degree);
  if (format === 'csv')
    return exportTables('csv', `${name}-${args.table === 'edges' ? '关系' : '节点'}`, [args.table === 'edges' ? edges : nodes]);
  return exportTables('xlsx', name, [nodes, edges, { title: '说明', header: ['项目', '内容'], rows: about, widths: [14, 80] }]);
}
