import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/messaging/client';
import type { Translate } from '@/lib/i18n';

/** "http://127.0.0.1:8081/conversation/1" → "http://127.0.0.1/*" (host permissions ignore ports). */
export function hostPatternOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * Open the picker in a tab. Where Deskmate does not run yet (a console host
 * nobody granted), ask for that host (the popup click is the user gesture the
 * request needs), load the content script once, then open the picker. Refusal
 * is reported, never silent.
 */
export async function teachTab(tab: { id?: number; url?: string } | undefined, t: Translate): Promise<void> {
  if (!tab?.id) throw new Error(t('options.consoles.noTab'));
  const tabId = tab.id;
  try {
    await sendToTab(tabId, 'content.startPicker', {});
    return;
  } catch {
    // not loaded here: fall through to granting and injecting
  }
  const origin = tab.url ? hostPatternOf(tab.url) : null;
  if (!origin) throw new Error(t('picker.unavailable', { error: tab.url ?? '?' }));
  if (!(await browser.permissions.contains({ origins: [origin] }))) {
    if (!(await browser.permissions.request({ origins: [origin] }))) throw new Error(t('picker.notGranted', { origin }));
  }
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await sendToTab(tabId, 'content.startPicker', {});
      return;
    } catch (e) {
      lastError = e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(t('picker.unavailable', { error: (lastError as Error)?.message ?? '' }));
}
