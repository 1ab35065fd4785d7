import { useState } from 'react';
import { I18nContext, type MessageKey } from '@/lib/i18n';
import { useUiLanguage } from '../shared/useUiLanguage';
import { useSettings } from './useSettings';
import { SettingsGroup } from './SettingsGroup';
import { PolicySection } from './PolicySection';
import { AboutSection } from './AboutSection';
import type { EffectiveSettings } from '@/lib/settings/effective';

interface OptionsSection {
  id: string;
  title: MessageKey;
  render: (eff: EffectiveSettings) => React.ReactNode;
}

/** Sections in order; each later capability adds its own entry here. */
const SECTIONS: OptionsSection[] = [
  { id: 'features', title: 'options.section.features', render: (eff) => <SettingsGroup prefix="features" eff={eff} extra={['ui.language']} /> },
  { id: 'classification', title: 'options.section.classification', render: (eff) => <SettingsGroup prefix="classification" eff={eff} /> },
  { id: 'autofill', title: 'options.section.autofill', render: (eff) => <SettingsGroup prefix="autofill" eff={eff} /> },
  { id: 'knowledge', title: 'options.section.knowledge', render: (eff) => <SettingsGroup prefix="knowledge" eff={eff} /> },
  { id: 'history', title: 'options.section.history', render: (eff) => <SettingsGroup prefix="history" eff={eff} /> },
  { id: 'consoles', title: 'options.section.consoles', render: (eff) => <SettingsGroup prefix="consoles" eff={eff} /> },
  { id: 'lookups', title: 'options.section.lookups', render: (eff) => <SettingsGroup prefix="lookups" eff={eff} /> },
  { id: 'policy', title: 'options.section.policy', render: (eff) => <PolicySection eff={eff} /> },
  { id: 'about', title: 'options.section.about', render: () => <AboutSection /> },
];

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
