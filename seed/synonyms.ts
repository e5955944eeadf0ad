/**
 * The default data set's synonym dictionaries (同义词, issue 18): per segment, words people type
 * for the segment's products → the product word the data uses. Written as synonyms.csv; no
 * random numbers are drawn, so no figure of the data set changes.
 */
import { CHAINS, segmentId } from './chains.js';

/** [chain id, segment name, term, canonical] */
const ENTRIES: readonly (readonly [string, string, string, string])[] = [
  ['BRG', '轴承钢及原材料', 'GCr15', '轴承钢'],
  ['BRG', '轴承钢及原材料', '铬钢', '轴承钢'],
  ['BRG', '保持器', '保持架', '保持器'],
  ['BRG', '保持器', '轴承保持架', '保持器'],
  ['BRG', '滚动体（钢球、滚子）', '滚珠', '钢球'],
  ['BRG', '滚动体（钢球、滚子）', '钢珠', '钢球'],
  ['BRG', '滚动体（钢球、滚子）', '滚柱', '滚子'],
  ['BRG', '密封件与润滑脂', '油封', '密封圈'],
  ['BRG', '密封件与润滑脂', '黄油', '润滑脂'],
  ['BRG', '轴承装配', '滚珠轴承', '球轴承'],
  ['PIPE', '热轧无缝钢管', '无缝管', '无缝钢管'],
  ['PIPE', '冷拔精密钢管', '精拔管', '冷拔精密无缝管'],
  ['PIPE', '液压支柱与缸筒管', '缸筒', '油缸缸筒'],
  ['PIPE', '液压支柱与缸筒管', '珩磨钢管', '珩磨管'],
  ['ALU', '铝合金棒', '铝棒', '铝合金圆棒'],
  ['ALU', '挤压、轧制与锻造', '铝卷', '铝板带'],
  ['ALU', '轮毂、板材与模板', '铝轮毂', '铝合金车轮'],
  ['ALU', '轮毂、板材与模板', '铝模', '建筑铝模板'],
  ['CU', '铜杆、铜带与铜箔', '铜线杆', '铜杆'],
  ['CU', '铜杆、铜带与铜箔', '锂电铜箔', '电解铜箔'],
  ['CU', '电线电缆', '电缆线', '电力电缆'],
  ['CU', '漆包线', '电磁线', '漆包铜圆线'],
  ['CHEM', '橡胶助剂', '硫化促进剂', '橡胶促进剂'],
  ['CHEM', '聚酰亚胺封装材料', 'PI膜', '聚酰亚胺薄膜'],
  ['CHEM', '塑料管材与制品', 'PE管', 'PE给水管'],
  ['CHEM', '塑料管材与制品', 'PVC管', 'PVC排水管'],
  ['AUTO', '车桥与底盘', '后桥', '驱动桥'],
  ['AUTO', '车架与结构件', '大梁', '车架总成'],
  ['TEX', '纺纱', '棉纱', '纯棉纱'],
  ['TEX', '服装与家纺', '床品', '床上用品'],
  ['WOOD', '胶合板与刨花板', '多层板', '胶合板'],
  ['WOOD', '胶合板与刨花板', '颗粒板', '刨花板'],
  ['EJIAO', '阿胶加工', '驴皮胶', '阿胶块'],
];

/** The dictionary rows: segment_id, term, canonical (an unknown chain or segment name is a bug here: it throws). */
export function synonymRows(): [string, string, string][] {
  return ENTRIES.map(([chainId, segmentName, term, canonical]) => {
    const chain = CHAINS.find((c) => c.id === chainId);
    const order = chain ? chain.segments.findIndex((s) => s.name === segmentName) + 1 : 0;
    if (!chain || order === 0) throw new Error(`seed/synonyms.ts: no segment ${segmentName} in chain ${chainId}`);
    return [segmentId(chainId, order), term, canonical];
  });
}
