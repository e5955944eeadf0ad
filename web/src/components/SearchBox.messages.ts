import { registerMessages } from '../i18n';

/** Texts of the global enterprise search box, namespace `search`. */
registerMessages('search', {
  zh: {
    placeholder: '搜索企业：名称、信用代码或产品',
    /** the top bar's box, narrow from 1024 to 1439 px */
    placeholderShort: '搜索企业、产品',
    label: '搜索企业',
    searching: '检索中…',
    none: '没有找到匹配的企业',
    total: '共 {{total}} 家，显示前 {{shown}} 家',
    totalAll: '共 {{total}} 家',
    totalCapped: '共 {{total}} 家以上，显示前 {{shown}} 家',
    local: '本地',
    outside: '外地',
    leader: '链主',
    keys: '↑↓ 选择 · Enter 打开 · Esc 关闭',
    clear: '清空',
  },
  en: {
    placeholder: 'Search firms: name, credit code or product',
    placeholderShort: 'Search firms',
    label: 'Search firms',
    searching: 'Searching…',
    none: 'No matching firm',
    total: '{{total}} firms, first {{shown}} shown',
    totalAll: '{{total}} firms',
    totalCapped: 'more than {{total}} firms, first {{shown}} shown',
    local: 'local',
    outside: 'outside',
    leader: 'chain leader',
    keys: '↑↓ move · Enter open · Esc close',
    clear: 'Clear',
  },
});
