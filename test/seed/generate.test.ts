import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidCreditCode } from '#shared/creditCode.js';
import { CLUSTER_LEVELS, COLLABORATION_KINDS, PLATFORM_KINDS, SRDI_LEVELS, STAGES } from '#shared/enums.js';
import { HOME_COUNTIES } from '#shared/facts.js';
import { INSTITUTE_KIND_LABELS } from '#shared/labels.js';
import { DATASET_FILES, DATASET_HEADERS, generateDataset, type GenerationSummary } from '../../seed/generate.js';
import { GapIndex, list, readDataset, type Dataset, type Row } from './dataset.js';

const round4 = (x: number) => Math.round(x * 10000) / 10000;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const money = /^\d+(\.\d{1,2})?$/;

let dir: string;
let summary: GenerationSummary;
let data: Dataset;
let gaps: GapIndex;
const byCluster = new Map<string, Row>();
const firmByCode = new Map<string, Row>();
let members: Row[];

function clusterByName(name: string): Row {
  const c = data.clusters.find((x) => x.name === name);
  if (!c) throw new Error(`no cluster ${name}`);
  return c;
}

function statusOf(clusterName: string, segmentName: string) {
  const c = clusterByName(clusterName);
  const seg = gaps.report(c.cluster_id!).find((s) => s.name === segmentName);
  if (!seg) throw new Error(`no segment ${segmentName} in ${clusterName}`);
  return seg;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-seed-'));
  summary = await generateDataset({ outDir: dir });
  data = readDataset(dir);
  gaps = new GapIndex(data);
  for (const c of data.clusters) byCluster.set(c.cluster_id!, c);
  for (const e of data.enterprises) firmByCode.set(e.credit_code!, e);
  members = data.enterprises.filter((e) => list(e.cluster_ids).length > 0);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('seed/generate: files', () => {
  it('writes every DATA-FORMAT file with the English headers and reports its row counts', () => {
    for (const file of DATASET_FILES) {
      const firstLine = readFileSync(join(dir, `${file}.csv`), 'utf8').split('\n', 1)[0]!;
      expect(firstLine.split(','), file).toEqual([...DATASET_HEADERS[file]]);
      expect(summary.files[file].rows, file).toBe(data[file].length);
    }
    expect(summary.baseline.output2023).toBe(36_988_600);
    expect(summary.baseline.clusterFirms).toBe(11_500);
  });

  it('uses the English enums, true/false booleans and money with at most 2 decimals', () => {
    const bool = ['true', 'false'];
    const bad: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) bad.push(what);
    };
    for (const c of data.clusters) check((CLUSTER_LEVELS as readonly string[]).includes(c.level!), `level ${c.level}`);
    for (const s of data.segments) check((STAGES as readonly string[]).includes(s.stage!), `stage ${s.stage}`);
    for (const e of data.enterprises) check(bool.includes(e.local!) && bool.includes(e.chain_leader!), `enterprise ${e.credit_code}`);
    for (const y of data.enterprise_years) {
      check((SRDI_LEVELS as readonly string[]).includes(y.srdi_level!), `srdi ${y.srdi_level}`);
      check(money.test(y.revenue!) && money.test(y.rd_spend!), `money ${y.revenue} ${y.rd_spend}`);
      check(bool.includes(y.above_scale!), `above_scale ${y.above_scale}`);
      const local = firmByCode.get(y.credit_code!)?.local === 'true';
      for (const col of ['smart_factory', 'digital_transformation', 'green_list', 'green_diagnosis']) {
        check(local ? bool.includes(y[col]!) : y[col] === '' || bool.includes(y[col]!), `${col} ${y[col]}`);
      }
    }
    for (const l of data.supply_links) check(money.test(l.annual_value!), `annual_value ${l.annual_value}`);
    for (const p of data.platforms) check((PLATFORM_KINDS as readonly string[]).includes(p.kind!), `platform kind ${p.kind}`);
    for (const i of data.institutes) check(Object.keys(INSTITUTE_KIND_LABELS).includes(i.kind!), `institute kind ${i.kind}`);
    for (const c of data.collaborations)
      check((COLLABORATION_KINDS as readonly string[]).includes(c.kind!), `collaboration kind ${c.kind}`);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('is deterministic: a second run gives byte-identical files', async () => {
    const again = mkdtempSync(join(tmpdir(), 'chainatlas-seed-'));
    try {
      await generateDataset({ outDir: again });
      for (const file of DATASET_FILES) {
        const hash = (d: string) =>
          createHash('sha256')
            .update(readFileSync(join(d, `${file}.csv`)))
            .digest('hex');
        expect(hash(again), file).toBe(hash(dir));
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('seed/generate: the policy figures of 2023', () => {
  it('has 28 clusters: 2 national, 5 provincial, 21 city, in every county', () => {
    expect(data.clusters).toHaveLength(28);
    const names = (level: string) =>
      data.clusters
        .filter((c) => c.level === level)
        .map((c) => c.name)
        .sort();
    expect(names('NATIONAL')).toEqual(['莘县绿色食品加工', '阳谷化工新材料'].sort());
    expect(names('PROVINCIAL')).toEqual(['东阿阿胶', '临清轴承', '冠县轴承锻造', '冠县镀涂钢板制品', '高唐装备制造'].sort());
    expect(names('CITY')).toHaveLength(21);
    for (const county of HOME_COUNTIES)
      expect(
        data.clusters.some((c) => c.county === county.name),
        county.name,
      ).toBe(true);
    expect(new Set(data.clusters.filter((c) => c.chain_id === 'BRG').map((c) => c.name))).toEqual(
      new Set(['临清轴承', '冠县轴承锻造', '东阿钢球', '东昌府轴承保持器']),
    );
  });

  it('has the 2023 output: total 3698.86亿, 8 clusters >= 100亿, 9 more >= 50亿, the rest > 20亿, growth 6.47%', () => {
    const output = (year: string) => data.cluster_years.filter((y) => y.year === year).map((y) => Number(y.output));
    const o23 = output('2023');
    expect(o23).toHaveLength(28);
    expect(sum(o23)).toBe(36_988_600);
    expect(o23.filter((o) => o >= 1_000_000)).toHaveLength(8);
    expect(o23.filter((o) => o >= 500_000 && o < 1_000_000)).toHaveLength(9);
    for (const o of o23.filter((x) => x < 500_000)) expect(o).toBeGreaterThan(200_000);
    expect(round4(sum(o23) / sum(output('2022')) - 1)).toBe(0.0647);
    const taxShare = sum(data.cluster_years.filter((y) => y.year === '2023').map((y) => Number(y.tax_share)));
    expect(Math.round(taxShare * 100) / 100).toBe(68.74);
    // 2025: the +20% and 10 / 10 targets are not met yet
    const o25 = output('2025');
    const growth25 = sum(o25) / sum(o23) - 1;
    expect(growth25).toBeGreaterThanOrEqual(0.14);
    expect(growth25).toBeLessThanOrEqual(0.17);
    expect(o25.filter((o) => o >= 1_000_000)).toHaveLength(9);
    expect(o25.filter((o) => o >= 500_000).length).toBeGreaterThanOrEqual(18);
    expect(o25.filter((o) => o >= 500_000).length).toBeLessThanOrEqual(20);
  });

  it('gives every cluster 2022-2025 with growth consistent with its own outputs', () => {
    for (const c of data.clusters) {
      const years = data.cluster_years.filter((y) => y.cluster_id === c.cluster_id).sort((a, b) => Number(a.year) - Number(b.year));
      expect(years.map((y) => y.year)).toEqual(['2022', '2023', '2024', '2025']);
      for (let i = 1; i < years.length; i++) {
        const expected = Math.round((Number(years[i]!.output) / Number(years[i - 1]!.output) - 1) * 10000) / 100;
        expect(Number(years[i]!.growth)).toBeCloseTo(expected, 2);
      }
    }
  });

  it('has 11,500 local cluster firms, spread roughly by output with 临清轴承 the largest', () => {
    expect(members).toHaveLength(11_500);
    for (const m of members) expect(m.local).toBe('true');
    const counts = new Map<string, number>();
    for (const m of members) for (const c of list(m.cluster_ids)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const largest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(byCluster.get(largest[0])!.name).toBe('临清轴承');
    expect(largest[1]).toBeGreaterThan(2000);
    const dual = members.filter((m) => list(m.cluster_ids).length === 2);
    expect(dual.length).toBeGreaterThan(0);
    expect(dual.length).toBeLessThan(100);
    const nonCluster = data.enterprises.filter((e) => e.local === 'true' && list(e.cluster_ids).length === 0);
    expect(nonCluster.length).toBeGreaterThan(100);
    expect(nonCluster.length).toBeLessThan(1000);
    const outside = data.enterprises.filter((e) => e.local === 'false');
    expect(outside.length).toBeGreaterThan(1200);
    expect(outside.length).toBeLessThan(1800);
    expect(outside.filter((o) => o.city === '' || o.province === '' || o.city === '聊城市')).toEqual([]);
    // chain leaders in every big cluster
    for (const c of data.cluster_years.filter((y) => y.year === '2023' && Number(y.output) >= 1_000_000)) {
      expect(
        members.some((m) => m.chain_leader === 'true' && list(m.cluster_ids).includes(c.cluster_id!)),
        c.cluster_id,
      ).toBe(true);
    }
  });

  it('has valid, unique GB 32100-2015 credit codes with the county or city division code', () => {
    const codes = data.enterprises.map((e) => e.credit_code!);
    expect(new Set(codes).size).toBe(codes.length);
    const divisions = new Map<string, string>(HOME_COUNTIES.map((c) => [c.name, c.divisionCode]));
    const bad = data.enterprises.filter(
      (e) =>
        !isValidCreditCode(e.credit_code!) ||
        !e.credit_code!.startsWith('91') ||
        (e.local === 'true' && e.credit_code!.slice(2, 8) !== divisions.get(e.county!)),
    );
    expect(bad.map((e) => e.credit_code)).toEqual([]);
  });

  it('has R&D intensity 5.90% in 2023 and R&D growth 13.99%, staying above 5%', () => {
    const memberCodes = new Set(members.map((m) => m.credit_code!));
    const rows = (year: string) => data.enterprise_years.filter((y) => y.year === year && memberCodes.has(y.credit_code!));
    const rd = (year: string) => sum(rows(year).map((y) => Number(y.rd_spend)));
    const revenue = (year: string) => sum(rows(year).map((y) => Number(y.revenue)));
    expect(round4(rd('2023') / revenue('2023'))).toBe(0.059);
    expect(round4(rd('2023') / rd('2022') - 1)).toBe(0.1399);
    expect(rd('2024') / revenue('2024')).toBeGreaterThanOrEqual(0.05);
    expect(rd('2025') / revenue('2025')).toBeGreaterThanOrEqual(0.05);
  });

  it('gives every cluster firm a row for each year 2022-2025 since its founding', () => {
    const years = new Map<string, string[]>();
    for (const y of data.enterprise_years) {
      const list2 = years.get(y.credit_code!) ?? [];
      list2.push(y.year!);
      years.set(y.credit_code!, list2);
    }
    let newcomers = 0;
    const bad: string[] = [];
    for (const m of members) {
      const expected = ['2022', '2023', '2024', '2025'].filter((y) => Number(y) >= Number(m.founded));
      if (expected.length < 4) newcomers++;
      if ((years.get(m.credit_code!) ?? []).sort().join() !== expected.join()) bad.push(m.credit_code!);
    }
    expect(bad).toEqual([]);
    expect(newcomers).toBeGreaterThan(0);
    expect(newcomers).toBeLessThan(100);
  });

  it('has 139 platforms, 14 digital, 38 new innovation platforms, each serving 1-3 clusters', () => {
    expect(data.platforms).toHaveLength(139);
    expect(data.platforms.filter((p) => p.kind === 'DIGITAL')).toHaveLength(14);
    expect(data.platforms.filter((p) => p.innovation_platform === 'true' && Number(p.established) >= 2024)).toHaveLength(38);
    for (const kind of PLATFORM_KINDS)
      expect(
        data.platforms.some((p) => p.kind === kind),
        kind,
      ).toBe(true);
    for (const p of data.platforms) {
      const served = list(p.cluster_ids);
      expect(served.length).toBeGreaterThanOrEqual(1);
      expect(served.length).toBeLessThanOrEqual(3);
      for (const c of served) expect(byCluster.has(c)).toBe(true);
      if (p.host_code) expect(firmByCode.get(p.host_code)?.local).toBe('true');
    }
    expect(data.platforms.some((p) => p.host_code)).toBe(true);
    const names = data.platforms.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const real of [
      '国家轴承产品质量检验检测中心（山东）',
      '临清轴承大数据平台',
      '郑家镇轴承保持器技术研究院',
      '国家橡胶助剂工程技术研究中心',
      '山东省橡塑新材料创新中心',
    ]) {
      expect(names).toContain(real);
    }
  });
});

describe('seed/generate: dashboard movements after 2023', () => {
  it('moves the 2026 targets by about the intended amounts', () => {
    const memberCodes = new Set(members.map((m) => m.credit_code!));
    const at = new Map<string, Row>();
    for (const y of data.enterprise_years) if (memberCodes.has(y.credit_code!)) at.set(`${y.credit_code}|${y.year}`, y);
    const row = (code: string, year: string) => at.get(`${code}|${year}`);
    const count = (pred: (code: string) => boolean) => [...memberCodes].filter(pred).length;
    const flag = (code: string, year: string, column: string) => row(code, year)?.[column] === 'true';
    const above = (year: string) => count((c) => flag(c, year, 'above_scale'));
    expect(above('2025') - above('2023')).toBeGreaterThanOrEqual(75);
    expect(above('2025') - above('2023')).toBeLessThan(100);
    const newSrdi = count(
      (c) =>
        row(c, '2025')?.srdi_level !== undefined &&
        row(c, '2025')!.srdi_level !== 'NONE' &&
        (row(c, '2023')?.srdi_level ?? 'NONE') === 'NONE',
    );
    expect(newSrdi).toBeGreaterThanOrEqual(200);
    expect(newSrdi).toBeLessThan(260);
    const newSmart = count((c) => flag(c, '2025', 'smart_factory') && !flag(c, '2023', 'smart_factory'));
    expect(newSmart).toBeGreaterThanOrEqual(40);
    expect(newSmart).toBeLessThan(55);
    const digital = count((c) => flag(c, '2024', 'digital_transformation') || flag(c, '2025', 'digital_transformation'));
    expect(digital).toBeGreaterThanOrEqual(1000);
    expect(digital).toBeLessThan(1300);
    const green = count((c) => flag(c, '2025', 'green_list'));
    expect(green).toBeGreaterThan(50);
    expect(green).toBeLessThan(70);
    const diagnosed = count((c) => flag(c, '2024', 'green_diagnosis') || flag(c, '2025', 'green_diagnosis'));
    expect(diagnosed).toBeGreaterThanOrEqual(30);
    expect(diagnosed).toBeLessThan(45);
    const patents = (year: string) => sum([...memberCodes].map((c) => Number(row(c, year)?.high_value_patents ?? 0)));
    for (const [a, b] of [
      ['2022', '2023'],
      ['2023', '2024'],
      ['2024', '2025'],
    ] as const) {
      const growth = patents(b) / patents(a) - 1;
      expect(growth).toBeGreaterThanOrEqual(0.1);
      expect(growth).toBeLessThanOrEqual(0.14);
    }
  });
});

describe('seed/generate: references and supply links', () => {
  it('resolves every reference', () => {
    const bad: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) bad.push(what);
    };
    const chains = new Set(data.chains.map((c) => c.chain_id!));
    const segments = new Map(data.segments.map((s) => [s.segment_id!, s]));
    for (const s of data.segments) {
      check(chains.has(s.chain_id!), `segment ${s.segment_id} chain`);
      for (const f of list(s.feeds)) check(segments.get(f)?.chain_id === s.chain_id, `segment ${s.segment_id} feeds ${f}`);
    }
    for (const c of data.clusters) check(chains.has(c.chain_id!), `cluster ${c.cluster_id} chain`);
    for (const e of data.enterprises) {
      const clusterChains = list(e.cluster_ids).map((c) => byCluster.get(c)?.chain_id);
      for (const cc of clusterChains) check(cc !== undefined, `enterprise ${e.credit_code} cluster`);
      for (const s of list(e.segment_ids)) {
        check(segments.has(s), `enterprise ${e.credit_code} segment ${s}`);
        for (const cc of clusterChains)
          check(segments.get(s)?.chain_id === cc, `enterprise ${e.credit_code} segment ${s} not in its cluster chain`);
      }
      check(list(e.segment_ids).length > 0, `enterprise ${e.credit_code} has no segment`);
    }
    for (const y of data.enterprise_years) check(firmByCode.has(y.credit_code!), `enterprise_year ${y.credit_code}`);
    const institutes = new Set(data.institutes.map((i) => i.institute_id!));
    const collabKeys = new Set<string>();
    for (const c of data.collaborations) {
      check(institutes.has(c.institute_id!) && firmByCode.has(c.credit_code!), `collaboration ${c.institute_id} ${c.credit_code}`);
      check(['2022', '2023', '2024', '2025'].includes(c.year!) && c.title !== '', `collaboration ${c.year} ${c.title}`);
      const key = `${c.institute_id}|${c.credit_code}|${c.kind}|${c.year}`;
      check(!collabKeys.has(key), `duplicate collaboration ${key}`);
      collabKeys.add(key);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(data.collaborations.length).toBeGreaterThan(1200);
    expect(data.collaborations.length).toBeLessThan(1800);
    for (const name of ['聊城大学', '聊城产业技术研究院', '北京科技大学', '大连工业大学', '齐鲁工业大学', '聊城技师学院']) {
      expect(data.institutes.map((i) => i.name)).toContain(name);
    }
  });

  it('has 40k-70k well-formed supply links for 2023 and 2025, with no duplicate keys', () => {
    expect(data.supply_links.length).toBeGreaterThan(40_000);
    expect(data.supply_links.length).toBeLessThan(70_000);
    const segments = new Set(data.segments.map((s) => s.segment_id!));
    const keys = new Set<string>();
    const bad: string[] = [];
    let clusterBuyers = 0;
    for (const l of data.supply_links) {
      const supplier = firmByCode.get(l.supplier_code!);
      const buyer = firmByCode.get(l.buyer_code!);
      const key = `${l.supplier_code}|${l.buyer_code}|${l.segment_id}|${l.year}`;
      const ok =
        segments.has(l.segment_id!) &&
        supplier !== undefined &&
        buyer !== undefined &&
        l.supplier_code !== l.buyer_code &&
        (l.year === '2023' || l.year === '2025') &&
        Number(l.annual_value) > 0 &&
        l.product !== '' &&
        // the supplier operates in the segment of the product it sells
        list(supplier.segment_ids).includes(l.segment_id!) &&
        !keys.has(key);
      if (!ok) bad.push(key);
      keys.add(key);
      if (buyer && list(buyer.cluster_ids).length > 0) clusterBuyers++;
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(clusterBuyers / data.supply_links.length).toBeGreaterThan(0.9);
  });

  it('lets every cluster firm with inputs buy from 1-5 suppliers per segment, some from exactly one', () => {
    const segments = new Map(data.segments.map((s) => [s.segment_id!, s]));
    const suppliers = new Map<string, number>();
    const buying = new Set<string>();
    for (const l of data.supply_links) {
      const key = `${l.buyer_code}|${l.segment_id}|${l.year}`;
      suppliers.set(key, (suppliers.get(key) ?? 0) + 1);
      if (l.year === '2025') buying.add(l.buyer_code!);
    }
    const counts = [...suppliers.values()];
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(5);
    expect(counts.filter((c) => c === 1).length / counts.length).toBeGreaterThan(0.2);
    // firms feeding on some segment (not the most upstream ones) buy in the latest year
    const fed = new Set(data.segments.flatMap((s) => list(s.feeds)));
    const buyers = members.filter((m) => list(m.segment_ids).some((s) => fed.has(s) && segments.has(s)));
    const without = buyers.filter((m) => !buying.has(m.credit_code!));
    expect(without.length / buyers.length).toBeLessThan(0.01);
  });
});

describe('seed/generate: chain gaps users will check', () => {
  it('has no local firm in the 莘县 fruit and vegetable processing segment in 2023; one founded in 2025 narrows the gap', () => {
    const food = clusterByName('莘县绿色食品加工');
    const seg = data.segments.find((s) => s.chain_id === food.chain_id && s.name === '果蔬加工')!;
    expect(seg).toBeDefined();
    const locals = data.enterprises.filter((e) => e.local === 'true' && list(e.segment_ids).includes(seg.segment_id!));
    expect(locals.map((e) => [e.name, e.founded, e.county, e.cluster_ids])).toEqual([['莘县鲜丰果蔬食品有限公司', '2025', '莘县', '']]);
    const in2023 = gaps.report(food.cluster_id!, '2023').find((s) => s.name === '果蔬加工')!;
    expect(in2023).toMatchObject({ status: 'MISSING', stage: 'DOWNSTREAM', localFirms: 0 });
    expect(in2023.outsideSuppliers.length).toBeGreaterThan(0);
    // 2025: the processor supplies some of the cluster's buyers: still a gap, but no longer MISSING
    const gap = statusOf('莘县绿色食品加工', '果蔬加工');
    expect(gap).toMatchObject({ status: 'WEAK', localFirms: 1 });
    expect(gap.localSupplyRatio).toBeGreaterThan(0.05);
    expect(gap.outsideSuppliers.length).toBeGreaterThan(0);
  });

  it('closes or moves away a few firms outside the clusters in 2025: no 2025 figures or links after', () => {
    const closed = data.enterprises.filter((e) => e.dissolved !== '');
    expect(closed.length).toBe(14);
    expect(closed.every((e) => e.dissolved === '2025' && list(e.cluster_ids).length === 0)).toBe(true);
    const codes = new Set(closed.map((e) => e.credit_code!));
    expect(data.enterprise_years.filter((y) => codes.has(y.credit_code!) && y.year === '2025')).toEqual([]);
    expect(data.supply_links.filter((l) => l.year === '2025' && (codes.has(l.supplier_code!) || codes.has(l.buyer_code!)))).toEqual([]);
    // they were there in 2023
    expect(data.supply_links.some((l) => l.year === '2023' && codes.has(l.supplier_code!))).toBe(true);
  });

  it('buys bearing steel for the bearing clusters mostly from outside (< 30% local)', () => {
    const bearingClusters = new Set(data.clusters.filter((c) => c.chain_id === 'BRG').map((c) => c.cluster_id!));
    const steel = data.segments.find((s) => s.chain_id === 'BRG' && s.order === '1')!;
    for (const year of ['2023', '2025']) {
      let inflow = 0;
      let local = 0;
      for (const l of data.supply_links) {
        if (l.segment_id !== steel.segment_id || l.year !== year) continue;
        if (!list(firmByCode.get(l.buyer_code!)!.cluster_ids).some((c) => bearingClusters.has(c))) continue;
        inflow += Number(l.annual_value);
        if (firmByCode.get(l.supplier_code!)!.local === 'true') local += Number(l.annual_value);
      }
      expect(inflow).toBeGreaterThan(0);
      expect(local / inflow).toBeLessThan(0.3);
    }
    for (const c of ['临清轴承', '冠县轴承锻造', '东阿钢球', '东昌府轴承保持器']) {
      expect(['WEAK', 'MISSING']).toContain(statusOf(c, '轴承钢及原材料').status);
    }
  });

  it('shows the known strengths and gaps', () => {
    for (const s of ['套圈锻造', '保持器', '滚动体（钢球、滚子）', '贸易流通']) expect(statusOf('临清轴承', s).status, s).toBe('STRONG');
    expect(statusOf('临清轴承', '精密与特种轴承').status).toBe('WEAK');
    expect(['WEAK', 'MISSING']).toContain(statusOf('开发区钢管', '钢坯与圆钢').status);
    expect(statusOf('东阿阿胶', '驴皮').status).toBe('WEAK');
    for (const s of ['动力电池', '汽车电子']) expect(['WEAK', 'MISSING']).toContain(statusOf('高唐装备制造', s).status);
    expect(statusOf('临清纺织', '印染与后整理').status).toBe('WEAK');
    const all = data.clusters.flatMap((c) => gaps.report(c.cluster_id!));
    expect(all.some((s) => s.singlePoint && s.localFirms > 0)).toBe(true);
    expect(all.some((s) => s.stage === 'DOWNSTREAM' && s.status === 'MISSING')).toBe(true);
  });

  it('names concrete outside suppliers with several cluster buyers for the weak segments (招商 targets)', () => {
    const cases: [string, string][] = [
      ['临清轴承', '轴承钢及原材料'],
      ['开发区钢管', '钢坯与圆钢'],
      ['东阿阿胶', '驴皮'],
      ['莘县绿色食品加工', '果蔬加工'],
      ['高唐装备制造', '动力电池'],
    ];
    for (const [cluster, segment] of cases) {
      const gap = statusOf(cluster, segment);
      const top = gap.outsideSuppliers.slice(0, 5);
      expect(top.length, `${cluster} ${segment}`).toBeGreaterThanOrEqual(3);
      expect(Math.max(...top.map((t) => t.buyers)), `${cluster} ${segment}`).toBeGreaterThanOrEqual(3);
      for (const t of top) expect(firmByCode.get(t.code)!.city).not.toBe('');
    }
  });
});
