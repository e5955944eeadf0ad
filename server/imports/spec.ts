import { CLUSTER_LEVELS, COLLABORATION_KINDS, INSTITUTE_KINDS, PLATFORM_KINDS, SRDI_LEVELS, STAGES } from '#shared/enums.js';
import {
  CLUSTER_LEVEL_LABELS,
  COLLABORATION_KIND_LABELS,
  INSTITUTE_KIND_LABELS,
  PLATFORM_KIND_LABELS,
  SRDI_LEVEL_LABELS,
  SRDI_LEVEL_SHORT_LABELS,
  STAGE_LABELS,
} from '#shared/labels.js';
import {
  enumParser,
  normaliseWidth,
  parseBoolean,
  parseCount,
  parseCreditCode,
  parseId,
  parseIdList,
  parseMoney,
  parseRegionCode,
  parsePercent,
  parseSignedPercent,
  parseText,
  parseYear,
  type CellParser,
} from './parse.js';
import { checkSynonymTerm } from '#shared/searchText.js';
import type { IssueCode } from './issues.js';

/**
 * The import format of DATA-FORMAT.md as one table: per file its columns (English header,
 * Chinese header, other accepted headers, required or not, the parser, the graph property and
 * what it refers to) and its key. It drives header mapping, parsing, validation and templates.
 */
export type Entity = 'chain' | 'segment' | 'cluster' | 'enterprise' | 'institute';

export interface ColumnSpec {
  /** the English header, as in DATA-FORMAT.md */
  name: string;
  /** the Chinese header (DATA-FORMAT.md's bracket, or the one used elsewhere for the same column) */
  zh: string;
  /** further accepted headers */
  aliases?: readonly string[];
  required: boolean;
  parse: CellParser;
  /** the property name in the rows handed to Cypher */
  prop: string;
  /** the entity this column's value (or each list item) must exist as */
  ref?: Entity;
  /** a short description of allowed values for templates */
  hint?: { zh: string; en: string };
}

export interface FileSpec {
  file: FileName;
  title: { zh: string; en: string };
  columns: readonly ColumnSpec[];
  /** the columns whose values make a row's key (after defaults: a missing year is 0) */
  key: readonly string[];
  /** the entity this file defines (rows become referable by their key) */
  defines?: Entity;
}

/** The files in dependency order: every reference points to a file earlier in this list (segments' feeds to itself). */
export const FILE_NAMES = [
  'chains',
  'segments',
  'clusters',
  'cluster_years',
  'enterprises',
  'enterprise_years',
  'institutes',
  'platforms',
  'supply_links',
  'collaborations',
  'synonyms',
] as const;
export type FileName = (typeof FILE_NAMES)[number];

/** `GET /api/import/files`: the files an import takes, their columns and the upload limits (server/imports/http.ts; the web's import page reads it). */
export interface ImportFormat {
  maxFileBytes: number;
  maxFiles: number;
  files: {
    file: FileName;
    title: { zh: string; en: string };
    columns: { name: string; zh: string; required: boolean; hint: { zh: string; en: string } | null }[];
  }[];
}

/** A synonym or canonical word (issue 18): the rule the saveSynonym mutation uses. */
const synonymWord: CellParser<string> = (raw) => {
  const checked = checkSynonymTerm(raw);
  return checked.ok ? checked : { ok: false, code: checked.problem as IssueCode, message: checked.message };
};
const levels = enumParser(CLUSTER_LEVELS, CLUSTER_LEVEL_LABELS);
const stages = enumParser(STAGES, STAGE_LABELS);
const srdi = enumParser(SRDI_LEVELS, SRDI_LEVEL_LABELS, SRDI_LEVEL_SHORT_LABELS);
const instituteKinds = enumParser(INSTITUTE_KINDS, INSTITUTE_KIND_LABELS);
const collaborationKinds = enumParser(COLLABORATION_KINDS, COLLABORATION_KIND_LABELS);
const platformKinds = enumParser(PLATFORM_KINDS, PLATFORM_KIND_LABELS);

