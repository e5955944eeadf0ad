/**
 * Research institutes (shared by all replicas), collaborations (产学研, concentrated on chain
 * leaders and 专精特新 firms of the institutes' industries) and public service platforms
 * (139 per replica: the named ones of liaocheng-facts.md plus invented ones per cluster).
 */
import type { ClusterLevel, CollaborationKind, PlatformKind } from '#shared/enums.js';
import { COLLABORATION_KINDS, PLATFORM_KINDS } from '#shared/enums.js';
import type { CsvWriter } from './csv.js';
import { COLLABORATION_TOPICS, INSTITUTES, NEW_INNOVATION_PLATFORMS, PLATFORM_FACTS, PLATFORM_KIND_COUNTS } from './liaocheng.js';
import { exists, isLocal, Y2023, Y2025, YEARS, type ClusterRec, type Firm } from './model.js';
import { WeightedPicker, type Rng } from './random.js';

export const COLLABORATIONS_PER_REPLICA = 1500;

export function instituteId(index: number): string {
  return `I${String(index + 1).padStart(2, '0')}`;
}

export async function writeInstitutes(writer: CsvWriter): Promise<void> {
  for (let i = 0; i < INSTITUTES.length; i++) {
    const inst = INSTITUTES[i]!;
    await writer.row([instituteId(i), inst.name, inst.kind, inst.city]);
  }
}

function collaborationTitle(rng: Rng, kind: CollaborationKind, topic: string, industry: string): string {
  switch (kind) {
    case 'JOINT_RD':
      return rng.pick([`${topic}关键技术联合攻关`, `${topic}工艺研发`, `${topic}产学研合作项目`, `${topic}技术提升`]);
    case 'CO_PATENT':
      return rng.pick([`一种${topic}方法`, `一种${topic}装置`, `一种用于${topic}的系统`]);
    case 'TALENT':
      return rng.pick([`${industry}技能人才订单班`, `${topic}工程师联合培养`, `${industry}现代学徒制培养`]);
  }
}

