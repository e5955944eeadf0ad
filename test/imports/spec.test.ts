import { describe, expect, it } from 'vitest';
import { ENTITY_FILE, FILE_NAMES, FILE_SPECS, fileSpecFor, matchColumn } from '../../server/imports/spec.js';

const name = (file: keyof typeof FILE_SPECS, header: string) => matchColumn(FILE_SPECS[file], header)?.name;

describe('the column spec', () => {
  it('has every file and column of DATA-FORMAT.md', () => {
    const columns = Object.fromEntries(FILE_NAMES.map((f) => [f, FILE_SPECS[f].columns.map((c) => (c.required ? c.name : `${c.name}?`))]));
    expect(columns).toEqual({
      chains: ['chain_id', 'name', 'industry?'],
      segments: ['segment_id', 'chain_id', 'name', 'stage', 'order', 'feeds?'],
      // region_code (issue 16): DATA-FORMAT.md's for enterprises; for clusters, the generated province's (seed --scale)
      clusters: ['cluster_id', 'name', 'county', 'chain_id', 'level', 'lead_industry?', 'region_code?'],
      cluster_years: ['cluster_id', 'year', 'output', 'growth?', 'tax_share?'],
      enterprises: [
        'credit_code',
        'name',
        'local',
        'county?',
        'city?',
        'province?',
        'cluster_ids?',
        'segment_ids?',
        'founded?',
        'dissolved?',
        'chain_leader?',
        'region_code?',
      ],
      enterprise_years: [
        'credit_code',
        'year',
        'revenue?',
        'rd_spend?',
        'above_scale?',
        'srdi_level?',
        'high_value_patents?',
        'smart_factory?',
        'digital_transformation?',
        'green_list?',
        'green_diagnosis?',
      ],
      supply_links: ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'product?', 'year?'],
      institutes: ['institute_id', 'name', 'kind', 'city?'],
      collaborations: ['institute_id', 'credit_code', 'kind', 'year?', 'title?'],
      platforms: ['platform_id', 'name', 'kind', 'level?', 'established?', 'innovation_platform?', 'cluster_ids?', 'host_code?'],
      // issue 18: the segments' synonym dictionaries (optional file)
      synonyms: ['segment_id', 'term', 'canonical'],
    });
  });

  it('lists files so that every reference points to an earlier file (or, for feeds, the same one)', () => {
    FILE_NAMES.forEach((file, i) => {
      for (const column of FILE_SPECS[file].columns) {
        if (column.ref) expect(FILE_NAMES.indexOf(ENTITY_FILE[column.ref])).toBeLessThanOrEqual(i);
      }
    });
  });

  it('maps the Chinese headers of DATA-FORMAT.md', () => {
    const pairs: [keyof typeof FILE_SPECS, string, string][] = [
      ['chains', '链ID', 'chain_id'],
      ['chains', '产业链名称', 'name'],
      ['chains', '行业', 'industry'],
      ['segments', '环节ID', 'segment_id'],
      ['segments', '链ID', 'chain_id'],
      ['segments', '环节名称', 'name'],
      ['segments', '序号', 'order'],
      ['segments', '下游环节ID列表', 'feeds'],
      ['clusters', '集群ID', 'cluster_id'],
      ['clusters', '集群名称', 'name'],
      ['clusters', '县市区', 'county'],
      ['clusters', '主导产业', 'lead_industry'],
      ['cluster_years', '集群ID', 'cluster_id'],
      ['cluster_years', '年份', 'year'],
      ['cluster_years', '产值', 'output'],
      ['cluster_years', '增速', 'growth'],
      ['cluster_years', '税收占比', 'tax_share'],
      ['enterprises', '统一社会信用代码', 'credit_code'],
      ['enterprises', '企业名称', 'name'],
      ['enterprises', '是否本地', 'local'],
      ['enterprises', '所在城市', 'city'],
      ['enterprises', '所属集群', 'cluster_ids'],
      ['enterprises', '所属环节', 'segment_ids'],
      ['enterprises', '成立年份', 'founded'],
      ['enterprises', '注销/迁出年份', 'dissolved'],
      ['enterprises', '链主', 'chain_leader'],
      ['enterprises', '行政区划代码', 'region_code'],
      ['enterprise_years', '营业收入', 'revenue'],
      ['enterprise_years', '研发投入', 'rd_spend'],
      ['enterprise_years', '规上', 'above_scale'],
      ['enterprise_years', '高价值发明专利', 'high_value_patents'],
      ['enterprise_years', '智能工厂/数字车间', 'smart_factory'],
      ['enterprise_years', '智改数转', 'digital_transformation'],
      ['enterprise_years', '绿色制造名单', 'green_list'],
      ['enterprise_years', '绿色诊断', 'green_diagnosis'],
      ['supply_links', '供应方信用代码', 'supplier_code'],
      ['supply_links', '采购方信用代码', 'buyer_code'],
      ['supply_links', '供应品所属环节', 'segment_id'],
      ['supply_links', '年供应额', 'annual_value'],
      ['supply_links', '产品', 'product'],
      ['supply_links', '年份', 'year'],
      ['institutes', '机构ID', 'institute_id'],
      ['institutes', '机构名称', 'name'],
      ['collaborations', '机构ID', 'institute_id'],
      ['collaborations', '统一社会信用代码', 'credit_code'],
      ['collaborations', '项目名称', 'title'],
      ['platforms', '平台ID', 'platform_id'],
      ['platforms', '平台名称', 'name'],
      ['platforms', '级别', 'level'],
      ['platforms', '设立年份', 'established'],
      ['platforms', '是否创新平台', 'innovation_platform'],
      ['platforms', '服务集群', 'cluster_ids'],
      ['platforms', '依托企业信用代码', 'host_code'],
    ];
    for (const [file, header, column] of pairs) expect([file, header, name(file, header)]).toEqual([file, header, column]);
  });

  it('maps English headers in any case, with spaces, units or translations in brackets, full-width and required marks', () => {
    expect(name('enterprises', 'Credit_Code')).toBe('credit_code');
    expect(name('enterprises', 'credit code')).toBe('credit_code');
    expect(name('enterprises', ' credit_code ')).toBe('credit_code');
    expect(name('enterprises', '\uFEFFcredit_code')).toBe('credit_code');
    expect(name('enterprises', 'credit_code (统一社会信用代码)')).toBe('credit_code');
    expect(name('enterprises', '统一社会信用代码*')).toBe('credit_code');
    expect(name('cluster_years', '产值（万元）')).toBe('output');
    expect(name('cluster_years', '增速（%）')).toBe('growth');
    expect(name('supply_links', '年供应额(万元)')).toBe('annual_value');
    expect(name('segments', 'ＯＲＤＥＲ')).toBe('order');
    expect(name('enterprises', '备注')).toBeUndefined();
    expect(name('enterprises', '')).toBeUndefined();
  });

  it('knows files by name and format', () => {
    expect(fileSpecFor('enterprises.csv')).toMatchObject({ format: 'csv', spec: { file: 'enterprises' } });
    expect(fileSpecFor('Supply_Links.XLSX')).toMatchObject({ format: 'xlsx', spec: { file: 'supply_links' } });
    expect(fileSpecFor('enterprise.csv')).toBeUndefined();
    expect(fileSpecFor('enterprises.xls')).toBeUndefined();
  });
});
