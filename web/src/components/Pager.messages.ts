import { registerMessages } from '../i18n';

/** Texts of the pager under every long list, namespace `pager`. */
registerMessages('pager', {
  zh: {
    label: '分页',
    prev: '上一页',
    next: '下一页',
    info: '第 {{from}}–{{to}} 条，共 {{total}} 条（第 {{page}}/{{pages}} 页）',
  },
  en: {
    label: 'Pages',
    prev: 'Previous',
    next: 'Next',
    info: '{{from}}–{{to}} of {{total}} (page {{page}} of {{pages}})',
  },
});
