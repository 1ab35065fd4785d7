import type { Browser } from 'wxt/browser';
import {
  LookupCache,
  lookupAuditEntry,
  previewMapping,
  runLookup,
  validateConnectors,
  type LookupConnector,
  type LookupLang,
  type LookupResult,
} from '../lookups';
import type { AuditEntry } from '../audit/types';
import type { Handlers } from '../messaging/server';
import { ProtocolError } from '../messaging/envelope';

type Sender = Browser.runtime.MessageSender;

/** What the lookup handlers need from the browser; injected so the tests need none. */
export interface LookupsDeps {
  fetch: typeof fetch;
  hasPermission: (originPattern: string) => Promise<boolean>;
  /** The connectors in force (effective settings: defaults ← manager ← policy). */
  connectors: () => Promise<LookupConnector[]>;
  /** Stores audit entries (the offscreen document owns the database). */
  recordAudit: (entries: AuditEntry[]) => Promise<void>;
  /** Tells the tab that asked that a lookup is being retried. */
  notifyProgress: (sender: Sender, progress: { connectorId: string; value: string; attempt: number; delayMs: number }) => void;
  /** The sender is one of the extension's own pages (options), not a content script in a web page. */
  isExtensionPage: (sender: Sender) => boolean;
  now?: () => number;
}

/**
 * Background answers for lookups. The cache lives in the worker's memory: it
 * de-duplicates the panel's repeated asks and is lost, harmlessly, when the
 * worker is stopped. One cache per language, because mapped dates and amounts
 * are formatted for the agent's language.
 */
export function createLookupsHandlers(deps: LookupsDeps): Handlers<'background'> {
  const caches: Record<LookupLang, LookupCache> = { en: new LookupCache({ now: deps.now }), zh: new LookupCache({ now: deps.now }) };
  let definitions = '';
  /** The connectors in force; cached answers are dropped when any definition changed (a new mapping must show at once). */
  const currentConnectors = async () => {
    const connectors = await deps.connectors();
    const stamp = JSON.stringify(connectors);
    if (stamp !== definitions) {
      definitions = stamp;
      for (const cache of Object.values(caches)) cache.clear();
    }
    return connectors;
  };

  return {
    'lookups.run': async ({ connectorId, value, refresh, lang, consoleId, ticketId }, sender) => {
      const connector = (await currentConnectors()).find((c) => c.id === connectorId);
      if (!connector) throw new ProtocolError(`no lookup connector "${connectorId}" is configured`, 'not-found');
      const load = async (): Promise<LookupResult> => {
        const result = await runLookup(connector, value, {
          fetch: deps.fetch,
          lang,
          now: deps.now,
          hasPermission: deps.hasPermission,
          retry: { onRetry: ({ attempt, delayMs }) => deps.notifyProgress(sender, { connectorId, value, attempt: attempt + 1, delayMs }) },
        });
        // Audited only when a request was really planned (not for cache hits);
        // the entry holds connector, field, time and outcome, never the value or body.
        // Not awaited: the first audit may have to create the offscreen document,
        // which must not delay the agent's answer by seconds.
        void deps.recordAudit([lookupAuditEntry(result, { consoleId, ticketId })]).catch((err: Error) => console.warn('[deskmate] lookup audit failed:', err.message));
        return result;
      };
      return caches[lang].get(connectorId, value, load, { refresh });
    },

    'lookups.test': async ({ connector: raw, value, lang }, sender) => {
      // A test sends an arbitrary definition: only extension pages (options) may ask, never a content script.
      if (!deps.isExtensionPage(sender)) throw new ProtocolError('lookups.test is answered for extension pages only', 'forbidden');
      const { connectors, errors } = validateConnectors([raw]);
      const connector = connectors[0];
      if (!connector) return { issues: errors.flatMap((e) => e.issues), result: null, raw: null, preview: null };
      const result = await runLookup(connector, value, { fetch: deps.fetch, lang, now: deps.now, hasPermission: deps.hasPermission, includeRaw: true });
      const body = result.raw ?? null;
      const preview = body === null ? null : previewMapping(body, connector.mapping, { lang });
      const { raw: _omit, ...withoutRaw } = result;
      return { issues: [], result: withoutRaw, raw: body, preview };
    },

    'lookups.permission': async ({ origins }) => {
      const granted: Record<string, boolean> = {};
      for (const origin of origins) granted[origin] = await deps.hasPermission(origin).catch(() => false);
      return { granted };
    },
  };
}

