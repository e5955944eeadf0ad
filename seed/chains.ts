/**
 * Chain templates (产业链模板) of the default data set, from liaocheng-facts.md "Chain templates",
 * segments in the real order, upstream to downstream. Besides the public shape, each segment
 * carries the knobs the generator uses to make the chain-gap analysis come out as it does in
 * Liaocheng: how many local firms operate there, how much of the cluster's purchase of the
 * segment's product is bought locally, and where outside suppliers sit.
 */
import type { Stage } from '#shared/enums.js';

export interface SegmentTemplate {
  name: string;
  stage: Stage;
  /** order numbers (1-based) of the segments whose products firms of this segment buy */
  inputs: readonly number[];
  /** products of this segment: what its firms sell (a supply link names one of them) */
  products: readonly string[];
  /** products by buyer segment, when a buyer segment only takes some of them */
  productsFor?: Readonly<Record<number, readonly string[]>>;
  /** probability that a local buyer sources this segment's product from a local firm */
  localSupply: number;
  /** share of a buyer's revenue spent on this segment's product */
  inputShare: number;
  /** probability that a buyer whose segment takes this input buys it at all (default 1) */
  buyProb?: number;
  /** default weight of the segment among a cluster's firms; 0 = no local firm anywhere */
  localWeight: number;
  /** industry words for local firm names (empty when there is no local firm) */
  words: readonly string[];
  /** industry words for outside firm names (default: words) */
  outsideWords?: readonly string[];
  /** city keys (see liaocheng.ts OUTSIDE_CITIES) of outside firms (default: the chain's) */
  outsideCities?: readonly string[];
  /** typical revenue (万元) of outside firms in this segment */
  outsideRevenue?: number;
  /** the largest local firm takes most of every local buyer's purchase (a 固链 single point) */
  dominant?: boolean;
  /** inputs that outside firms of this segment buy from local firms (sales out of the city) */
  outsideBuys?: readonly number[];
}

export interface ChainTemplate {
  id: string;
  name: string;
  industry: string;
  /** default city keys of outside firms */
  outsideCities: readonly string[];
  /** default industry words for outside firm names */
  outsideWords: readonly string[];
  segments: readonly SegmentTemplate[];
}

export function segmentId(chainId: string, order: number): string {
  return `${chainId}-${String(order).padStart(2, '0')}`;
}

/** Segments that buy the given segment's product (`feeds` in segments.csv). */
export function feedsOf(chain: ChainTemplate, order: number): number[] {
  const out: number[] = [];
  chain.segments.forEach((s, i) => {
    if (s.inputs.includes(order)) out.push(i + 1);
  });
  return out;
}

