import type { TicketSnapshot } from '../../../consoles/adapter';
import { createIncrementalExtractor, type IncrementalExtractor } from '../../../extract';
import { deliver } from '../../../messaging/outbox-client';
import type { AuditEntryInput } from '../../../messaging/protocol';
import type { FeatureHost } from '../../feature';
import type { TicketInsights } from '../../insights';
import { Store } from '../../panel-store';
import { extractOptionsFrom, signalsFrom } from './extract-options';
import { applyFill, undoFill, type AuditRecorder } from './fill';
import { planFill } from './fill-plan';
import { extractSliced } from './sliced';
import { warmUpExtraction } from './warm-up';
import { reviewItems, type Decision } from './review';
import { initialAutofillState, type AutofillState } from './state';

const ticketKeyOf = (s: TicketSnapshot) => `${s.consoleId}:${s.ticketId ?? ''}`;

/**
 * Extraction on the page as the conversation changes: every snapshot (and
 * every new classifier verdict) reruns the incremental extractor, which scans
 * only new or edited messages, and publishes the result to the shared
 * insights that knowledge, lookups and history read.
 */
export function startAutofill(host: FeatureHost): Store<AutofillState> {
  const store = new Store<AutofillState>(initialAutofillState);
  const options = extractOptionsFrom(host.settings().settings);
  let extractor: IncrementalExtractor = createIncrementalExtractor(options);
  let usedSignals: Pick<TicketInsights, 'verdicts' | 'repeatContacts'> | null = null;
  /** Messages covered by the last finished extraction (the rest are new and may need slicing). */
  let scanned = 0;
  let generation = 0;
  // The first extraction on a page compiles everything; pay that in small tasks first.
  let warmUpMs = 0;
  const warm = warmUpExtraction(options, { signal: host.signal }).then((ms) => void (warmUpMs = ms));

  const run = (snapshot: TicketSnapshot) => {
    const key = ticketKeyOf(snapshot);
    if (store.get().ticketKey !== key) {
      // Another ticket: its own cache, decisions and undo.
      extractor = createIncrementalExtractor(options);
      scanned = 0;
      store.set({ ...initialAutofillState, ticketKey: key });
    }
    const insights = host.insights.get();
    usedSignals = { verdicts: insights.verdicts, repeatContacts: insights.repeatContacts };
    const live = { signals: signalsFrom(insights), agentNames: snapshot.agentName ? [snapshot.agentName] : [] };
    const mine = ++generation;
    let total = 0;
    let longest = 0;
    // Times each synchronous update: the longest one is what the page felt.
    const timed: IncrementalExtractor = {
      get lastUpdate() {
        return extractor.lastUpdate;
      },
      update(messages, l) {
        const t0 = performance.now();
        const result = extractor.update(messages, l);
        const ms = performance.now() - t0;
        total += ms;
        longest = Math.max(longest, ms);
        return result;
      },
    };
    const cancelled = () => mine !== generation || host.signal.aborted;
    warm
      .then(() => (cancelled() ? null : extractSliced(timed, snapshot.messages, scanned, live, { cancelled })))
      .then((extraction) => {
        if (!extraction || cancelled()) return;
        scanned = snapshot.messages.length;
        const { timing } = store.get();
        store.set({ extraction, items: reviewItems(extraction), error: null, timing: { lastMs: total, lastLongestMs: longest, maxMs: Math.max(timing.maxMs, longest), warmUpMs, messages: snapshot.messages.length } });
        if (host.insights.get().ticketKey === key) host.insights.set({ extraction });
      })
      .catch((err: Error) => store.set({ error: err.message }));
  };

  host.onSnapshot((snapshot) => run(snapshot));
  // Verdicts arrive after the snapshot (the model answers later): rerun the cheap resolve with them.
  const unsubscribe = host.insights.subscribe(() => {
    const i = host.insights.get();
    const snapshot = host.snapshot();
    if (!snapshot || !usedSignals || i.ticketKey !== ticketKeyOf(snapshot)) return;
    if (i.verdicts !== usedSignals.verdicts || i.repeatContacts !== usedSignals.repeatContacts) run(snapshot);
  });
  host.signal.addEventListener('abort', unsubscribe);
  return store;
}

export function decide(store: Store<AutofillState>, key: string, decision: Decision | null): void {
  store.set((s) => {
    const decisions = { ...s.decisions };
    if (decision) decisions[key] = decision;
    else delete decisions[key];
    return { decisions };
  });
}

function recorder(store: Store<AutofillState>): AuditRecorder {
  return async (entries: AuditEntryInput[]) => {
    if (!entries.length) return;
    try {
      await deliver('audit.record', { entries });
      store.set({ auditError: null });
    } catch (err) {
      store.set({ auditError: (err as Error).message });
    }
  };
}

/** Writes the accepted values into the console's own fields (read fresh from the form first). */
export async function fillTicket(host: FeatureHost, store: Store<AutofillState>): Promise<void> {
  const ctx = host.ticket();
  const { extraction, decisions, fill } = store.get();
  if (!ctx || !extraction || fill.phase === 'busy') return;
  store.set({ fill: { phase: 'busy' } });
  try {
    const snapshot = host.adapter.readTicket(ctx);
    const mapping = host.settings().settings.autofill.fieldMapping[ctx.consoleId] ?? {};
    const plan = planFill({ items: reviewItems(extraction), decisions, snapshot, mapping, writable: host.adapter.writableFields(ctx) });
    if (!plan.writes.length) return store.set({ fill: { phase: 'nothing', skipped: plan.skipped } });
    const record = await applyFill(host.adapter, ctx, plan.writes, recorder(store));
    store.set({ fill: { phase: 'filled', record, skipped: plan.skipped } });
  } catch (err) {
    store.set({ fill: { phase: 'error', message: (err as Error).message } });
  }
}

export async function undoLastFill(host: FeatureHost, store: Store<AutofillState>): Promise<void> {
  const ctx = host.ticket();
  const { fill } = store.get();
  if (!ctx || fill.phase !== 'filled') return;
  store.set({ fill: { phase: 'busy' } });
  try {
    const undone = await undoFill(host.adapter, ctx, fill.record, recorder(store));
    store.set({ fill: { phase: 'undone', failed: undone.filter((r) => !r.ok).map((r) => r.field) } });
  } catch (err) {
    store.set({ fill: { phase: 'error', message: (err as Error).message } });
  }
}
