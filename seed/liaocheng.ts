/**
 * Facts of the default data set: the 28 clusters (facts/clusters.json; real names and counties where public sources
 * name them, liaocheng-facts.md; the rest invented in the same style), the outside cities that
 * supply them, research institutes and the named service platforms. Figures are the policy's
 * 2023 aggregates (PRODUCT.md) spread over the clusters; everything else is synthetic.
 */
import { CLUSTER_LEVELS, type ClusterLevel, type InstituteKind, type PlatformKind } from '#shared/enums.js';
import { oneOf } from './facts.js';
import clusterRows from './facts/clusters.json' with { type: 'json' };
import outsideCities from './facts/outside-cities.json' with { type: 'json' };

export interface LeaderSpec {
  /** invented name (real firm names are never used) */
  name: string;
  /** segment order numbers in the cluster's chain */
  segments: readonly number[];
  /** share of the cluster's member revenue */
  revenueShare: number;
}

export interface ClusterSpec {
  name: string;
  /** a county of HOME_COUNTIES */
  county: string;
  chain: string;
  level: ClusterLevel;
  leadIndustry: string;
  /** 2023 output, 万元 */
  output2023: number;
  /** growth rates of 2022 (vs 2021), 2023 (vs 2022, adjusted so the total matches), 2024, 2025 */
  growth: readonly [number, number, number, number];
  /** member firms whose primary cluster this is */
  firms: number;
  /** segment weights of the members (order number -> weight); default: the chain's */
  segmentWeights?: Readonly<Record<number, number>>;
  leaders?: readonly LeaderSpec[];
  /** members of the cluster at this index that also belong to this cluster (count) */
  alsoMembersFrom?: { cluster: number; count: number };
}

/** A cluster as facts/clusters.json writes it: the level is any string and the growth any list until they are checked. */
type ClusterRow = Omit<ClusterSpec, 'level' | 'growth'> & { level: string; growth: readonly number[] };

function clusterSpec(row: ClusterRow): ClusterSpec {
  if (row.growth.length !== 4) throw new RangeError(`${row.name}: growth needs the rates of 2022, 2023, 2024 and 2025`);
  return { ...row, level: oneOf(CLUSTER_LEVELS, row.level, row.name), growth: row.growth as ClusterSpec['growth'] };
}

/** 2023: 28 clusters, total 3698.86亿 = 36,988,600 万元, growth 6.47% (data: facts/clusters.json). */
export const CLUSTERS: readonly ClusterSpec[] = (clusterRows as readonly ClusterRow[]).map(clusterSpec);

/** The policy's 2023 aggregates (PRODUCT.md), checked after generation at scale 1. */
export const POLICY_2023 = {
  clusters: 28,
  output: 36_988_600,
  outputGrowth: 0.0647,
  clusterFirms: 11_500,
  taxShare: 68.74,
  rdIntensity: 0.059,
  rdGrowth: 0.1399,
  platforms: 139,
} as const;

/** Dashboard movements after 2023 built into the data (base 2023, latest year 2025). */
export const MOVEMENT = {
  aboveScaleNet2025: 85,
  aboveScaleDropouts2025: 6,
  newSrdi2024: 110,
  newSrdi2025: 120,
  srdiProvincial2023: 460,
  littleGiants2023: 32,
  smartFactories: [96, 118, 139, 164],
  digitalTransformation: { y2022: 380, y2023: 520, both: 510, only2024: 250, only2025: 390 },
  greenList: [26, 38, 50, 62],
  greenDiagnosis: { y2022: 4, y2023: 9, y2024: 20, y2025: 18, both: 3 },
  /** high-value invention patents: growth of the members' sum, 2023/2024/2025 */
  patentGrowth: [0.116, 0.121, 0.118],
  /** R&D intensity targets of the members in 2024 and 2025 */
  rdIntensity2024: 0.0604,
  rdIntensity2025: 0.0617,
  foundedIn2024: 40,
  nonClusterLocalFirms: 320,
  outsideFirms: 1500,
} as const;

export interface OutsideCity {
  city: string;
  province: string;
  /** administrative division code used in credit codes */
  code: string;
  /** short place name used in firm names */
  short: string;
}

/** Keyed by the short name that chains.json uses (data: facts/outside-cities.json). */
export const OUTSIDE_CITIES: Readonly<Record<string, OutsideCity>> = outsideCities;

/** Words that put the county or city first in local firm names (real naming habits). */
export const COUNTY_NAME_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  东昌府区: ['聊城市东昌府区', '聊城', '聊城市'],
  茌平区: ['聊城市茌平区', '茌平', '聊城'],
  阳谷县: ['阳谷', '阳谷县', '山东阳谷'],
  莘县: ['莘县', '山东莘县'],
  东阿县: ['东阿县', '东阿', '山东东阿'],
  冠县: ['冠县', '山东冠县'],
  高唐县: ['高唐县', '高唐', '山东高唐'],
  临清市: ['临清市', '临清', '山东临清'],
  聊城经济技术开发区: ['聊城', '聊城市', '聊城经开区'],
  聊城高新技术产业开发区: ['聊城', '聊城市', '聊城高新区'],
  江北水城旅游度假区: ['聊城', '聊城市', '聊城江北水城'],
};

