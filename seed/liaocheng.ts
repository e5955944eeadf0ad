/**
 * Facts of the default data set: the 28 clusters (real names and counties where public sources
 * name them, liaocheng-facts.md; the rest invented in the same style), the outside cities that
 * supply them, research institutes and the named service platforms. Figures are the policy's
 * 2023 aggregates (PRODUCT.md) spread over the clusters; everything else is synthetic.
 */
import type { ClusterLevel, InstituteKind, PlatformKind } from '#shared/enums.js';

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

/** 2023: 28 clusters, total 3698.86亿 = 36,988,600 万元, growth 6.47%. */
export const CLUSTERS: readonly ClusterSpec[] = [
  {
    name: '临清轴承',
    county: '临清市',
    chain: 'BRG',
    level: 'PROVINCIAL',
    leadIndustry: '轴承',
    output2023: 5_200_000,
    growth: [0.069, 0.078, 0.085, 0.09],
    firms: 2900,
    segmentWeights: {
      1: 0.002,
      2: 0.08,
      3: 0.18,
      4: 0.06,
      5: 0.14,
      6: 0.03,
      7: 0.03,
      8: 0.03,
      9: 0.16,
      10: 0.004,
      11: 0.01,
      12: 0.22,
      13: 0.04,
    },
    leaders: [
      { name: '山东临清宏瑞轴承集团有限公司', segments: [9, 12], revenueShare: 0.05 },
      { name: '临清市恒泰精工轴承有限公司', segments: [9], revenueShare: 0.03 },
      { name: '临清市烟店鑫源轴承贸易有限公司', segments: [12], revenueShare: 0.025 },
      { name: '临清市金盛轴承锻造有限公司', segments: [2], revenueShare: 0.02 },
    ],
    alsoMembersFrom: { cluster: 8, count: 20 },
  },
  {
    name: '茌平铝精深加工',
    county: '茌平区',
    chain: 'ALU',
    level: 'CITY',
    leadIndustry: '铝精深加工',
    output2023: 4_800_000,
    growth: [0.041, 0.052, 0.06, 0.065],
    firms: 520,
    leaders: [
      { name: '聊城茌平华锐铝业集团有限公司', segments: [2, 3], revenueShare: 0.25 },
      { name: '茌平瑞丰铝合金有限公司', segments: [4], revenueShare: 0.04 },
      { name: '山东鼎晟铝轮毂有限公司', segments: [6], revenueShare: 0.04 },
    ],
    alsoMembersFrom: { cluster: 25, count: 6 },
  },
  {
    name: '阳谷铜',
    county: '阳谷县',
    chain: 'CU',
    level: 'CITY',
    leadIndustry: '铜冶炼及铜材加工',
    output2023: 4_200_000,
    growth: [0.055, 0.061, 0.07, 0.072],
    firms: 380,
    leaders: [
      { name: '阳谷鑫晟铜业集团有限公司', segments: [2, 3], revenueShare: 0.35 },
      { name: '山东阳谷恒锦电工材料有限公司', segments: [4], revenueShare: 0.05 },
    ],
  },
  {
    name: '开发区钢管',
    county: '聊城经济技术开发区',
    chain: 'PIPE',
    level: 'CITY',
    leadIndustry: '无缝钢管',
    output2023: 3_100_000,
    growth: [0.035, 0.043, 0.05, 0.058],
    firms: 610,
    leaders: [
      { name: '聊城中盛无缝钢管有限公司', segments: [2], revenueShare: 0.05 },
      { name: '山东宏正精密钢管有限公司', segments: [3], revenueShare: 0.04 },
      { name: '聊城嘉汇钢管物流有限公司', segments: [6], revenueShare: 0.03 },
    ],
  },
  {
    name: '冠县镀涂钢板制品',
    county: '冠县',
    chain: 'COAT',
    level: 'PROVINCIAL',
    leadIndustry: '镀涂钢板',
    output2023: 2_900_000,
    growth: [0.06, 0.068, 0.07, 0.072],
    firms: 560,
    leaders: [
      { name: '山东冠宏镀锌板有限公司', segments: [4], revenueShare: 0.06 },
      { name: '冠县瑞通彩涂钢板有限公司', segments: [5], revenueShare: 0.05 },
      { name: '冠县鼎盛冷轧板有限公司', segments: [3], revenueShare: 0.04 },
    ],
  },
  {
    name: '阳谷化工新材料',
    county: '阳谷县',
    chain: 'CHEM',
    level: 'NATIONAL',
    leadIndustry: '化工新材料',
    output2023: 2_600_000,
    growth: [0.088, 0.095, 0.09, 0.088],
    firms: 430,
    segmentWeights: { 1: 0.05, 2: 0.2, 3: 0.35, 4: 0.1, 5: 0.1, 6: 0.05, 8: 0.15 },
    leaders: [
      { name: '阳谷鼎华化工新材料股份有限公司', segments: [3], revenueShare: 0.12 },
      { name: '山东聚元聚酰亚胺科技有限公司', segments: [4], revenueShare: 0.05 },
      { name: '阳谷县瑞源塑业有限公司', segments: [5], revenueShare: 0.03 },
    ],
    alsoMembersFrom: { cluster: 13, count: 10 },
  },
  {
    name: '莘县绿色食品加工',
    county: '莘县',
    chain: 'FOOD',
    level: 'NATIONAL',
    leadIndustry: '绿色食品加工',
    output2023: 2_450_000,
    growth: [0.066, 0.071, 0.075, 0.08],
    firms: 820,
    leaders: [
      { name: '莘县朝城鑫和食品集团有限公司', segments: [2, 3], revenueShare: 0.08 },
      { name: '山东瑞禾冷链物流有限公司', segments: [4], revenueShare: 0.02 },
      { name: '莘县康源预制菜有限公司', segments: [5], revenueShare: 0.03 },
    ],
  },
  {
    name: '高唐装备制造',
    county: '高唐县',
    chain: 'AUTO',
    level: 'PROVINCIAL',
    leadIndustry: '车辆与农机装备',
    output2023: 1_900_000,
    growth: [0.074, 0.083, 0.08, 0.085],
    firms: 470,
    leaders: [
      { name: '高唐县宏力车辆集团有限公司', segments: [13], revenueShare: 0.1 },
      { name: '山东高唐瑞拓农业装备有限公司', segments: [13], revenueShare: 0.05 },
      { name: '高唐县精锐数控刀具有限公司', segments: [7], revenueShare: 0.02 },
    ],
  },
  {
    name: '冠县轴承锻造',
    county: '冠县',
    chain: 'BRG',
    level: 'PROVINCIAL',
    leadIndustry: '轴承套圈锻造',
    output2023: 820_000,
    growth: [0.08, 0.09, 0.11, 0.105],
    firms: 528,
    segmentWeights: { 1: 0.01, 2: 0.75, 3: 0.14, 4: 0.06, 12: 0.04 },
    leaders: [
      { name: '冠县鸿昌轴承锻造有限公司', segments: [2], revenueShare: 0.05 },
      { name: '山东恒锻精工科技有限公司', segments: [2, 3], revenueShare: 0.04 },
    ],
  },
  {
    name: '东阿阿胶',
    county: '东阿县',
    chain: 'EJIAO',
    level: 'PROVINCIAL',
    leadIndustry: '阿胶及衍生品',
    output2023: 760_000,
    growth: [0.05, 0.058, 0.07, 0.08],
    firms: 260,
    leaders: [
      { name: '东阿县鼎寿阿胶有限公司', segments: [3], revenueShare: 0.1 },
      { name: '山东东阿润元生物科技有限公司', segments: [4], revenueShare: 0.05 },
    ],
  },
  {
    name: '东昌府新能源汽车',
    county: '东昌府区',
    chain: 'AUTO',
    level: 'CITY',
    leadIndustry: '新能源汽车',
    output2023: 710_000,
    growth: [0.105, 0.118, 0.12, 0.13],
    firms: 240,
    segmentWeights: { 1: 0.03, 2: 0.02, 4: 0.1, 5: 0.06, 6: 0.1, 7: 0.08, 8: 0.06, 9: 0.01, 11: 0.01, 12: 0.15, 13: 0.25, 14: 0.08 },
    leaders: [{ name: '聊城东昌新能源客车有限公司', segments: [13], revenueShare: 0.15 }],
  },
  {
    name: '东阿钢球',
    county: '东阿县',
    chain: 'BRG',
    level: 'CITY',
    leadIndustry: '钢球',
    output2023: 680_000,
    growth: [0.06, 0.066, 0.075, 0.078],
    firms: 330,
    segmentWeights: { 1: 0.01, 4: 0.04, 7: 0.85, 9: 0.04, 12: 0.06 },
    leaders: [{ name: '山东永固精密钢球有限公司', segments: [7], revenueShare: 0.08 }],
  },
  {
    name: '临清纺织',
    county: '临清市',
    chain: 'TEX',
    level: 'CITY',
    leadIndustry: '色织纺织',
    output2023: 640_000,
    growth: [0.025, 0.032, 0.04, 0.045],
    firms: 420,
    leaders: [{ name: '临清市瑞锦色织有限公司', segments: [4], revenueShare: 0.06 }],
  },
  {
    name: '阳谷塑料化工',
    county: '阳谷县',
    chain: 'CHEM',
    level: 'CITY',
    leadIndustry: '塑料化工',
    output2023: 610_000,
    growth: [0.04, 0.049, 0.06, 0.062],
    firms: 230,
    segmentWeights: { 1: 0.05, 5: 0.75, 8: 0.2 },
    leaders: [{ name: '阳谷县凯达塑业有限公司', segments: [5], revenueShare: 0.06 }],
  },
  {
    name: '莘县木材加工',
    county: '莘县',
    chain: 'WOOD',
    level: 'CITY',
    leadIndustry: '木材加工',
    output2023: 590_000,
    growth: [0.03, 0.038, 0.045, 0.05],
    firms: 390,
    leaders: [{ name: '莘县森茂木业有限公司', segments: [3], revenueShare: 0.05 }],
  },
  {
    name: '冠县绿色环保纸业',
    county: '冠县',
    chain: 'PAPER',
    level: 'CITY',
    leadIndustry: '环保纸业',
    output2023: 560_000,
    growth: [0.035, 0.041, 0.05, 0.052],
    firms: 150,
    leaders: [{ name: '冠县恒昌纸业有限公司', segments: [3], revenueShare: 0.1 }],
  },
  {
    name: '东昌府轴承保持器',
    county: '东昌府区',
    chain: 'BRG',
    level: 'CITY',
    leadIndustry: '轴承保持器',
    output2023: 530_000,
    growth: [0.062, 0.07, 0.08, 0.085],
    firms: 360,
    segmentWeights: { 6: 0.85, 8: 0.05, 9: 0.04, 12: 0.06 },
    leaders: [{ name: '聊城东昌鑫盛保持器有限公司', segments: [6], revenueShare: 0.06 }],
  },
  {
    name: '冠县低碳数字化纺织全链条',
    county: '冠县',
    chain: 'TEX',
    level: 'CITY',
    leadIndustry: '纺织',
    output2023: 420_000,
    growth: [0.048, 0.055, 0.07, 0.07],
    firms: 280,
  },
  {
    name: '阳谷绿色食品',
    county: '阳谷县',
    chain: 'FOOD',
    level: 'CITY',
    leadIndustry: '肉禽食品',
    output2023: 330_000,
    growth: [0.055, 0.062, 0.07, 0.075],
    firms: 250,
    segmentWeights: { 1: 0.08, 2: 0.35, 3: 0.12, 4: 0.05, 5: 0.2, 6: 0.05, 7: 0.05, 8: 0.1 },
  },
  {
    name: '高新区化工新材料',
    county: '聊城高新技术产业开发区',
    chain: 'CHEM',
    level: 'CITY',
    leadIndustry: '化工新材料',
    output2023: 480_000,
    growth: [0.065, 0.072, 0.06, 0.07],
    firms: 150,
    segmentWeights: { 1: 0.25, 2: 0.35, 3: 0.15, 4: 0.1, 5: 0.15 },
    leaders: [{ name: '聊城高新鼎泰化工有限公司', segments: [1, 2], revenueShare: 0.15 }],
  },
  {
    name: '度假区特色食品',
    county: '江北水城旅游度假区',
    chain: 'FOOD',
    level: 'CITY',
    leadIndustry: '特色食品',
    output2023: 215_000,
    growth: [0.045, 0.05, 0.06, 0.065],
    firms: 110,
    segmentWeights: { 4: 0.15, 5: 0.5, 6: 0.2, 8: 0.15 },
  },
  {
    name: '高唐生态造纸',
    county: '高唐县',
    chain: 'PAPER',
    level: 'CITY',
    leadIndustry: '生态造纸',
    output2023: 390_000,
    growth: [0.03, 0.035, 0.045, 0.05],
    firms: 90,
  },
  {
    name: '开发区汽车零部件',
    county: '聊城经济技术开发区',
    chain: 'AUTO',
    level: 'CITY',
    leadIndustry: '汽车零部件',
    output2023: 460_000,
    growth: [0.072, 0.081, 0.07, 0.08],
    firms: 210,
    segmentWeights: { 1: 0.04, 2: 0.03, 3: 0.02, 4: 0.2, 5: 0.15, 6: 0.15, 7: 0.15, 8: 0.03, 12: 0.13, 13: 0.05, 14: 0.05 },
    leaders: [{ name: '聊城卓越车桥有限公司', segments: [5], revenueShare: 0.08 }],
  },
  {
    name: '茌平纺织',
    county: '茌平区',
    chain: 'TEX',
    level: 'CITY',
    leadIndustry: '棉纺织',
    output2023: 300_000,
    growth: [0.022, 0.028, 0.04, 0.04],
    firms: 190,
    segmentWeights: { 1: 0.03, 2: 0.1, 3: 0.5, 4: 0.2, 6: 0.17 },
  },
  {
    name: '东阿农机装备',
    county: '东阿县',
    chain: 'AUTO',
    level: 'CITY',
    leadIndustry: '农机装备',
    output2023: 260_000,
    growth: [0.052, 0.06, 0.07, 0.07],
    firms: 180,
  },
  {
    name: '高新区铝基新材料',
    county: '聊城高新技术产业开发区',
    chain: 'ALU',
    level: 'CITY',
    leadIndustry: '铝基新材料',
    output2023: 350_000,
    growth: [0.078, 0.085, 0.08, 0.09],
    firms: 140,
    segmentWeights: { 4: 0.1, 5: 0.5, 6: 0.25, 7: 0.15 },
  },
  {
    name: '阳谷电线电缆',
    county: '阳谷县',
    chain: 'CU',
    level: 'CITY',
    leadIndustry: '电线电缆',
    output2023: 440_000,
    growth: [0.045, 0.05, 0.05, 0.06],
    firms: 160,
    segmentWeights: { 4: 0.15, 5: 0.7, 6: 0.15 },
  },
  {
    name: '临清汽车零部件',
    county: '临清市',
    chain: 'AUTO',
    level: 'CITY',
    leadIndustry: '汽车零部件',
    output2023: 293_600,
    growth: [0.062, 0.07, 0.075, 0.08],
    firms: 142,
    segmentWeights: { 1: 0.03, 4: 0.25, 5: 0.15, 6: 0.15, 7: 0.25, 12: 0.12, 14: 0.05 },
  },
];

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

