import { browser } from 'wxt/browser';
import type { Envelope } from '../messaging/envelope';
import { loadEffectiveSettings, watchEffectiveSettings } from '../settings/store';
import { relayAndAnnounce } from './relay';

/** The alarm that re-reads the administrator's knowledge-base URL (`knowledge.kbUrl`). */
export const KB_REFRESH_ALARM = 'deskmate.knowledge.refresh';

/**
 * Ask the offscreen document (database, parser) to fetch and import the policy URL.
 * The worker only decides when; what happened is stored there for the options page.
 */
export async function refreshPolicyKnowledge(relay: (env: Envelope) => Promise<unknown> = relayAndAnnounce): Promise<unknown> {
  const { settings } = await loadEffectiveSettings();
  const url = settings.knowledge.kbUrl.trim();
  if (!url) return null;
  const reply = (await relay({ deskmate: 1, to: 'offscreen', name: 'knowledge.importUrl', payload: { url } })) as { ok: boolean; value?: { ok: boolean; error?: string }; error?: string } | undefined;
  if (!reply?.ok || !reply.value?.ok) console.warn('Deskmate: knowledge base URL import failed:', reply?.value?.error ?? reply?.error ?? 'no answer');
  return reply;
}

/** (Re)creates the alarm with the current period; none when no URL is set. */
async function scheduleRefresh(): Promise<void> {
  const { settings } = await loadEffectiveSettings();
  const period = settings.knowledge.kbRefreshMinutes;
  const existing = await browser.alarms.get(KB_REFRESH_ALARM);
  if (!settings.knowledge.kbUrl.trim()) {
    if (existing) await browser.alarms.clear(KB_REFRESH_ALARM);
    return;
  }
  if (existing?.periodInMinutes !== period) await browser.alarms.create(KB_REFRESH_ALARM, { periodInMinutes: period, delayInMinutes: period });
}

/**
 * Policy URL on a schedule, at start and when the URL changes. Listeners are
 * registered synchronously (a worker woken by the alarm must find its listener).
 */
export function startKnowledgeRefresh(): void {
  const run = () => void refreshPolicyKnowledge().catch((err: unknown) => console.warn('Deskmate: knowledge base URL import failed:', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === KB_REFRESH_ALARM) run();
  });
  const startup = () => {
    run();
    void scheduleRefresh().catch(() => undefined);
  };
  browser.runtime.onStartup.addListener(startup);
  browser.runtime.onInstalled.addListener(startup);
  // A worker restarted since the last change does not know the old URL: it re-imports once, which is harmless.
  let lastUrl: string | null = null;
  watchEffectiveSettings((eff) => {
    const url = eff.settings.knowledge.kbUrl.trim();
    void scheduleRefresh().catch(() => undefined);
    if (url && url !== lastUrl) run();
    lastUrl = url;
  });
}
