import { browser } from 'wxt/browser';
import type { Envelope } from '../messaging/envelope';
import { loadEffectiveSettings } from '../settings/store';
import { relayToOffscreen } from './relay';

/** The alarm that runs history retention; its period is a balance between prompt deletion and waking the worker. */
export const HISTORY_PURGE_ALARM = 'deskmate.history.purge';
export const HISTORY_PURGE_PERIOD_MINUTES = 6 * 60;

/**
 * Ask the offscreen document (which holds the database) to purge handling
 * records and audit entries older than the retention setting. The worker
 * reads the setting itself: it has chrome.storage, the offscreen document
 * does not. Failures are logged, not thrown: the next alarm retries.
 */
export async function purgeHistoryNow(relay: (env: Envelope) => Promise<unknown> = relayToOffscreen): Promise<unknown> {
  const { settings } = await loadEffectiveSettings();
  const envelope: Envelope = { deskmate: 1, to: 'offscreen', name: 'history.purge', payload: { retentionDays: settings.history.retentionDays } };
  const reply = (await relay(envelope)) as { ok: boolean; error?: string } | undefined;
  if (!reply?.ok) console.warn('Deskmate: history retention purge failed:', reply?.error ?? 'no answer');
  return reply;
}

/**
 * Retention on a schedule and at start. Listeners are registered
 * synchronously (MV3: a worker woken by the alarm must find its listener);
 * the alarm itself survives worker restarts, so it is only created when missing.
 */
export function startHistoryRetention(): void {
  const run = () => void purgeHistoryNow().catch((err: unknown) => console.warn('Deskmate: history retention purge failed:', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HISTORY_PURGE_ALARM) run();
  });
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  void browser.alarms.get(HISTORY_PURGE_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(HISTORY_PURGE_ALARM, { periodInMinutes: HISTORY_PURGE_PERIOD_MINUTES, delayInMinutes: HISTORY_PURGE_PERIOD_MINUTES });
  });
}
