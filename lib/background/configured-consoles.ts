import { browser } from 'wxt/browser';

const SCRIPT_ID = 'deskmate-configured-consoles';
/** Hosts the content script always runs on (manifest content_scripts); anything else was granted at run time. */
const STATIC_HOSTS = ['https://*.zendesk.com/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Consoles without an adapter live on hosts a manager grants from the options
 * page (optional host permissions). The content script is registered for
 * exactly the granted hosts, and unregistered when they are revoked, so
 * Deskmate never runs where nobody asked for it.
 */
export async function syncConfiguredConsoleScripts(): Promise<string[]> {
  const granted = ((await browser.permissions.getAll()).origins ?? []).filter((o) => !STATIC_HOSTS.includes(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return [];
  }
  const script = { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_start' as const, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return granted;
}

export function startConfiguredConsoleSync(): void {
  const sync = () => void syncConfiguredConsoleScripts().catch((err: Error) => console.warn('Deskmate: could not register console scripts:', err.message));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