export interface InstituteSpec {
  name: string;
  kind: InstituteKind;
  city: string;
  /** chains the institute works with */
  chains: readonly string[];
  /** relative number of collaborations */
  weight: number;
  /** relative frequency of JOINT_RD, CO_PATENT, TALENT */
  kinds?: readonly [number, number, number];
}

export const INSTITUTES: readonly InstituteSpec[] = [
  { name: '聊城大学', kind: 'UNIVERSITY', city: '聊城市', chains: ['BRG', 'CHEM', 'FOOD', 'AUTO', 'EJIAO', 'ALU'], weight: 10 },
  { name: '聊城产业技术研究院', kind: 'INSTITUTE', city: '聊城市', chains: ['BRG', 'ALU', 'CU', 'PIPE', 'AUTO', 'COAT'], weight: 7 },
  { name: '北京科技大学', kind: 'UNIVERSITY', city: '北京市', chains: ['BRG', 'PIPE', 'ALU', 'CU', 'COAT'], weight: 5 },
  { name: '大连工业大学', kind: 'UNIVERSITY', city: '大连市', chains: ['FOOD', 'TEX', 'PAPER', 'EJIAO'], weight: 4 },
  { name: '齐鲁工业大学', kind: 'UNIVERSITY', city: '济南市', chains: ['BRG', 'PAPER', 'FOOD', 'CHEM'], weight: 5 },
  {
    name: '聊城技师学院',
    kind: 'UNIVERSITY',
    city: '聊城市',
    chains: ['BRG', 'AUTO', 'PIPE', 'TEX', 'COAT'],
    weight: 5,
    kinds: [0.05, 0.0, 0.95],
  },
  { name: '山东大学', kind: 'UNIVERSITY', city: '济南市', chains: ['AUTO', 'CHEM', 'BRG', 'ALU'], weight: 3 },
  { name: '山东理工大学', kind: 'UNIVERSITY', city: '淄博市', chains: ['AUTO', 'BRG', 'PIPE'], weight: 3 },
  { name: '青岛科技大学', kind: 'UNIVERSITY', city: '青岛市', chains: ['CHEM'], weight: 3 },
  { name: '中国石油大学（华东）', kind: 'UNIVERSITY', city: '青岛市', chains: ['CHEM'], weight: 2 },
  { name: '山东农业大学', kind: 'UNIVERSITY', city: '泰安市', chains: ['FOOD', 'WOOD', 'EJIAO'], weight: 3 },
  { name: '中国农业大学', kind: 'UNIVERSITY', city: '北京市', chains: ['FOOD'], weight: 2 },
  { name: '江南大学', kind: 'UNIVERSITY', city: '无锡市', chains: ['FOOD', 'EJIAO'], weight: 2 },
  { name: '河南科技大学', kind: 'UNIVERSITY', city: '洛阳市', chains: ['BRG'], weight: 3 },
  { name: '东北大学', kind: 'UNIVERSITY', city: '沈阳市', chains: ['ALU', 'PIPE', 'COAT', 'CU'], weight: 2 },
  { name: '中南大学', kind: 'UNIVERSITY', city: '长沙市', chains: ['ALU', 'CU'], weight: 2 },
  { name: '东华大学', kind: 'UNIVERSITY', city: '上海市', chains: ['TEX'], weight: 2 },
  { name: '天津科技大学', kind: 'UNIVERSITY', city: '天津市', chains: ['PAPER', 'FOOD'], weight: 2 },
  { name: '北京林业大学', kind: 'UNIVERSITY', city: '北京市', chains: ['WOOD', 'PAPER'], weight: 1.5 },
  { name: '吉林大学', kind: 'UNIVERSITY', city: '长春市', chains: ['AUTO'], weight: 2 },
  { name: '山东中医药大学', kind: 'UNIVERSITY', city: '济南市', chains: ['EJIAO'], weight: 1.5 },
  { name: '中国中医科学院中药研究所', kind: 'INSTITUTE', city: '北京市', chains: ['EJIAO'], weight: 1 },
  { name: '洛阳轴承研究所', kind: 'INSTITUTE', city: '洛阳市', chains: ['BRG'], weight: 2 },
  { name: '山东省科学院新材料研究所', kind: 'INSTITUTE', city: '济南市', chains: ['CHEM', 'ALU', 'COAT'], weight: 2 },
  { name: '山东省农业科学院', kind: 'INSTITUTE', city: '济南市', chains: ['FOOD', 'EJIAO'], weight: 2 },
  { name: '聊城市轴承精密制造重点实验室', kind: 'LAB', city: '聊城市', chains: ['BRG'], weight: 2, kinds: [0.7, 0.3, 0] },
  { name: '山东省橡胶助剂绿色制造重点实验室', kind: 'LAB', city: '聊城市', chains: ['CHEM'], weight: 1.5, kinds: [0.7, 0.3, 0] },
  { name: '聊城市铝基新材料重点实验室', kind: 'LAB', city: '聊城市', chains: ['ALU'], weight: 1, kinds: [0.7, 0.3, 0] },
];