const city = (cityName: string, province: string, code: string, short: string): OutsideCity => ({ city: cityName, province, code, short });

export const OUTSIDE_CITIES: Readonly<Record<string, OutsideCity>> = {
  江阴: city('江阴市', '江苏省', '320281', '江阴'),
  邢台: city('邢台市', '河北省', '130500', '邢台'),
  大冶: city('大冶市', '湖北省', '420281', '大冶'),
  石家庄: city('石家庄市', '河北省', '130100', '石家庄'),
  莱芜: city('济南市', '山东省', '370116', '莱芜'),
  济南: city('济南市', '山东省', '370100', '济南'),
  淄博: city('淄博市', '山东省', '370300', '淄博'),
  包头: city('包头市', '内蒙古自治区', '150200', '包头'),
  唐山: city('唐山市', '河北省', '130200', '唐山'),
  邯郸: city('邯郸市', '河北省', '130400', '邯郸'),
  日照: city('日照市', '山东省', '371100', '日照'),
  临沂: city('临沂市', '山东省', '371300', '临沂'),
  滨州: city('滨州市', '山东省', '371600', '滨州'),
  龙口: city('龙口市', '山东省', '370681', '龙口'),
  百色: city('百色市', '广西壮族自治区', '451000', '百色'),
  三门峡: city('三门峡市', '河南省', '411200', '三门峡'),
  铜陵: city('铜陵市', '安徽省', '340700', '铜陵'),
  贵溪: city('贵溪市', '江西省', '360681', '贵溪'),
  青岛: city('青岛市', '山东省', '370200', '青岛'),
  连云港: city('连云港市', '江苏省', '320700', '连云港'),
  东营: city('东营市', '山东省', '370500', '东营'),
  潍坊: city('潍坊市', '山东省', '370700', '潍坊'),
  南京: city('南京市', '江苏省', '320100', '南京'),
  宁波: city('宁波市', '浙江省', '330200', '宁波'),
  宁德: city('宁德市', '福建省', '350900', '宁德'),
  常州: city('常州市', '江苏省', '320400', '常州'),
  合肥: city('合肥市', '安徽省', '340100', '合肥'),
  深圳: city('深圳市', '广东省', '440300', '深圳'),
  苏州: city('苏州市', '江苏省', '320500', '苏州'),
  无锡: city('无锡市', '江苏省', '320200', '无锡'),
  十堰: city('十堰市', '湖北省', '420300', '十堰'),
  芜湖: city('芜湖市', '安徽省', '340200', '芜湖'),
  长春: city('长春市', '吉林省', '220100', '长春'),
  瓦房店: city('瓦房店市', '辽宁省', '210281', '瓦房店'),
  洛阳: city('洛阳市', '河南省', '410300', '洛阳'),
  襄阳: city('襄阳市', '湖北省', '420600', '襄阳'),
  哈尔滨: city('哈尔滨市', '黑龙江省', '230100', '哈尔滨'),
  慈溪: city('慈溪市', '浙江省', '330282', '慈溪'),
  绍兴: city('绍兴市', '浙江省', '330600', '绍兴'),
  阿克苏: city('阿克苏地区', '新疆维吾尔自治区', '652900', '阿克苏'),
  库尔勒: city('库尔勒市', '新疆维吾尔自治区', '652801', '库尔勒'),
  石河子: city('石河子市', '新疆维吾尔自治区', '659001', '石河子'),
  佛山: city('佛山市', '广东省', '440600', '佛山'),
  菏泽: city('菏泽市', '山东省', '371700', '菏泽'),
  满洲里: city('满洲里市', '内蒙古自治区', '150781', '满洲里'),
  赤峰: city('赤峰市', '内蒙古自治区', '150400', '赤峰'),
  通辽: city('通辽市', '内蒙古自治区', '150500', '通辽'),
  喀什: city('喀什地区', '新疆维吾尔自治区', '653100', '喀什'),
  和田: city('和田地区', '新疆维吾尔自治区', '653200', '和田'),
  武威: city('武威市', '甘肃省', '620600', '武威'),
  庆阳: city('庆阳市', '甘肃省', '621000', '庆阳'),
  德州: city('德州市', '山东省', '371400', '德州'),
  寿光: city('潍坊市', '山东省', '370783', '寿光'),
  金乡: city('济宁市', '山东省', '370828', '金乡'),
  烟台: city('烟台市', '山东省', '370600', '烟台'),
  诸城: city('潍坊市', '山东省', '370782', '诸城'),
  天津: city('天津市', '天津市', '120116', '天津'),
  上海: city('上海市', '上海市', '310115', '上海'),
  广州: city('广州市', '广东省', '440100', '广州'),
  杭州: city('杭州市', '浙江省', '330100', '杭州'),
  泉州: city('泉州市', '福建省', '350500', '泉州'),
  东莞: city('东莞市', '广东省', '441900', '东莞'),
};

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
