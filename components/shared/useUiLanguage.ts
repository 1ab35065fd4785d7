import { useMemo } from 'react';
import { resolveLanguage, translator } from '@/lib/i18n';

/** Language for extension pages: the setting, else the browser's. */
export function useUiLanguage(setting: 'auto' | 'en' | 'zh-CN' | undefined) {
  const lang = resolveLanguage(setting ?? 'auto', navigator.language);
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}