/** Collaboration titles by chain: topics combined with a kind-specific pattern. */
export const COLLABORATION_TOPICS: Readonly<Record<string, readonly string[]>> = {
  BRG: [
    '高碳铬轴承钢套圈精密锻造',
    '轴承套圈感应淬火',
    '保持器精密冲压',
    '钢球超精研磨',
    '低噪音深沟球轴承',
    '风电主轴轴承',
    '轴承数字化检测',
    '轴承套圈智能磨削',
    '轴承寿命预测',
    '农机轴承密封',
  ],
  PIPE: ['冷拔精密无缝管', '钢管在线无损检测', '液压缸筒珩磨', '钢管调质热处理', '高压锅炉管'],
  ALU: ['再生铝保级利用', '铝合金轮毂轻量化', '6系铝合金挤压', '铝合金模板', '电解铝节能'],
  CU: ['低氧光亮铜杆', '铜冶炼烟气制酸', '电解铜箔', '特种电缆', '漆包扁线'],
  CHEM: ['橡胶防老剂清洁生产', '不溶性硫磺', '光敏聚酰亚胺', '聚酰亚胺薄膜', 'PE给水管', '化工过程安全'],
  AUTO: ['新能源客车轻量化车身', '农机电控底盘', '驱动桥', '数控刀具涂层', '整车控制', '拖拉机智能驾驶'],
  TEX: ['色织面料数码设计', '低碳印染', '功能性纱线', '色织智能排产'],
  WOOD: ['无醛胶合板', '杨木单板改性', '生态板饰面'],
  EJIAO: ['阿胶质量标准', '驴皮溯源', '阿胶低温提取', '阿胶功能食品', '驴全产业链'],
  FOOD: ['白羽肉鸡健康养殖', '调理鸡肉制品', '预制菜冷链保鲜', '鸡骨提取物调味料', '羽毛粉高值化利用', '设施蔬菜'],
  COAT: ['镀铝锌耐蚀涂层', '彩涂板无铬钝化', '冷轧板形控制', '家电用彩板'],
  PAPER: ['废纸清洁制浆', '高强瓦楞原纸', '涂布白板纸', '造纸废水深度处理'],
};

export interface PlatformFact {
  name: string;
  kind: PlatformKind;
  level: ClusterLevel;
  established: number;
  innovation: boolean;
  /** cluster indices into CLUSTERS */
  clusters: readonly number[];
  /** hosted by the first leader of this cluster index operating in this segment order */
  host?: { cluster: number; segment: number };
}

/** Platforms and institutes named in public sources (liaocheng-facts.md). */
export const PLATFORM_FACTS: readonly PlatformFact[] = [
  {
    name: '国家轴承产品质量检验检测中心（山东）',
    kind: 'TESTING',
    level: 'NATIONAL',
    established: 2016,
    innovation: true,
    clusters: [0, 8, 11],
  },
  { name: '临清轴承大数据平台', kind: 'DIGITAL', level: 'CITY', established: 2021, innovation: false, clusters: [0] },
  { name: '郑家镇轴承保持器技术研究院', kind: 'TECHNOLOGY', level: 'CITY', established: 2020, innovation: true, clusters: [16] },
  {
    name: '国家橡胶助剂工程技术研究中心',
    kind: 'TECHNOLOGY',
    level: 'NATIONAL',
    established: 2011,
    innovation: true,
    clusters: [5],
    host: { cluster: 5, segment: 3 },
  },
  { name: '山东省橡塑新材料创新中心', kind: 'TECHNOLOGY', level: 'PROVINCIAL', established: 2019, innovation: true, clusters: [5, 13, 19] },
  { name: '聊城大学东阿技术转移工作站', kind: 'TECHNOLOGY', level: 'CITY', established: 2018, innovation: false, clusters: [9, 11] },
  {
    name: '齐鲁工业大学轴承智能制造产业共同体',
    kind: 'TECHNOLOGY',
    level: 'PROVINCIAL',
    established: 2022,
    innovation: true,
    clusters: [0, 8],
  },
  {
    name: '聊城产业技术研究院公共技术服务平台',
    kind: 'TECHNOLOGY',
    level: 'CITY',
    established: 2019,
    innovation: true,
    clusters: [0, 1, 3],
  },
];

/** How many platforms of each kind (139 in all; DIGITAL 14, below the 2026 target of 20). */
export const PLATFORM_KIND_COUNTS: Readonly<Record<PlatformKind, number>> = {
  TESTING: 24,
  TRAINING: 20,
  MARKETING: 18,
  TECHNOLOGY: 34,
  POLICY: 12,
  FINANCE: 17,
  DIGITAL: 14,
};

/** Innovation platforms established in 2024 or 2025 (target 50 by 2026, not yet met). */
export const NEW_INNOVATION_PLATFORMS = 38;
