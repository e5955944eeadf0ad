import { registerMessages } from '../../i18n';

/** Texts of the peer comparison (同链集群对比), namespace `compare`. */
const compareMessages = {
  zh: {
    heading: '同链集群对比',
    pickHint: '选择一条产业链，按环节对比沿这条链发展的各个集群',
    clusters: '{{count}} 个集群',
    year: '年度',
    sortBy: '排序',
    sortCompleteness: '完整度',
    sortName: '名称',
    sortSegment: '按「{{name}}」排序',
    cluster: '集群',
    completeness: '完整度',
    cell: '{{status}} · 本地配套率 {{ratio}} · 集群企业 {{firms}} 家',
    peers: '可相互借力的环节',
    peerStrong: '{{clusters}} 为优势',
    peerHint: '可就近借力，跨集群配套',
    noPeers: '没有一个集群为优势而另一集群不是的环节',
    back: '选择其他产业链',
    notFound: '未找到产业链 “{{id}}”',
    legend: '颜色与符号：✕ 缺失 · ◔ 薄弱 · ● 覆盖 · ★ 优势；点击集群名称打开其产业链图谱',
  },
  en: {
    heading: 'Peer clusters on one chain',
    pickHint: 'Choose a chain to compare the clusters along it, segment by segment',
    clusters: '{{count}} clusters',
    year: 'Year',
    sortBy: 'Sort',
    sortCompleteness: 'Completeness',
    sortName: 'Name',
    sortSegment: 'Sort by “{{name}}”',
    cluster: 'Cluster',
    completeness: 'Completeness',
    cell: '{{status}} · local supply {{ratio}} · {{firms}} cluster firms',
    peers: 'Where peers can help each other',
    peerStrong: 'strong in {{clusters}}',
    peerHint: 'can draw on it: cross-cluster supply',
    noPeers: 'No segment where one cluster is strong and another is not',
    back: 'Choose another chain',
    notFound: 'Chain “{{id}}” was not found',
    legend: 'Colour and symbol: ✕ missing · ◔ weak · ● covered · ★ strong; click a cluster to open its chain map',
  },
};

registerMessages('compare', compareMessages);
