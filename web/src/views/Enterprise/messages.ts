import { SRDI_LEVEL_SHORT_LABELS } from '#shared/labels.js';
import { registerMessages } from '../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Short 专精特新 level names of one language, from the shared labels (one source of truth). */
const srdiShort = (lang: 'zh' | 'en') => ({
  NONE: SRDI_LEVEL_SHORT_LABELS.NONE[lang],
  PROVINCIAL: SRDI_LEVEL_SHORT_LABELS.PROVINCIAL[lang],
  LITTLE_GIANT: SRDI_LEVEL_SHORT_LABELS.LITTLE_GIANT[lang],
});

/** Texts of the enterprise profile, its supply network and the recent firms, namespace `enterprise`. */
export const NS = registerMessages('enterprise', {
  zh: { ...zh, years: { ...zh.years, srdiShort: srdiShort('zh') } },
  en: { ...en, years: { ...en.years, srdiShort: srdiShort('en') } },
});
