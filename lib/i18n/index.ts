import { createContext, useContext } from 'react';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type UiLanguage = 'en' | 'zh-CN';
export type { MessageKey };

const catalogues: Record<UiLanguage, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** 'auto' follows the browser: any zh* language gets Chinese, everything else English. */
export function resolveLanguage(setting: 'auto' | UiLanguage, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: UiLanguage): Translate {
  const cat = catalogues[lang];
  return (key, vars) => cat[key].replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
}

export const I18nContext = createContext<{ lang: UiLanguage; t: Translate }>({ lang: 'en', t: translator('en') });
export const useI18n = () => useContext(I18nContext);
export { catalogues };