const enumHint = <V extends string>(values: readonly V[], labels: Record<V, { zh: string; en: string }>) => ({
  zh: values.map((v) => labels[v].zh).join('/'),
  en: values.join('/'),
});
const BOOL_HINT = { zh: '是/否', en: 'true/false, 1/0, 是/否' };
const LIST_HINT = { zh: '多个用分号;分隔', en: 'several separated by ;' };
const MONEY_HINT = { zh: '万元，非负数', en: '10k yuan, non-negative' };

type Col = Omit<ColumnSpec, 'required'>;
const req = (c: Col): ColumnSpec => ({ ...c, required: true });
const opt = (c: Col): ColumnSpec => ({ ...c, required: false });

// Columns shared by several files (same header everywhere).
const chainRef: Col = { name: 'chain_id', zh: '链ID', aliases: ['产业链ID'], parse: parseId, prop: 'chainId', ref: 'chain' };
const clusterRef: Col = { name: 'cluster_id', zh: '集群ID', parse: parseId, prop: 'clusterId', ref: 'cluster' };
const enterpriseRef: Col = {
  name: 'credit_code',
  zh: '统一社会信用代码',
  aliases: ['信用代码'],
  parse: parseCreditCode,
  prop: 'creditCode',
  ref: 'enterprise',
};
const instituteRef: Col = { name: 'institute_id', zh: '机构ID', parse: parseId, prop: 'instituteId', ref: 'institute' };
const year: Col = { name: 'year', zh: '年份', parse: parseYear, prop: 'year' };
const county: Col = { name: 'county', zh: '县市区', aliases: ['县（市、区）', '县(市、区)', '区县'], parse: parseText, prop: 'county' };
const regionCode: Col = {
  name: 'region_code',
  zh: '行政区划代码',
  aliases: ['区划代码'],
  parse: parseRegionCode,
  prop: 'regionCode',
  hint: { zh: '6位 GB/T 2260 代码', en: '6-digit GB/T 2260 code' },
};
const city: Col = { name: 'city', zh: '所在城市', aliases: ['城市'], parse: parseText, prop: 'city' };

