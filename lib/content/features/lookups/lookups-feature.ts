import { createIncrementalExtractor, type IncrementalExtractor } from '../../../extract';
import { matchConnectors } from '../../../lookups';
import { defineFeature } from '../../feature';
import { Store } from '../../panel-store';
import { LookupsSection } from '../../../../components/panel/lookups/LookupsSection';
import { lookupKeysFor } from './lookup-keys';
import { reconcileCards, type LookupsState } from './lookup-cards';
import { listenForProgress, runCardLookup } from './lookup-runner';

/** Quiet time after the last change before lookups are planned: a chat arriving line by line asks once. */
export const PLAN_DEBOUNCE_MS = 400;

/**
 * Order/logistics lookups in the panel (issue 8). When the ticket's
 * conversation (or auto-fill's extraction) yields a value some connector
 * triggers on, the lookup runs in the background and a card shows the answer.
 */
export const lookupsFeature = defineFeature<LookupsState>({
  id: 'lookups',
  order: 40,
  enabled: (eff) => eff.settings.features.lookups && eff.settings.lookups.connectors.length > 0,
  start(host) {
    const store = new Store<LookupsState>({ cards: [] });
    let extractor: IncrementalExtractor | null = null;
    const fallback = () => (extractor ??= createIncrementalExtractor());
    let timer: ReturnType<typeof setTimeout> | undefined;

    const plan = () => {
      const snapshot = host.snapshot();
      if (!snapshot || host.signal.aborted) return store.set({ cards: [] });
      const keys = lookupKeysFor(snapshot.messages, host.insights.get().extraction, fallback);
      const planned = matchConnectors(host.settings().settings.lookups.connectors, keys);
      const { cards, started } = reconcileCards(store.get().cards, planned);
      store.set({ cards });
      for (const card of started) void runCardLookup(store, host, card);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(plan, PLAN_DEBOUNCE_MS);
    };

    host.onSnapshot(schedule);
    const unsubscribe = host.insights.subscribe(schedule);
    listenForProgress(store, host.signal);
    host.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      unsubscribe();
    });
    if (host.snapshot()) schedule();
    return store;
  },
  Section: LookupsSection,
});