const BRG: ChainTemplate = {
  id: 'BRG',
  name: '轴承产业链',
  industry: '轴承制造',
  outsideCities: ['慈溪', '绍兴', '无锡', '瓦房店', '洛阳'],
  outsideWords: ['轴承', '精工', '机械'],
  segments: [
    {
      name: '轴承钢及原材料', stage: 'UPSTREAM', inputs: [],
      products: ['轴承钢棒材', '高碳铬轴承钢圆钢', '轴承钢管坯', '轴承钢线材', '保持器用冷轧钢带', '黄铜棒'],
      productsFor: { 2: ['轴承钢棒材', '高碳铬轴承钢圆钢', '轴承钢管坯'], 6: ['保持器用冷轧钢带', '黄铜棒'], 7: ['轴承钢线材', '轴承钢棒材'] },
      localSupply: 0.07, inputShare: 0.5, localWeight: 0.003, words: ['钢材贸易', '物资', '金属材料'],
      outsideWords: ['特钢', '特殊钢', '钢铁', '钢材'], outsideCities: ['江阴', '邢台', '大冶', '石家庄', '莱芜', '淄博'],
      outsideRevenue: 600000,
    },
    { name: '套圈锻造', stage: 'UPSTREAM', inputs: [1], products: ['轴承套圈锻件', '碾环毛坯', '辗扩套圈'], localSupply: 0.92, inputShare: 0.5, localWeight: 0.08, words: ['轴承锻造', '锻造', '锻件'], outsideCities: ['无锡', '洛阳', '慈溪'] },
    { name: '车加工', stage: 'MIDSTREAM', inputs: [2], products: ['车削套圈', '轴承车件'], localSupply: 0.93, inputShare: 0.45, localWeight: 0.16, words: ['轴承', '精工', '机械'] },
    { name: '热处理', stage: 'MIDSTREAM', inputs: [3], products: ['淬回火套圈', '热处理加工'], localSupply: 0.9, inputShare: 0.3, localWeight: 0.05, words: ['热处理', '精工'] },
    { name: '磨加工与超精', stage: 'MIDSTREAM', inputs: [4], products: ['磨削套圈', '超精研套圈'], localSupply: 0.9, inputShare: 0.45, localWeight: 0.13, words: ['轴承', '精密机械', '磨削'] },
    { name: '保持器', stage: 'MIDSTREAM', inputs: [1], products: ['冲压钢保持器', '尼龙保持器', '实体铜保持器'], localSupply: 0.92, inputShare: 0.08, localWeight: 0.03, words: ['保持器', '冲压件'], outsideCities: ['慈溪', '无锡', '常州'] },
    { name: '滚动体（钢球、滚子）', stage: 'MIDSTREAM', inputs: [1], products: ['轴承钢球', '圆锥滚子', '圆柱滚子', '滚针'], localSupply: 0.9, inputShare: 0.12, localWeight: 0.03, words: ['钢球', '滚子', '滚动体'], outsideCities: ['常州', '无锡', '慈溪'] },
    { name: '密封件与润滑脂', stage: 'MIDSTREAM', inputs: [], products: ['轴承密封圈', '防尘盖', '轴承润滑脂'], localSupply: 0.6, inputShare: 0.04, localWeight: 0.025, words: ['密封件', '橡塑制品', '润滑科技'], outsideCities: ['宁波', '青岛', '天津', '无锡'], outsideWords: ['密封', '润滑油', '橡塑'] },
    { name: '轴承装配', stage: 'MIDSTREAM', inputs: [5, 6, 7, 8], products: ['深沟球轴承', '圆锥滚子轴承', '调心滚子轴承', '农机轴承', '汽车轮毂轴承'], localSupply: 0.9, inputShare: 0.6, localWeight: 0.16, words: ['轴承', '轴承制造'] },
    {
      name: '精密与特种轴承', stage: 'MIDSTREAM', inputs: [5, 6, 7, 8],
      products: ['精密机床主轴轴承', '风电主轴轴承', '工业机器人轴承', '高速电机轴承'],
      localSupply: 0.15, inputShare: 0.15, buyProb: 0.4, localWeight: 0.004, words: ['精密轴承', '特种轴承'],
      outsideCities: ['瓦房店', '洛阳', '无锡', '襄阳', '哈尔滨'], outsideWords: ['精密轴承', '轴承', '特种轴承'], outsideRevenue: 120000,
    },
    { name: '检测', stage: 'MIDSTREAM', inputs: [], products: ['轴承第三方检测', '振动与噪声检测'], localSupply: 0.85, inputShare: 0.01, buyProb: 0.3, localWeight: 0.01, words: ['检测技术', '检验检测'], outsideCities: ['洛阳', '上海'], outsideWords: ['检测技术', '质量检测'] },
    { name: '贸易流通', stage: 'DOWNSTREAM', inputs: [9, 10, 11], products: ['轴承批发', '轴承配套分销'], localSupply: 0.9, inputShare: 0.6, localWeight: 0.2, words: ['轴承贸易', '轴承商贸', '轴承销售'], outsideCities: ['济南', '上海', '临沂'], outsideWords: ['轴承贸易', '机电设备'] },
    {
      name: '主机配套应用', stage: 'DOWNSTREAM', inputs: [10, 12], products: ['电机', '减速机', '农机传动部件'],
      localSupply: 0.5, inputShare: 0.1, localWeight: 0.04, words: ['电机', '机械', '农机配件'],
      outsideCities: ['潍坊', '十堰', '洛阳', '常州'], outsideWords: ['农业装备', '电机', '汽车零部件', '机械'], outsideBuys: [12], outsideRevenue: 150000,
    },
  ],
};

const PIPE: ChainTemplate = {
  id: 'PIPE',
  name: '钢管产业链',
  industry: '钢压延加工',
  outsideCities: ['无锡', '天津', '邯郸', '淄博'],
  outsideWords: ['钢管', '管业'],
  segments: [
    {
      name: '钢坯与圆钢', stage: 'UPSTREAM', inputs: [], products: ['连铸圆坯', '管坯圆钢', '热轧圆钢'],
      localSupply: 0.06, inputShare: 0.6, localWeight: 0.005, words: ['钢材贸易', '物资'],
      outsideWords: ['钢铁', '特钢', '钢材'], outsideCities: ['莱芜', '淄博', '日照', '邯郸', '唐山', '石家庄', '包头'], outsideRevenue: 800000,
    },
    { name: '热轧无缝钢管', stage: 'MIDSTREAM', inputs: [1], products: ['热轧无缝钢管', '荒管'], localSupply: 0.85, inputShare: 0.55, localWeight: 0.18, words: ['无缝钢管', '钢管'] },
    { name: '冷拔精密钢管', stage: 'MIDSTREAM', inputs: [2], products: ['冷拔精密无缝管', '冷轧精密管'], localSupply: 0.85, inputShare: 0.6, localWeight: 0.26, words: ['精密钢管', '冷拔管', '钢管'] },
    { name: '热处理与精整', stage: 'MIDSTREAM', inputs: [2, 3], products: ['调质处理钢管', '矫直精整加工'], localSupply: 0.85, inputShare: 0.08, localWeight: 0.08, words: ['钢管热处理', '金属制品'] },
    { name: '检测', stage: 'MIDSTREAM', inputs: [], products: ['钢管无损检测', '理化检测'], localSupply: 0.8, inputShare: 0.01, localWeight: 0.015, words: ['检测技术'], outsideWords: ['检测技术'] },
    { name: '贸易与物流', stage: 'DOWNSTREAM', inputs: [2, 3, 4, 5], products: ['钢管贸易', '钢管仓储配送'], localSupply: 0.9, inputShare: 0.5, localWeight: 0.25, words: ['钢管贸易', '物流', '钢材销售'] },
    { name: '液压支柱与缸筒管', stage: 'DOWNSTREAM', inputs: [3, 4, 6], products: ['液压支柱', '油缸缸筒', '珩磨管'], localSupply: 0.8, inputShare: 0.15, localWeight: 0.1, words: ['液压', '机械'] },
    { name: '锅炉管与船舶管', stage: 'DOWNSTREAM', inputs: [2, 4, 6], products: ['高压锅炉管', '船用无缝管'], localSupply: 0.8, inputShare: 0.15, localWeight: 0.05, words: ['锅炉管件', '管业'] },
    { name: '轴套管与汽车用管', stage: 'DOWNSTREAM', inputs: [3, 4], products: ['汽车半轴套管', '传动轴管', '轴套管'], localSupply: 0.8, inputShare: 0.15, localWeight: 0.06, words: ['汽车配件', '管件'], outsideBuys: [3], outsideCities: ['十堰', '潍坊', '长春'], outsideWords: ['汽车零部件', '车桥'] },
  ],
};

