import { registerMessages } from '../../i18n';

export const NS = 'dashboard';

const zh = {
  heading: '2026 年目标看板',
  hint: '《聊城市中小企业特色产业集群转型升级工作方案（2024—2026年）》第二部分的发展目标：以 {{baseline}} 年为基期，对照 {{target}} 年目标，按所选年度的数据计算',
  year: '数据年度',
  summary: '{{year}} 年：共 {{total}} 项目标，已达到 {{met}} 项，尚未达到 {{notMet}} 项',
  summaryUnknown: '，{{count}} 项暂无法计算',
  baseline: '{{year}} 年基期',
  current: '{{year}} 年',
  target: '{{year}} 年目标',
  progress: '进度',
  progressValue: '{{percent}}%',
  met: '已达标',
  notMet: '未达标',
  unknown: '暂无数据',
  policy: '政策目标：{{kind}} {{figure}}',
  howComputed: '计算口径',
  trend: '历年变化',
  trendTarget: '目标',
  empty: '暂无数据',
  filterAll: '全部',
  filterMet: '已达标',
  filterNotMet: '未达标',
};

const en: typeof zh = {
  heading: 'Targets 2026',
  hint: 'The goals of section 二 of the Liaocheng cluster work plan (2024–2026): baseline {{baseline}}, targets for {{target}}, computed from the data of the chosen year',
  year: 'Data year',
  summary: '{{year}}: {{total}} targets, {{met}} met, {{notMet}} not met yet',
  summaryUnknown: ', {{count}} cannot be computed yet',
  baseline: 'Baseline {{year}}',
  current: '{{year}}',
  target: 'Target {{year}}',
  progress: 'Progress',
  progressValue: '{{percent}}%',
  met: 'Met',
  notMet: 'Not met',
  unknown: 'No data',
  policy: 'Policy target: {{kind}} {{figure}}',
  howComputed: 'How it is computed',
  trend: 'By year',
  trendTarget: 'target',
  empty: 'No data',
  filterAll: 'All',
  filterMet: 'Met',
  filterNotMet: 'Not met',
};

registerMessages(NS, { zh, en });
