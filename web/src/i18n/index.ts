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
 * Each view keeps its own messages beside it (views/<View>/messages.ts) and registers them
 * under its own namespace, so views can grow without touching one shared file.
 */
export function registerMessages(namespace: string, messages: { zh: Record<string, unknown>; en: Record<string, unknown> }): void {
  i18n.addResourceBundle('zh', namespace, messages.zh, true, true);
  i18n.addResourceBundle('en', namespace, messages.en, true, true);
}
