import { browser } from 'wxt/browser';

const SCRIPT_ID = 'deskmate-configured-consoles';
const EARLY_SCRIPT_ID = 'deskmate-configured-consoles-early';

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
  const ids = [EARLY_SCRIPT_ID, SCRIPT_ID];
  const existing = (await browser.scripting.getRegisteredContentScripts({ ids })).map((s) => s.id);
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing });
    return [];
  }
  // The early guard masks from document_start; the full script (panel, models) waits for document_idle, as in the manifest.
  const scripts = [
    { id: EARLY_SCRIPT_ID, matches: granted, js: ['content-scripts/early.js'], runAt: 'document_start' as const, persistAcrossSessions: true },
    { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle' as const, persistAcrossSessions: true },
  ];
  const toUpdate = scripts.filter((s) => existing.includes(s.id));
  const toRegister = scripts.filter((s) => !existing.includes(s.id));
  if (toUpdate.length) await browser.scripting.updateContentScripts(toUpdate);
  if (toRegister.length) await browser.scripting.registerContentScripts(toRegister);
  return granted;
}

export function startConfiguredConsoleSync(): void {
  const sync = () => void syncConfiguredConsoleScripts().catch((err: Error) => console.warn('Deskmate: could not register console scripts:', err.message));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
