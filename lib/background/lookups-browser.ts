import { browser } from 'wxt/browser';
import type { Envelope, Reply } from '../messaging/envelope';
import { protocol } from '../messaging/protocol';
import { loadEffectiveSettings } from '../settings/store';
import { createLookupsHandlers, type LookupsDeps } from './lookups';
import { relayToOffscreen } from './relay';
import type { Handlers } from '../messaging/server';

/**
 * The browser side of the lookup handlers: permissions, settings, the audit
 * relay to the offscreen document and progress notes to the asking tab.
 */
export const browserLookupsDeps: LookupsDeps = {
  // Bound: a bare `fetch` reference called as a method of another object throws "Illegal invocation".
  fetch: (input, init) => fetch(input, init),
  // The gate that matters: a browser still sends a request to a host the
  // extension has no permission for, so nothing is sent without it.
  hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
  connectors: async () => (await loadEffectiveSettings()).settings.lookups.connectors,
  async recordAudit(entries) {
    const env: Envelope = { deskmate: 1, to: 'offscreen', name: 'audit.record', payload: protocol['audit.record'].request.parse({ entries }) };
    const reply = (await relayToOffscreen(env)) as Reply<unknown> | undefined;
    if (reply && !reply.ok) throw new Error(reply.error);
  },
  // An options page opened in a tab has `sender.tab` too; its URL is what tells it from a content script.
  isExtensionPage: (sender) => typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/')),
  notifyProgress(sender, progress) {
    if (sender.tab?.id === undefined) return;
    const env: Envelope = { deskmate: 1, to: 'content', name: 'lookups.progress', payload: progress };
    // Fire and forget: a tab that closed meanwhile just misses a progress note.
    browser.tabs.sendMessage(sender.tab.id, env, { frameId: sender.frameId ?? 0 }).catch(() => undefined);
  },
};

export const lookupsBackgroundHandlers = (): Handlers<'background'> => createLookupsHandlers(browserLookupsDeps);
