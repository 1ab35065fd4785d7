import { useState } from 'react';
import { I18nContext } from '@/lib/i18n';
import { useUiLanguage } from '../shared/useUiLanguage';
import { useSettings } from './useSettings';
import { SECTIONS } from './sections';

export function OptionsApp() {
  const settings = useSettings();
  const i18n = useUiLanguage(settings.data?.settings.ui.language);
  const { t } = i18n;
  const [active, setActive] = useState(() => location.hash.slice(1) || 'features');
  const section = SECTIONS.find((s) => s.id === active) ?? SECTIONS[0]!;
  return (
    <I18nContext.Provider value={i18n}>
      <div className="options" lang={i18n.lang}>
        <nav aria-label={t('options.title')}>
          <h1>{t('options.title')}</h1>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === section.id ? 'page' : undefined} onClick={() => setActive(s.id)}>
                  {t(s.title)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main data-section={section.id}>
          <h2>{t(section.title)}</h2>
          {settings.isLoading && <p>{t('options.loading')}</p>}
          {settings.error && <p className="field-error">{settings.error.message}</p>}
          {settings.data && section.render(settings.data)}
        </main>
      </div>
    </I18nContext.Provider>
  );
}
