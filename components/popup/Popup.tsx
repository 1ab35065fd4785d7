import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { send, sendToTab } from '@/lib/messaging/client';
import { isPaused, setPaused } from '@/lib/settings/pause';
import { I18nContext } from '@/lib/i18n';
import { useUiLanguage } from '../shared/useUiLanguage';
import { lastUsedWebTab } from '../shared/tabs';
import { teachTab } from './teach';

/**
 * The tab the popup speaks about: the active one; when the popup is open as a
 * page of its own (a pinned tab, tests), the web tab used most recently.
 */
async function findConsoleTab() {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active && !active.url?.startsWith(browser.runtime.getURL('/'))) return active;
  return lastUsedWebTab();
}

/** Is Deskmate active on this tab, on which console and ticket; quick pause. */
export function Popup() {
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => send('settings.get', {}) });
  const i18n = useUiLanguage(settings.data?.settings.ui.language);
  const { t } = i18n;
  const status = useQuery({
    queryKey: ['tab-status'],
    queryFn: async () => {
      const tab = await findConsoleTab();
      if (!tab?.id) return null;
      return sendToTab(tab.id, 'content.status', {}).catch(() => null);
    },
  });
  const paused = useQuery({ queryKey: ['paused'], queryFn: isPaused });
  const toggle = useMutation({
    mutationFn: () => setPaused(!paused.data),
    onSuccess: () => qc.invalidateQueries(),
  });
  const teach = useMutation({ mutationFn: async () => teachTab(await findConsoleTab(), t) });
  const s = status.data;
  return (
    <I18nContext.Provider value={i18n}>
      <main className="popup" lang={i18n.lang}>
        <h1>{t('app.name')}</h1>
        <p className={`state ${s?.consoleId && !s.paused ? 'on' : 'off'}`} data-testid="popup-state">
          {s?.consoleId && !s.paused ? t('popup.active') : t('popup.inactive')}
        </p>
        {s?.consoleName ? (
          <ul>
            <li>{t('popup.console', { console: s.consoleName })}</li>
            {s.ticketId && <li>{t('popup.ticket', { ticket: s.ticketId })}</li>}
          </ul>
        ) : (
          <p className="muted">{t('popup.noConsole')}</p>
        )}
        <div className="actions">
          <button type="button" onClick={() => toggle.mutate()} disabled={paused.isLoading} data-testid="popup-pause">
            {paused.data ? t('popup.resume') : t('popup.pause')}
          </button>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup.options')}
          </button>
        </div>
        <button type="button" className="teach" onClick={() => teach.mutate()} disabled={teach.isPending} title={t('picker.teachHint')} data-testid="popup-teach">
          {t('picker.teach')}
        </button>
        {teach.isSuccess && <p className="muted" role="status">{t('picker.started')}</p>}
        {teach.error && <p className="error" role="alert" data-testid="popup-teach-error">{teach.error.message}</p>}
      </main>
    </I18nContext.Provider>
  );
}
