import { browser } from 'wxt/browser';

const SCRIPT_ID = 'deskmate-configured-consoles';

/**
 * Hosts the content script always runs on: the manifest's own host permissions, which differ between the store
 * build (Zendesk) and the demo/test build (plus loopback). Anything else was granted at run time, so in a store
 * build a manager's grant of http://localhost/* gets the script registered like any other console host.
 */
const staticHosts = (): string[] => browser.runtime.getManifest().host_permissions ?? [];

/**
 * Consoles without an adapter live on hosts a manager grants from the options
 * page (optional host permissions). The content script is registered for
 * exactly the granted hosts, and unregistered when they are revoked, so
 * Deskmate never runs where nobody asked for it.
 */
export async function syncConfiguredConsoleScripts(): Promise<string[]> {
  const manifestHosts = staticHosts();
  const granted = ((await browser.permissions.getAll()).origins ?? []).filter((o) => !manifestHosts.includes(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return [];
  }
  const script = { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle' as const, persistAcrossSessions: true };
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