const ALU: ChainTemplate = {
  id: 'ALU',
  name: '铝产业链',
  industry: '有色金属冶炼和压延加工',
  outsideCities: ['滨州', '龙口', '包头', '佛山'],
  outsideWords: ['铝业', '铝材'],
  segments: [
    { name: '铝土矿', stage: 'UPSTREAM', inputs: [], products: ['进口铝土矿', '铝土矿'], localSupply: 0, inputShare: 0.35, localWeight: 0, words: [], outsideWords: ['矿业', '国际贸易', '资源'], outsideCities: ['龙口', '青岛', '烟台', '百色', '三门峡'], outsideRevenue: 300000 },
    { name: '氧化铝', stage: 'UPSTREAM', inputs: [1], products: ['冶金级氧化铝'], localSupply: 0.8, inputShare: 0.5, localWeight: 0.01, words: ['氧化铝', '铝业'], outsideCities: ['龙口', '滨州', '百色', '三门峡'], outsideRevenue: 500000 },
    { name: '电解铝', stage: 'UPSTREAM', inputs: [2], products: ['电解铝液', '电解铝锭'], localSupply: 0.95, inputShare: 0.75, localWeight: 0.01, words: ['铝业', '电解铝'], outsideCities: ['滨州', '包头', '百色'], dominant: true, outsideRevenue: 800000 },
    { name: '铝合金棒', stage: 'MIDSTREAM', inputs: [3], products: ['6063铝合金圆棒', '6061铝棒', '铸造铝合金锭'], localSupply: 0.9, inputShare: 0.75, localWeight: 0.1, words: ['铝合金', '铝材'] },
    { name: '挤压、轧制与锻造', stage: 'MIDSTREAM', inputs: [4], products: ['工业铝型材', '铝板带', '铝合金锻件'], localSupply: 0.85, inputShare: 0.6, localWeight: 0.32, words: ['铝型材', '铝业', '铝材'] },
    { name: '轮毂、板材与模板', stage: 'DOWNSTREAM', inputs: [4, 5], products: ['铝合金车轮', '铝单板', '建筑铝模板'], localSupply: 0.8, inputShare: 0.5, localWeight: 0.3, words: ['铝轮毂', '铝模板', '铝制品'] },
    { name: '汽车与建筑应用', stage: 'DOWNSTREAM', inputs: [5, 6], products: ['轻量化车身部件', '铝合金门窗', '幕墙工程'], localSupply: 0.5, inputShare: 0.3, localWeight: 0.2, words: ['门窗', '幕墙', '汽车部件'], outsideBuys: [6], outsideCities: ['十堰', '芜湖', '长春'], outsideWords: ['汽车', '汽车零部件'], outsideRevenue: 300000 },
  ],
};

