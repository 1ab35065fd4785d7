/**
 * Asks the background for lookups and keeps the cards' store current: the
 * answer, "still trying (attempt n)" progress pushed by the background while it
 * retries, and a problem text when the background could not be asked at all.
 */
import { resolveLanguage } from '../../../i18n';
import type { LookupLang } from '../../../lookups';
import { send } from '../../../messaging/client';
import { handleMessages } from '../../../messaging/server';
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

/** Retry notes from the background, for the cards of this session only. */
export function listenForProgress(store: LookupsStore, signal: AbortSignal): void {
  const stop = handleMessages('content', {
    'lookups.progress': ({ connectorId, value, attempt }) => {
      const key = cardKey(connectorId, value);
      if (store.get().cards.some((c) => c.key === key && c.loading)) patchCard(store, key, { attempt });
      return {};
    },
  });
  signal.addEventListener('abort', stop, { once: true });
}
