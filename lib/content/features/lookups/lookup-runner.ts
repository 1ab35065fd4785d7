/**
 * Asks the background for lookups and keeps the cards' store current: the
 * answer, "still trying (attempt n)" progress pushed by the background while it
 * retries, and a problem text when the background could not be asked at all.
 */
import { resolveLanguage } from '../../../i18n';
import type { LookupLang } from '../../../lookups';
import { send } from '../../../messaging/client';
import { browser } from 'wxt/browser';
import { envelopeSchema } from '../../../messaging/envelope';
import { protocol } from '../../../messaging/protocol';
import type { FeatureHost } from '../../feature';
import type { Store } from '../../panel-store';
import { cardKey, type LookupCard, type LookupsState } from './lookup-cards';

export type LookupsStore = Store<LookupsState>;

/** Mapped dates and amounts, and error texts, in the panel's language. */
export function lookupLang(host: Pick<FeatureHost, 'settings'>): LookupLang {
  return resolveLanguage(host.settings().settings.ui.language, globalThis.navigator?.language ?? '') === 'zh-CN' ? 'zh' : 'en';
}

function patchCard(store: LookupsStore, key: string, patch: Partial<LookupCard>): void {
  store.set((s) => ({ cards: s.cards.map((c) => (c.key === key ? { ...c, ...patch } : c)) }));
}

export async function runCardLookup(store: LookupsStore, host: FeatureHost, card: Pick<LookupCard, 'key' | 'connectorId' | 'value'>, refresh = false): Promise<void> {
  const snapshot = host.snapshot();
  patchCard(store, card.key, { loading: true, attempt: 1, problem: null });
  try {
    const result = await send('lookups.run', {
      connectorId: card.connectorId,
      value: card.value,
      refresh,
      lang: lookupLang(host),
      consoleId: host.adapter.id,
      ticketId: snapshot?.ticketId ?? '',
    });
    if (!host.signal.aborted) patchCard(store, card.key, { loading: false, result });
  } catch (err) {
    if (!host.signal.aborted) patchCard(store, card.key, { loading: false, problem: (err as Error).message });
  }
}

/**
 * Retry notes from the background, for the cards of this session only.
 * Deliberately not `handleMessages('content', …)`: that claims the reply for
 * every content message, and a second content listener would answer
 * `content.status` (asked by the popup) with "no handler" before the real one.
 * Progress notes need no reply, so this listener only reads.
 */
export function listenForProgress(store: LookupsStore, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const env = envelopeSchema.safeParse(raw);
    if (!env.success || env.data.to !== 'content' || env.data.name !== 'lookups.progress') return undefined;
    const progress = protocol['lookups.progress'].request.safeParse(env.data.payload);
    if (!progress.success) return undefined;
    const key = cardKey(progress.data.connectorId, progress.data.value);
    if (store.get().cards.some((c) => c.key === key && c.loading)) patchCard(store, key, { attempt: progress.data.attempt });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