const CU: ChainTemplate = {
  id: 'CU',
  name: '铜产业链',
  industry: '有色金属冶炼和压延加工',
  outsideCities: ['铜陵', '贵溪', '宁波', '无锡'],
  outsideWords: ['铜业', '铜材'],
  segments: [
    { name: '铜精矿', stage: 'UPSTREAM', inputs: [], products: ['进口铜精矿'], localSupply: 0, inputShare: 0.7, localWeight: 0, words: [], outsideWords: ['矿产', '国际贸易', '资源'], outsideCities: ['青岛', '连云港', '铜陵'], outsideRevenue: 400000 },
    { name: '冶炼与电解', stage: 'UPSTREAM', inputs: [1], products: ['阳极铜', '粗铜'], localSupply: 0.9, inputShare: 0.7, localWeight: 0.01, words: ['铜业', '冶炼'], outsideCities: ['铜陵', '贵溪', '大冶'], outsideRevenue: 900000 },
    { name: '阴极铜及副产品', stage: 'MIDSTREAM', inputs: [2], products: ['阴极铜', '工业硫酸', '金锭', '银锭'], productsFor: { 4: ['阴极铜'] }, localSupply: 0.92, inputShare: 0.8, localWeight: 0.01, words: ['铜业'], outsideCities: ['铜陵', '贵溪', '大冶'], dominant: true, outsideRevenue: 900000 },
    { name: '铜杆、铜带与铜箔', stage: 'MIDSTREAM', inputs: [3], products: ['低氧光亮铜杆', '无氧铜杆', '铜带', '电解铜箔'], localSupply: 0.85, inputShare: 0.8, localWeight: 0.3, words: ['铜材', '铜业', '电工材料'] },
    { name: '电线电缆', stage: 'DOWNSTREAM', inputs: [4], products: ['电力电缆', '布电线', '特种电缆'], localSupply: 0.8, inputShare: 0.4, localWeight: 0.35, words: ['电缆', '电线电缆'] },
    { name: '漆包线', stage: 'DOWNSTREAM', inputs: [4], products: ['漆包铜圆线', '漆包扁线'], localSupply: 0.8, inputShare: 0.3, localWeight: 0.3, words: ['漆包线', '电磁线'] },
    { name: '电子元器件', stage: 'DOWNSTREAM', inputs: [4, 6], products: ['覆铜板', '连接器', '电子元器件'], localSupply: 0, inputShare: 0.2, localWeight: 0, words: [], outsideBuys: [4, 6], outsideCities: ['深圳', '苏州', '东莞'], outsideWords: ['电子', '电子科技', '精密电子'], outsideRevenue: 200000 },
  ],
};

const CHEM: ChainTemplate = {
  id: 'CHEM',
  name: '化工新材料产业链',
  industry: '化学原料和化学制品制造',
  outsideCities: ['淄博', '东营', '潍坊', '南京', '宁波'],
  outsideWords: ['化工', '化学', '新材料'],
  segments: [
    {
      name: '基础化工原料', stage: 'UPSTREAM', inputs: [], products: ['苯胺', '硫磺', '甲醇', '聚乙烯树脂', '聚氯乙烯树脂'],
      productsFor: { 2: ['苯胺', '甲醇', '硫磺'], 3: ['苯胺', '硫磺', '甲醇'], 5: ['聚乙烯树脂', '聚氯乙烯树脂'] },
      localSupply: 0.5, inputShare: 0.55, localWeight: 0.05, words: ['化工', '化学'], outsideRevenue: 400000,
    },
    {
      name: '有机中间体', stage: 'MIDSTREAM', inputs: [1], products: ['4-氨基二苯胺', '对苯二胺', '均苯四甲酸二酐', '二氨基二苯醚'],
      productsFor: { 3: ['4-氨基二苯胺', '对苯二胺'], 4: ['均苯四甲酸二酐', '二氨基二苯醚'] },
      localSupply: 0.6, inputShare: 0.4, localWeight: 0.12, words: ['化工', '精细化工'],
    },
    { name: '橡胶助剂', stage: 'MIDSTREAM', inputs: [1, 2], products: ['橡胶防老剂', '橡胶促进剂', '不溶性硫磺'], localSupply: 0.85, inputShare: 0.05, localWeight: 0.22, words: ['橡胶助剂', '化工'] },
    { name: '聚酰亚胺封装材料', stage: 'MIDSTREAM', inputs: [2], products: ['光敏聚酰亚胺', '聚酰亚胺薄膜', '电子封装胶'], localSupply: 0.7, inputShare: 0.05, localWeight: 0.05, words: ['新材料', '电子材料'] },
    { name: '塑料管材与制品', stage: 'MIDSTREAM', inputs: [1], products: ['PE给水管', 'PVC排水管', 'PPR管材'], localSupply: 0.8, inputShare: 0.1, localWeight: 0.35, words: ['塑业', '塑料制品', '管业'] },
    { name: '轮胎', stage: 'DOWNSTREAM', inputs: [3], products: ['全钢子午线轮胎', '半钢子午线轮胎'], localSupply: 0.5, inputShare: 0.1, localWeight: 0.04, words: ['轮胎', '橡胶'], outsideBuys: [3], outsideCities: ['东营', '青岛', '潍坊'], outsideWords: ['轮胎', '橡胶'], outsideRevenue: 400000 },
    { name: '芯片封装', stage: 'DOWNSTREAM', inputs: [4], products: ['芯片封装测试'], localSupply: 0, inputShare: 0.1, localWeight: 0, words: [], outsideBuys: [4], outsideCities: ['无锡', '苏州', '合肥', '深圳'], outsideWords: ['微电子', '半导体', '封装测试'], outsideRevenue: 300000 },
    { name: '建筑与市政工程', stage: 'DOWNSTREAM', inputs: [5], products: ['市政管网工程', '给排水工程'], localSupply: 0.8, inputShare: 0.1, localWeight: 0.17, words: ['建设工程', '市政工程'] },
  ],
};

