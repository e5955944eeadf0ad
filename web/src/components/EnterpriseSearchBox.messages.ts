import { registerMessages } from '../i18n';

/** Texts of the firm picker (EnterpriseSearchBox), namespace `enterpriseSearchBox`. */
registerMessages('enterpriseSearchBox', {
  zh: {
    none: '没有找到与“{{query}}”相符的企业',
    chainLeader: '链主企业',
    local: '本地企业',
    outside: '外地企业',
  },
  en: {
    none: 'No firm matches “{{query}}”',
    chainLeader: 'Chain leader (链主)',
    local: 'Local firm',
    outside: 'Outside firm',
  },
});