export async function writeCollaborations(firms: readonly Firm[], rng: Rng, writer: CsvWriter): Promise<number> {
  const byChain = new Map<string, { firms: Firm[]; picker: WeightedPicker }>();
  const chainFirms = new Map<string, Firm[]>();
  for (const f of firms) {
    if (!isLocal(f)) continue;
    const list = chainFirms.get(f.chain.id);
    if (list) list.push(f);
    else chainFirms.set(f.chain.id, [f]);
  }
  const weight = (f: Firm) =>
    (f.leader ? 30 : f.srdi[Y2025] === 'LITTLE_GIANT' ? 14 : f.srdi[Y2025] === 'PROVINCIAL' ? 6 : f.above[Y2023] ? 0.5 : 0.05) *
    (f.kind === 'CLUSTER' ? 1 : 0.3);
  for (const [id, list] of chainFirms) byChain.set(id, { firms: list, picker: new WeightedPicker(list.map(weight)) });

  const institutePicker = new WeightedPicker(INSTITUTES.map((i) => i.weight));
  const seen = new Set<string>();
  let rows = 0;
  for (let attempt = 0; rows < COLLABORATIONS_PER_REPLICA && attempt < COLLABORATIONS_PER_REPLICA * 4; attempt++) {
    const ii = institutePicker.pick(rng);
    const inst = INSTITUTES[ii]!;
    const chains = inst.chains.filter((c) => byChain.has(c));
    if (chains.length === 0) continue;
    const chainId = chains[rng.weightedIndex(chains.map((c) => Math.sqrt(byChain.get(c)!.firms.length)))]!;
    const pool = byChain.get(chainId)!;
    const firm = pool.firms[pool.picker.pick(rng)]!;
    const kind = COLLABORATION_KINDS[rng.weightedIndex(inst.kinds ?? [0.5, 0.25, 0.25])]!;
    const yi = rng.weightedIndex([0.2, 0.24, 0.27, 0.29]);
    if (!exists(firm, yi)) continue;
    const key = `${ii}|${firm.code}|${kind}|${yi}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const topic = rng.pick(COLLABORATION_TOPICS[chainId] ?? ['产业共性技术']);
    const industry = firm.chain.name.replace(/产业链$/, '');
    await writer.row([instituteId(ii), firm.code, kind, YEARS[yi], collaborationTitle(rng, kind, topic, industry)]);
    rows++;
  }
  return rows;
}

export interface PlatformStats {
  rows: number;
  digital: number;
  /** innovation platforms established after 2023 */
  newInnovation: number;
}

interface PlatformRow {
  name: string;
  kind: PlatformKind;
  level: ClusterLevel;
  established: number;
  innovation: boolean;
  clusters: number[];
  host: Firm | undefined;
  generated: boolean;
}

const TEMPLATES: Readonly<Record<PlatformKind, readonly string[]>> = {
  TESTING: ['{i}产品质量检验检测中心（{k}）', '{c}检验检测公共服务平台', '山东省{i}产品质量检验中心', '{c}计量测试服务站'],
  TRAINING: ['{c}产业工人培训基地', '{k}{i}技能人才实训基地', '{c}企业家学院', '{c}数字技能培训中心'],
  MARKETING: ['{c}跨境电商服务中心', '{i}产品展示交易中心（{k}）', '{c}品牌推广服务中心', '{c}国际市场开拓服务站'],
  TECHNOLOGY: [
    '聊城市{i}工程技术研究中心',
    '山东省{i}技术创新中心',
    '{c}产业技术研究院',
    '聊城市{i}重点实验室',
    '{c}中试基地',
    '山东省{i}工程研究中心',
    '聊城市{i}企业技术中心',
  ],
  POLICY: ['{k}中小企业公共服务中心', '{c}集群促进中心', '{c}政策服务工作站'],
  FINANCE: ['{c}供应链金融服务平台', '{k}产业集群融资担保服务中心', '{c}要素保障服务平台', '{c}知识产权运营服务中心'],
  DIGITAL: ['{c}工业互联网平台', '{i}产业数字化服务平台', '{c}智改数转服务中心'],
};

function hostFor(rng: Rng, members: readonly Firm[]): Firm | undefined {
  const candidates = members.filter((f) => f.leader || f.srdi[Y2023] !== 'NONE');
  return candidates.length > 0 ? rng.pick(candidates) : undefined;
}

export async function writePlatforms(
  replica: number,
  clusters: readonly ClusterRec[],
  firms: readonly Firm[],
  rng: Rng,
  writer: CsvWriter,
): Promise<PlatformStats> {
  const suffix = replica === 0 ? '' : `（省内${replica + 1}）`;
  const membersOf = clusters.map((c) => firms.filter((f) => f.clusters[0] === c.index));
  const rows: PlatformRow[] = PLATFORM_FACTS.map((p) => ({
    name: p.name,
    kind: p.kind,
    level: p.level,
    established: p.established,
    innovation: p.innovation,
    clusters: [...p.clusters],
    host: p.host ? membersOf[p.host.cluster]!.find((f) => f.leader && f.segs.includes(p.host!.segment)) : undefined,
    generated: false,
  }));
  const names = new Set(rows.map((r) => r.name));
  const byOutput = [...clusters].sort((a, b) => b.output[Y2023]! - a.output[Y2023]! || a.index - b.index);
  let cursor = 0;
  for (const kind of PLATFORM_KINDS) {
    let need = PLATFORM_KIND_COUNTS[kind] - rows.filter((r) => r.kind === kind).length;
    for (let guard = 0; need > 0 && guard < 10_000; guard++) {
      const c = byOutput[cursor++ % byOutput.length]!;
      const template = TEMPLATES[kind].find((t) => !names.has(fill(t, c)));
      if (!template) continue;
      const name = fill(template, c);
      names.add(name);
      const related = clusters.filter((o) => o !== c && (o.chain === c.chain || o.county === c.county));
      const served = [c.index];
      if (related.length > 0 && rng.chance(0.4)) served.push(rng.pick(related).index);
      if (related.length > 1 && served.length === 2 && rng.chance(0.3)) {
        const third = rng.pick(related).index;
        if (!served.includes(third)) served.push(third);
      }
      const hostChance = kind === 'TECHNOLOGY' ? 0.6 : kind === 'DIGITAL' ? 0.4 : kind === 'TESTING' ? 0.2 : 0.1;
      rows.push({
        name,
        kind,
        level: name.startsWith('山东省') ? 'PROVINCIAL' : 'CITY',
        established: rng.int(2008, 2023),
        innovation: false,
        clusters: served,
        host: rng.chance(hostChance) ? hostFor(rng, membersOf[c.index]!) : undefined,
        generated: true,
      });
      need--;
    }
    if (need > 0) throw new Error(`not enough distinct ${kind} platform names`);
  }
  // innovation platforms: technology ones always, some testing and digital ones; 38 are new (2024-2025)
  const generated = (kind: PlatformKind) => rows.filter((r) => r.generated && r.kind === kind);
  const newOnes = [...generated('TECHNOLOGY').slice(0, 24), ...generated('TESTING').slice(0, 8), ...generated('DIGITAL').slice(0, 6)];
  if (newOnes.length !== NEW_INNOVATION_PLATFORMS) throw new Error('platform quotas do not give the new innovation platforms');
  newOnes.forEach((r, i) => {
    r.innovation = true;
    r.established = i % 2 === 0 ? 2024 : 2025;
  });
  for (const r of [...generated('TECHNOLOGY').slice(24), ...generated('TESTING').slice(8, 14)]) {
    r.innovation = true;
    r.established = rng.int(2012, 2023);
  }
  for (const r of rows) if (!r.innovation && r.generated && rng.chance(0.06)) r.established = rng.int(2024, 2025);

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const id = `P${String(i + 1).padStart(3, '0')}${replica === 0 ? '' : `-R${replica + 1}`}`;
    await writer.row([
      id,
      r.name + suffix,
      r.kind,
      r.level,
      r.established,
      r.innovation,
      r.clusters.map((c) => clusters[c]!.id),
      r.host?.code ?? '',
    ]);
  }
  return {
    rows: rows.length,
    digital: rows.filter((r) => r.kind === 'DIGITAL').length,
    newInnovation: rows.filter((r) => r.innovation && r.established > 2023).length,
  };
}

function fill(template: string, c: ClusterRec): string {
  const base = c.spec.name;
  return template.replace('{c}', base).replace('{i}', c.leadIndustry).replace('{k}', c.county);
}
