import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export type Language = 'zh' | 'en';

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('chainatlas.lang') : null;

// Chinese first; English on request (remembered in this browser).
void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'zh',
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: Language): void {
  localStorage.setItem('chainatlas.lang', lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** Picks the zh or en half of a shared label ({ zh, en }). */
export function pick(label: { zh: string; en: string }): string {
  return i18n.language === 'en' ? label.en : label.zh;
}

export default i18n;

/**
 * Each view keeps its own texts beside it as data (messages.zh.json and messages.en.json, registered by its
 * messages.ts) under its own namespace, so views can grow without touching one shared file. The English table
 * must have every key the Chinese one has (a type error otherwise). Returns the namespace.
 */
export function registerMessages<const N extends string, T extends Record<string, unknown>>(
  namespace: N,
  messages: { zh: T; en: NoInfer<T> },
): N {
  i18n.addResourceBundle('zh', namespace, messages.zh, true, true);
  i18n.addResourceBundle('en', namespace, messages.en, true, true);
  return namespace;
}