const AUTO: ChainTemplate = {
  id: 'AUTO',
  name: '汽车及零部件产业链',
  industry: '汽车制造',
  outsideCities: ['十堰', '潍坊', '常州', '芜湖'],
  outsideWords: ['汽车零部件', '汽车配件', '机械'],
  segments: [
    { name: '钢材', stage: 'UPSTREAM', inputs: [], products: ['汽车用热轧板', '汽车结构钢', '冷轧板'], localSupply: 0.45, inputShare: 0.3, localWeight: 0.03, words: ['钢材贸易', '物资'], outsideCities: ['莱芜', '日照', '唐山', '邯郸'], outsideWords: ['钢铁', '钢材'], outsideRevenue: 600000 },
    { name: '铝材', stage: 'UPSTREAM', inputs: [], products: ['铝合金型材', '铝板', '铝合金锭'], localSupply: 0.6, inputShare: 0.1, localWeight: 0.02, words: ['铝材'], outsideCities: ['滨州', '龙口'], outsideWords: ['铝业'] },
    { name: '轮胎', stage: 'UPSTREAM', inputs: [], products: ['商用车轮胎', '农用轮胎'], localSupply: 0.35, inputShare: 0.06, buyProb: 0.8, localWeight: 0.01, words: ['轮胎'], outsideCities: ['东营', '青岛'], outsideWords: ['轮胎'] },
    { name: '铸锻件', stage: 'MIDSTREAM', inputs: [1, 2], products: ['铸铁件', '铝合金压铸件', '锻钢件'], localSupply: 0.8, inputShare: 0.4, localWeight: 0.12, words: ['铸造', '锻造', '机械'] },
    { name: '车桥与底盘', stage: 'MIDSTREAM', inputs: [1, 4], products: ['驱动桥', '转向桥', '底盘总成'], localSupply: 0.75, inputShare: 0.18, localWeight: 0.08, words: ['车桥', '底盘', '汽车零部件'] },
    { name: '车架与结构件', stage: 'MIDSTREAM', inputs: [1, 2], products: ['车架总成', '冲压结构件'], localSupply: 0.75, inputShare: 0.1, localWeight: 0.1, words: ['车架', '冲压件', '汽车配件'] },
    { name: '轴承与传动件', stage: 'MIDSTREAM', inputs: [1, 4], products: ['汽车轴承', '变速箱', '传动轴', '数控刀具'], localSupply: 0.75, inputShare: 0.08, localWeight: 0.1, words: ['传动', '齿轮', '轴承', '刀具'] },
    { name: '电驱动系统', stage: 'MIDSTREAM', inputs: [], products: ['驱动电机', '电机控制器'], localSupply: 0.4, inputShare: 0.12, buyProb: 0.5, localWeight: 0.02, words: ['电机', '电驱动'], outsideCities: ['常州', '苏州', '合肥', '深圳'], outsideWords: ['电驱动', '电机'] },
    { name: '动力电池', stage: 'MIDSTREAM', inputs: [], products: ['磷酸铁锂电池包', '动力电池模组'], localSupply: 0.08, inputShare: 0.2, buyProb: 0.5, localWeight: 0.004, words: ['新能源科技', '电池'], outsideCities: ['宁德', '常州', '合肥', '深圳'], outsideWords: ['新能源', '电池', '储能科技'], outsideRevenue: 400000 },
    { name: '汽车电子', stage: 'MIDSTREAM', inputs: [], products: ['整车控制器', '车载电子', '汽车线束'], localSupply: 0, inputShare: 0.06, buyProb: 0.7, localWeight: 0, words: [], outsideCities: ['深圳', '苏州', '上海', '宁波'], outsideWords: ['汽车电子', '电子', '智能科技'], outsideRevenue: 150000 },
    { name: '燃料电池', stage: 'MIDSTREAM', inputs: [], products: ['燃料电池系统', '燃料电池电堆'], localSupply: 0.2, inputShare: 0.04, buyProb: 0.1, localWeight: 0.003, words: ['氢能科技'], outsideCities: ['上海', '潍坊', '佛山'], outsideWords: ['氢能', '燃料电池'] },
    { name: '车身', stage: 'MIDSTREAM', inputs: [1, 2, 6], products: ['客车车身骨架', '驾驶室总成', '车厢'], localSupply: 0.8, inputShare: 0.15, localWeight: 0.12, words: ['车身', '专用车', '汽车零部件'] },
    { name: '整车总装', stage: 'DOWNSTREAM', inputs: [3, 5, 7, 8, 9, 10, 11, 12], products: ['新能源客车', '轻型商用车', '农用车', '拖拉机', '收获机械', '工程机械'], localSupply: 0.8, inputShare: 0.8, localWeight: 0.2, words: ['车辆', '农业装备', '专用车', '机械'] },
    { name: '销售与后市场服务', stage: 'DOWNSTREAM', inputs: [13], products: ['整车销售', '维修服务'], localSupply: 0.8, inputShare: 0.7, localWeight: 0.05, words: ['汽车销售服务', '汽车服务'] },
  ],
};

