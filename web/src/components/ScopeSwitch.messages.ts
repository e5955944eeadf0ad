import { registerMessages } from '../i18n';

/** Texts of the local-scope switch (ScopeSwitch), namespace `scopeSwitch`. */
registerMessages('scopeSwitch', {
  zh: {
    label: '本地范围',
    hint: '“本地”指与集群同县、同市或同省的企业',
  },
  en: {
    label: 'Local means',
    hint: '"Local" means firms in the same county, city or province as the cluster',
  },
});
