import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { I18nContext, resolveLanguage, translator } from '@/lib/i18n';
import type { PanelStore } from '@/lib/content/panel-store';
import { PanelHeader } from './PanelHeader';
import { ConversationSection } from './ConversationSection';
import { openPicker } from '../picker/mount';

/** The docked panel: header with what Deskmate is reading, then one section per feature. */
export function PanelApp({ store }: { store: PanelStore }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const lang = resolveLanguage(state.settings?.settings.ui.language ?? 'auto', navigator.language);
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);

  useEffect(() => {
    // Alt+Shift+D opens and closes the panel from anywhere in the console.
    const onKey = (e: KeyboardEvent) => {
      // Only the agent's own keystrokes: a page script dispatching a KeyboardEvent does not steer Deskmate.
      if (e.isTrusted && e.altKey && e.shiftKey && e.code === 'KeyD') {
        e.preventDefault();
        store.set((s) => ({ collapsed: !s.collapsed }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const { t } = i18n;
  return (
    <I18nContext.Provider value={i18n}>
      <aside className={`dm-panel ${state.collapsed ? 'is-collapsed' : ''}`} lang={lang} aria-label={t('app.name')} data-status={state.status}>
        <PanelHeader state={state} onToggle={() => store.set((s) => ({ collapsed: !s.collapsed }))} />
        {!state.collapsed && (
          <div className="dm-body">
            {state.status === 'paused' && <p className="dm-empty">{t('panel.paused')}</p>}
            {state.error && <p className="dm-error" role="alert">{t('panel.error', { error: state.error })}</p>}
            {state.status === 'active' && !state.snapshot && <p className="dm-empty">{t('panel.noTicket')}</p>}
            {state.status === 'active' && state.snapshot && (
              <>
                {state.running.map(({ feature, store: fs, host }) => (feature.Section ? <feature.Section key={feature.id} store={fs} host={host} /> : null))}
                <ConversationSection snapshot={state.snapshot} />
              </>
            )}
            <button type="button" className="dm-btn dm-teach" onClick={() => openPicker(state.settings?.settings.ui.language ?? 'auto')} title={t('picker.teachHint')} data-testid="dm-teach">
              {t('picker.teach')}
            </button>
          </div>
        )}
      </aside>
    </I18nContext.Provider>
  );
}