const TEX: ChainTemplate = {
  id: 'TEX',
  name: '纺织服装产业链',
  industry: '纺织业',
  outsideCities: ['绍兴', '苏州', '佛山', '德州'],
  outsideWords: ['纺织', '织造'],
  segments: [
    { name: '棉花', stage: 'UPSTREAM', inputs: [], products: ['籽棉', '新疆机采籽棉'], localSupply: 0.25, inputShare: 0.6, localWeight: 0.01, words: ['棉业', '农业'], outsideCities: ['阿克苏', '库尔勒', '石河子'], outsideWords: ['棉业', '农业发展'] },
    { name: '轧花', stage: 'UPSTREAM', inputs: [1], products: ['皮棉', '棉短绒'], localSupply: 0.35, inputShare: 0.55, localWeight: 0.03, words: ['棉业', '轧花'], outsideCities: ['阿克苏', '库尔勒', '石河子', '德州'], outsideWords: ['棉业', '轧花'] },
    { name: '纺纱', stage: 'MIDSTREAM', inputs: [2], products: ['纯棉纱', '混纺纱', '色纺纱'], localSupply: 0.7, inputShare: 0.55, localWeight: 0.22, words: ['纺织', '棉纺'] },
    { name: '色织', stage: 'MIDSTREAM', inputs: [3], products: ['色织布', '色织面料', '衬衫面料'], localSupply: 0.75, inputShare: 0.5, localWeight: 0.3, words: ['色织', '纺织', '织造'] },
    { name: '印染与后整理', stage: 'MIDSTREAM', inputs: [4], products: ['染色布', '印花布', '后整理加工'], localSupply: 0.12, inputShare: 0.25, localWeight: 0.01, words: ['印染', '染整'], outsideCities: ['绍兴', '佛山', '苏州'], outsideWords: ['印染', '染整'] },
    { name: '服装与家纺', stage: 'DOWNSTREAM', inputs: [4, 5], products: ['衬衫', '床上用品', '毛巾', '工装'], localSupply: 0.8, inputShare: 0.35, localWeight: 0.35, words: ['服饰', '家纺', '服装'] },
    { name: '品牌与设计', stage: 'DOWNSTREAM', inputs: [6], products: ['品牌服装', '家纺品牌'], localSupply: 0, inputShare: 0.3, localWeight: 0, words: [], outsideBuys: [6], outsideCities: ['上海', '杭州', '泉州', '广州'], outsideWords: ['服饰', '家纺', '时装'], outsideRevenue: 200000 },
  ],
};

const WOOD: ChainTemplate = {
  id: 'WOOD',
  name: '木材加工产业链',
  industry: '木材加工和木制品',
  outsideCities: ['临沂', '菏泽', '日照'],
  outsideWords: ['木业', '板材'],
  segments: [
    { name: '原木', stage: 'UPSTREAM', inputs: [], products: ['杨木原木', '速生杨木段', '进口原木'], localSupply: 0.6, inputShare: 0.55, localWeight: 0.08, words: ['林业', '木材'], outsideCities: ['日照', '临沂', '菏泽', '满洲里'], outsideWords: ['木材', '林业'] },
    { name: '单板旋切', stage: 'MIDSTREAM', inputs: [1], products: ['杨木单板', '旋切单板'], localSupply: 0.85, inputShare: 0.55, localWeight: 0.35, words: ['木业', '单板'] },
    { name: '胶合板与刨花板', stage: 'MIDSTREAM', inputs: [2], products: ['胶合板', '刨花板', '生态板基材'], localSupply: 0.8, inputShare: 0.5, localWeight: 0.3, words: ['木业', '板材', '人造板'] },
    { name: '装饰贴面', stage: 'MIDSTREAM', inputs: [3], products: ['三聚氰胺贴面板', '装饰面板'], localSupply: 0.6, inputShare: 0.5, localWeight: 0.15, words: ['装饰材料', '板业'] },
    { name: '家具与定制家居', stage: 'DOWNSTREAM', inputs: [3, 4], products: ['板式家具', '定制橱柜', '衣柜'], localSupply: 0.4, inputShare: 0.4, localWeight: 0.12, words: ['家具', '家居'], outsideBuys: [3, 4], outsideCities: ['佛山', '临沂', '菏泽'], outsideWords: ['家具', '家居'] },
  ],
};