export const FILE_SPECS: Record<FileName, FileSpec> = {
  chains: {
    file: 'chains',
    title: { zh: '产业链', en: 'Chains' },
    defines: 'chain',
    key: ['chain_id'],
    columns: [
      req({ ...chainRef, prop: 'id', ref: undefined }),
      req({ name: 'name', zh: '产业链名称', parse: parseText, prop: 'name' }),
      opt({ name: 'industry', zh: '行业', parse: parseText, prop: 'industry' }),
    ],
  },
  segments: {
    file: 'segments',
    title: { zh: '产业链环节', en: 'Segments' },
    defines: 'segment',
    key: ['segment_id'],
    columns: [
      req({ name: 'segment_id', zh: '环节ID', parse: parseId, prop: 'id' }),
      req(chainRef),
      req({ name: 'name', zh: '环节名称', parse: parseText, prop: 'name' }),
      req({
        name: 'stage',
        zh: '环节位置',
        aliases: ['上中下游', '阶段'],
        parse: stages,
        prop: 'stage',
        hint: enumHint(STAGES, STAGE_LABELS),
      }),
      req({ name: 'order', zh: '序号', parse: parseCount, prop: 'order', hint: { zh: '非负整数', en: 'whole number' } }),
      opt({
        name: 'feeds',
        zh: '下游环节ID列表',
        aliases: ['下游环节'],
        parse: parseIdList,
        prop: 'feeds',
        ref: 'segment',
        hint: LIST_HINT,
      }),
    ],
  },
  clusters: {
    file: 'clusters',
    title: { zh: '产业集群', en: 'Clusters' },
    defines: 'cluster',
    key: ['cluster_id'],
    columns: [
      req({ ...clusterRef, prop: 'id', ref: undefined }),
      req({ name: 'name', zh: '集群名称', parse: parseText, prop: 'name' }),
      req(county),
      req(chainRef),
      req({
        name: 'level',
        zh: '集群级别',
        aliases: ['级别'],
        parse: levels,
        prop: 'level',
        hint: enumHint(CLUSTER_LEVELS, CLUSTER_LEVEL_LABELS),
      }),
      opt({ name: 'lead_industry', zh: '主导产业', parse: parseText, prop: 'leadIndustry' }),
      opt(regionCode),
    ],
  },
  cluster_years: {
    file: 'cluster_years',
    title: { zh: '集群年度数据', en: 'Cluster years' },
    key: ['cluster_id', 'year'],
    columns: [
      req(clusterRef),
      req(year),
      req({ name: 'output', zh: '产值', aliases: ['产值（万元）', '产值(万元)'], parse: parseMoney, prop: 'output', hint: MONEY_HINT }),
      opt({
        name: 'growth',
        zh: '增速',
        aliases: ['增速（%）', '增速(%)', '增速%'],
        parse: parseSignedPercent,
        prop: 'growth',
        hint: { zh: '%，可为负', en: '%, may be negative' },
      }),
      opt({
        name: 'tax_share',
        zh: '税收占比',
        aliases: ['税收占比（%）', '税收占比(%)', '税收占比%'],
        parse: parsePercent,
        prop: 'taxShare',
        hint: { zh: '%', en: '%' },
      }),
    ],
  },
  enterprises: {
    file: 'enterprises',
    title: { zh: '企业', en: 'Enterprises' },
    defines: 'enterprise',
    key: ['credit_code'],
    columns: [
      req({ ...enterpriseRef, ref: undefined }),
      req({ name: 'name', zh: '企业名称', parse: parseText, prop: 'name' }),
      req({ name: 'local', zh: '是否本地', aliases: ['本地'], parse: parseBoolean, prop: 'local', hint: BOOL_HINT }),
      opt(county),
      opt(city),
      opt({ name: 'province', zh: '所在省份', aliases: ['省份'], parse: parseText, prop: 'province' }),
      opt({
        name: 'cluster_ids',
        zh: '所属集群',
        aliases: ['所属集群ID'],
        parse: parseIdList,
        prop: 'clusterIds',
        ref: 'cluster',
        hint: LIST_HINT,
      }),
      opt({
        name: 'segment_ids',
        zh: '所属环节',
        aliases: ['所属环节ID'],
        parse: parseIdList,
        prop: 'segmentIds',
        ref: 'segment',
        hint: LIST_HINT,
      }),
      opt({ name: 'founded', zh: '成立年份', parse: parseYear, prop: 'founded' }),
      opt({ name: 'dissolved', zh: '注销/迁出年份', aliases: ['注销年份', '迁出年份'], parse: parseYear, prop: 'dissolved' }),
      opt({ name: 'chain_leader', zh: '链主', aliases: ['是否链主'], parse: parseBoolean, prop: 'chainLeader', hint: BOOL_HINT }),
      opt(regionCode),
    ],
  },
  enterprise_years: {
    file: 'enterprise_years',
    title: { zh: '企业年度数据', en: 'Enterprise years' },
    key: ['credit_code', 'year'],
    columns: [
      req(enterpriseRef),
      req(year),
      opt({
        name: 'revenue',
        zh: '营业收入',
        aliases: ['营业收入（万元）', '营业收入(万元)'],
        parse: parseMoney,
        prop: 'revenue',
        hint: MONEY_HINT,
      }),
      opt({
        name: 'rd_spend',
        zh: '研发投入',
        aliases: ['研发投入（万元）', '研发投入(万元)'],
        parse: parseMoney,
        prop: 'rdSpend',
        hint: MONEY_HINT,
      }),
      opt({ name: 'above_scale', zh: '规上', aliases: ['是否规上', '规上企业'], parse: parseBoolean, prop: 'aboveScale', hint: BOOL_HINT }),
      opt({
        name: 'srdi_level',
        zh: '专精特新等级',
        aliases: ['专精特新'],
        parse: srdi,
        prop: 'srdiLevel',
        hint: enumHint(SRDI_LEVELS, SRDI_LEVEL_LABELS),
      }),
      opt({
        name: 'high_value_patents',
        zh: '高价值发明专利',
        aliases: ['高价值发明专利数'],
        parse: parseCount,
        prop: 'highValuePatents',
        hint: { zh: '件数', en: 'count' },
      }),
      opt({
        name: 'smart_factory',
        zh: '智能工厂/数字车间',
        aliases: ['智能工厂', '数字车间'],
        parse: parseBoolean,
        prop: 'smartFactory',
        hint: BOOL_HINT,
      }),
      opt({ name: 'digital_transformation', zh: '智改数转', parse: parseBoolean, prop: 'digitalTransformation', hint: BOOL_HINT }),
      opt({ name: 'green_list', zh: '绿色制造名单', parse: parseBoolean, prop: 'greenList', hint: BOOL_HINT }),
      opt({ name: 'green_diagnosis', zh: '绿色诊断', parse: parseBoolean, prop: 'greenDiagnosis', hint: BOOL_HINT }),
    ],
  },
  institutes: {
    file: 'institutes',
    title: { zh: '高校及科研机构', en: 'Institutes' },
    defines: 'institute',
    key: ['institute_id'],
    columns: [
      req({ ...instituteRef, prop: 'id', ref: undefined }),
      req({ name: 'name', zh: '机构名称', parse: parseText, prop: 'name' }),
      req({ name: 'kind', zh: '机构类型', parse: instituteKinds, prop: 'kind', hint: enumHint(INSTITUTE_KINDS, INSTITUTE_KIND_LABELS) }),
      opt(city),
    ],
  },
  platforms: {
    file: 'platforms',
    title: { zh: '公共服务平台', en: 'Service platforms' },
    key: ['platform_id'],
    columns: [
      req({ name: 'platform_id', zh: '平台ID', parse: parseId, prop: 'id' }),
      req({ name: 'name', zh: '平台名称', parse: parseText, prop: 'name' }),
      req({ name: 'kind', zh: '平台类型', parse: platformKinds, prop: 'kind', hint: enumHint(PLATFORM_KINDS, PLATFORM_KIND_LABELS) }),
      opt({ name: 'level', zh: '级别', aliases: ['平台级别'], parse: parseText, prop: 'level' }),
      opt({ name: 'established', zh: '设立年份', parse: parseYear, prop: 'established' }),
      opt({
        name: 'innovation_platform',
        zh: '是否创新平台',
        aliases: ['创新平台'],
        parse: parseBoolean,
        prop: 'innovationPlatform',
        hint: BOOL_HINT,
      }),
      opt({
        name: 'cluster_ids',
        zh: '服务集群',
        aliases: ['服务集群ID'],
        parse: parseIdList,
        prop: 'clusterIds',
        ref: 'cluster',
        hint: LIST_HINT,
      }),
      opt({
        name: 'host_code',
        zh: '依托企业信用代码',
        aliases: ['依托企业'],
        parse: parseCreditCode,
        prop: 'hostCode',
        ref: 'enterprise',
      }),
    ],
  },
  supply_links: {
    file: 'supply_links',
    title: { zh: '供应关系', en: 'Supply links' },
    key: ['supplier_code', 'buyer_code', 'segment_id', 'year'],
    columns: [
      req({ name: 'supplier_code', zh: '供应方信用代码', parse: parseCreditCode, prop: 'supplier', ref: 'enterprise' }),
      req({ name: 'buyer_code', zh: '采购方信用代码', parse: parseCreditCode, prop: 'buyer', ref: 'enterprise' }),
      req({ name: 'segment_id', zh: '供应品所属环节', aliases: ['环节ID'], parse: parseId, prop: 'segmentId', ref: 'segment' }),
      req({
        name: 'annual_value',
        zh: '年供应额',
        aliases: ['年供应额（万元）', '年供应额(万元)'],
        parse: parseMoney,
        prop: 'annualValue',
        hint: MONEY_HINT,
      }),
      opt({ name: 'product', zh: '产品', parse: parseText, prop: 'product' }),
      opt(year),
    ],
  },
  collaborations: {
    file: 'collaborations',
    title: { zh: '产学研合作', en: 'Collaborations' },
    key: ['institute_id', 'credit_code', 'kind', 'year'],
    columns: [
      req(instituteRef),
      req(enterpriseRef),
      req({
        name: 'kind',
        zh: '合作类型',
        parse: collaborationKinds,
        prop: 'kind',
        hint: enumHint(COLLABORATION_KINDS, COLLABORATION_KIND_LABELS),
      }),
      opt(year),
      opt({ name: 'title', zh: '项目名称', parse: parseText, prop: 'title' }),
    ],
  },
  synonyms: {
    file: 'synonyms',
    title: { zh: '同义词', en: 'Synonyms' },
    key: ['segment_id', 'term'],
    columns: [
      req({ name: 'segment_id', zh: '环节ID', parse: parseId, prop: 'segmentId', ref: 'segment' }),
      req({ name: 'term', zh: '同义词', parse: synonymWord, prop: 'term' }),
      req({ name: 'canonical', zh: '标准词', aliases: ['标准产品名'], parse: synonymWord, prop: 'canonical' }),
    ],
  },
};