const EJIAO: ChainTemplate = {
  id: 'EJIAO',
  name: '阿胶产业链',
  industry: '中药制造',
  outsideCities: ['济南', '德州'],
  outsideWords: ['生物科技', '药业'],
  segments: [
    { name: '毛驴养殖', stage: 'UPSTREAM', inputs: [], products: ['活驴', '肉驴'], localSupply: 0.2, inputShare: 0.5, localWeight: 0.08, words: ['畜牧', '养殖', '牧业'], outsideCities: ['赤峰', '通辽', '喀什', '德州'], outsideWords: ['畜牧', '驴业', '牧业'] },
    {
      name: '驴皮', stage: 'UPSTREAM', inputs: [1], products: ['驴皮', '盐渍驴皮'], localSupply: 0.1, inputShare: 0.6, localWeight: 0.02, words: ['驴业', '皮业'],
      outsideCities: ['赤峰', '通辽', '喀什', '和田', '武威', '庆阳'], outsideWords: ['驴业', '皮业', '畜产品'], outsideRevenue: 30000,
    },
    { name: '阿胶加工', stage: 'MIDSTREAM', inputs: [2], products: ['阿胶块', '阿胶原粉'], localSupply: 0.8, inputShare: 0.5, localWeight: 0.3, words: ['阿胶', '胶业', '生物科技'] },
    { name: '医药与保健食品', stage: 'DOWNSTREAM', inputs: [3], products: ['复方阿胶浆', '阿胶糕', '阿胶口服液'], localSupply: 0.85, inputShare: 0.3, localWeight: 0.3, words: ['药业', '生物科技', '保健食品'] },
    { name: '化妆品', stage: 'DOWNSTREAM', inputs: [3], products: ['阿胶护肤品', '胶原蛋白面膜'], localSupply: 0.5, inputShare: 0.2, localWeight: 0.05, words: ['化妆品', '生物科技'], outsideCities: ['广州', '上海'], outsideWords: ['化妆品', '生物科技'] },
    { name: '零售与文旅', stage: 'DOWNSTREAM', inputs: [4, 5], products: ['阿胶零售', '养生文旅'], localSupply: 0.8, inputShare: 0.6, localWeight: 0.25, words: ['商贸', '电子商务', '文化旅游'] },
  ],
};

const FOOD: ChainTemplate = {
  id: 'FOOD',
  name: '绿色食品产业链',
  industry: '农副食品加工',
  outsideCities: ['潍坊', '临沂', '诸城'],
  outsideWords: ['食品', '农业'],
  segments: [
    { name: '饲料', stage: 'UPSTREAM', inputs: [], products: ['肉鸡配合饲料', '预混料', '浓缩料'], localSupply: 0.8, inputShare: 0.6, localWeight: 0.05, words: ['饲料', '农牧'], outsideWords: ['饲料', '农牧'] },
    { name: '畜禽养殖', stage: 'UPSTREAM', inputs: [1], products: ['白羽肉鸡', '肉鸭', '生猪'], localSupply: 0.85, inputShare: 0.7, localWeight: 0.3, words: ['养殖', '牧业', '禽业'] },
    { name: '屠宰分割', stage: 'MIDSTREAM', inputs: [2], products: ['鸡肉分割品', '白条鸡', '鸭肉分割品'], localSupply: 0.85, inputShare: 0.35, localWeight: 0.07, words: ['食品', '肉食品'] },
    { name: '冷链物流', stage: 'MIDSTREAM', inputs: [], products: ['冷链仓储配送'], localSupply: 0.8, inputShare: 0.05, localWeight: 0.05, words: ['冷链物流', '物流'], outsideWords: ['冷链物流'] },
    { name: '预制菜与调理食品', stage: 'DOWNSTREAM', inputs: [3, 4, 6, 9], products: ['调理鸡肉制品', '预制菜', '速冻调理食品'], localSupply: 0.8, inputShare: 0.3, localWeight: 0.2, words: ['食品', '预制菜'] },
    { name: '调味品', stage: 'DOWNSTREAM', inputs: [3], products: ['鸡精调味料', '骨汤料', '复合调味料'], localSupply: 0.7, inputShare: 0.06, localWeight: 0.05, words: ['调味品', '食品'] },
    { name: '副产品综合利用', stage: 'DOWNSTREAM', inputs: [3], products: ['羽毛粉', '鸡油', '生物有机肥'], localSupply: 0.8, inputShare: 0.3, localWeight: 0.04, words: ['生物科技', '肥业'] },
    { name: '蔬菜种植基地', stage: 'UPSTREAM', inputs: [], products: ['设施蔬菜', '食用菌', '辣椒'], localSupply: 0.9, inputShare: 0.4, localWeight: 0.24, words: ['蔬菜', '农业科技', '果蔬'] },
    {
      name: '果蔬加工', stage: 'DOWNSTREAM', inputs: [8], products: ['速冻蔬菜', '脱水蔬菜', '果蔬汁', '蔬菜罐头'],
      localSupply: 0, inputShare: 0.12, buyProb: 0.6, localWeight: 0, words: [],
      outsideBuys: [8], outsideCities: ['寿光', '金乡', '烟台', '潍坊', '临沂'], outsideWords: ['食品', '果蔬食品', '农产品'], outsideRevenue: 60000,
    },
  ],
};

const COAT: ChainTemplate = {
  id: 'COAT',
  name: '镀涂钢板产业链',
  industry: '钢压延加工',
  outsideCities: ['日照', '唐山', '天津'],
  outsideWords: ['钢板', '板业'],
  segments: [
    { name: '热轧卷板', stage: 'UPSTREAM', inputs: [], products: ['热轧钢卷', '酸洗板卷'], localSupply: 0.05, inputShare: 0.65, localWeight: 0.006, words: ['钢材贸易', '物资'], outsideWords: ['钢铁', '钢材'], outsideCities: ['日照', '莱芜', '唐山', '邯郸', '邢台'], outsideRevenue: 900000 },
    { name: '锌锭与涂料', stage: 'UPSTREAM', inputs: [], products: ['锌锭', '铝锌合金锭', '彩涂涂料'], productsFor: { 4: ['锌锭', '铝锌合金锭'], 5: ['彩涂涂料'] }, localSupply: 0.25, inputShare: 0.12, localWeight: 0.01, words: ['化工涂料', '金属材料'], outsideCities: ['天津', '淄博', '常州'], outsideWords: ['涂料', '锌业', '有色金属'] },
    { name: '酸洗冷轧', stage: 'MIDSTREAM', inputs: [1], products: ['冷轧钢卷', '冷硬卷'], localSupply: 0.8, inputShare: 0.7, localWeight: 0.12, words: ['冷轧', '板业', '钢板'] },
    { name: '热镀锌与镀铝锌', stage: 'MIDSTREAM', inputs: [2, 3], products: ['热镀锌卷', '镀铝锌卷'], localSupply: 0.85, inputShare: 0.7, localWeight: 0.25, words: ['镀锌', '板业', '钢板'] },
    { name: '彩涂', stage: 'MIDSTREAM', inputs: [2, 4], products: ['彩涂钢卷', '彩钢卷'], localSupply: 0.85, inputShare: 0.7, localWeight: 0.2, words: ['彩板', '彩涂板', '钢板'] },
    { name: '钢板制品', stage: 'DOWNSTREAM', inputs: [4, 5], products: ['彩钢瓦', '家电用彩板', '净化板', '钢结构板材'], localSupply: 0.8, inputShare: 0.5, localWeight: 0.25, words: ['彩钢', '钢结构', '板业'] },
    { name: '建筑与家电应用', stage: 'DOWNSTREAM', inputs: [6], products: ['钢结构工程', '家电外壳'], localSupply: 0.6, inputShare: 0.4, localWeight: 0.06, words: ['钢结构工程', '家电配件'], outsideBuys: [6], outsideCities: ['青岛', '合肥', '佛山'], outsideWords: ['电器', '家电', '钢结构'] },
  ],
};

const PAPER: ChainTemplate = {
  id: 'PAPER',
  name: '造纸产业链',
  industry: '造纸和纸制品',
  outsideCities: ['日照', '潍坊', '天津'],
  outsideWords: ['纸业', '包装'],
  segments: [
    { name: '废纸与木浆', stage: 'UPSTREAM', inputs: [], products: ['进口木浆', '国废黄板纸', '麦草'], localSupply: 0.3, inputShare: 0.5, localWeight: 0.06, words: ['再生资源', '物资'], outsideCities: ['日照', '青岛', '天津'], outsideWords: ['浆纸', '再生资源', '国际贸易'] },
    { name: '制浆', stage: 'MIDSTREAM', inputs: [1], products: ['再生浆', '化机浆', '麦草浆板'], localSupply: 0.7, inputShare: 0.5, localWeight: 0.12, words: ['纸业', '浆业'] },
    { name: '造纸', stage: 'MIDSTREAM', inputs: [1, 2], products: ['瓦楞原纸', '箱板纸', '文化用纸', '生活用纸原纸'], localSupply: 0.8, inputShare: 0.55, localWeight: 0.3, words: ['纸业'] },
    { name: '特种纸与涂布', stage: 'MIDSTREAM', inputs: [3], products: ['涂布白板纸', '特种纸'], localSupply: 0.6, inputShare: 0.5, localWeight: 0.12, words: ['纸业', '特种纸'] },
    { name: '包装印刷', stage: 'DOWNSTREAM', inputs: [3, 4], products: ['瓦楞纸箱', '彩印包装'], localSupply: 0.75, inputShare: 0.5, localWeight: 0.4, words: ['包装', '纸制品', '印务'] },
  ],
};

export const CHAINS: readonly ChainTemplate[] = [BRG, PIPE, ALU, CU, CHEM, AUTO, TEX, WOOD, EJIAO, FOOD, COAT, PAPER];

export function chainById(id: string): ChainTemplate {
  const chain = CHAINS.find((c) => c.id === id);
  if (!chain) throw new RangeError(`unknown chain ${id}`);
  return chain;
}