/** Which file defines each entity (references are checked against it and the database). */
export const ENTITY_FILE: Record<Entity, FileName> = {
  chain: 'chains',
  segment: 'segments',
  cluster: 'clusters',
  enterprise: 'enterprises',
  institute: 'institutes',
};

export const ENTITY_LABELS: Record<Entity, { zh: string; en: string }> = {
  chain: { zh: '产业链', en: 'chain' },
  segment: { zh: '环节', en: 'segment' },
  cluster: { zh: '集群', en: 'cluster' },
  enterprise: { zh: '企业', en: 'enterprise' },
  institute: { zh: '机构', en: 'institute' },
};

/** Normalises a header for comparison: full-width to ASCII, trimmed, lower case, spaces and dashes as `_`, a required mark `*` dropped. */
export function normaliseHeader(header: string): string {
  return normaliseWidth(header)
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s*\*$/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Maps a header cell to the column it names: the English name, the Chinese header or an
 * alias; a unit or translation in brackets is ignored (`产值（万元）`, `chain_id (链ID)`).
 */
export function matchColumn(spec: FileSpec, header: string): ColumnSpec | undefined {
  const wanted = normaliseHeader(header);
  if (!wanted) return undefined;
  const candidates = [wanted];
  const bracket = /^(.*?)_*\((.*)\)$/.exec(wanted);
  if (bracket) candidates.push(bracket[1]!.replace(/_+$/, ''), bracket[2]!.trim());
  for (const candidate of candidates) {
    const found = spec.columns.find((c) => [c.name, c.zh, ...(c.aliases ?? [])].some((name) => normaliseHeader(name) === candidate));
    if (found) return found;
  }
  return undefined;
}

/** The file spec for a file name such as `enterprises.csv` or `Enterprises.XLSX`. */
export function fileSpecFor(fileName: string): { spec: FileSpec; format: 'csv' | 'xlsx' } | undefined {
  const match = /^(.+)\.(csv|xlsx)$/i.exec(fileName.trim());
  if (!match) return undefined;
  const base = match[1]!.toLowerCase() as FileName;
  if (!(FILE_NAMES as readonly string[]).includes(base)) return undefined;
  return { spec: FILE_SPECS[base], format: match[2]!.toLowerCase() as 'csv' | 'xlsx' };
}
