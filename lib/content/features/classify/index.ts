import { defineFeature, type FeatureHost } from '../../feature';
import { Store } from '../../panel-store';
import { send } from '../../../messaging/client';
import { quickAbuseCheck } from '../../../classify/lexicon';
import { resolveLanguage, translator } from '../../../i18n';
import type { MessageVerdict } from '../../insights';
import type { ChatMessage } from '../../../consoles/types';
import type { TicketContext } from '../../../consoles/adapter';
import { applyMarker, applyMask, ensureMaskStyle, sweepMasks, type MaskState } from './mask-dom';
import { computeEscalation } from './escalation';
import { initialClassifyState, type ClassifyState } from './state';
import { classificationBatches, firstMaskState, isLiveArrival, isOnScreen, overduePending } from './mask-policy';
import { ClassifySection } from '../../../../components/panel/classify/ClassifySection';

/**
 * Sentiment and abuse for every customer message, on the device. A new
 * customer message gets its first mask state in the same microtask it appears
 * in (before the browser paints): hidden if the on-page lexicon finds abuse,
 * else shown — or, for a live arrival under the `holdLive` policy, held as
 * pending for at most 300 ms. The model's verdict is final once it arrives
 * (it may hide or release), unless the agent chose to see the message. The
 * backlog is classified on-screen first, in batches (mask-policy.ts).
 */
export const classifyFeature = defineFeature<ClassifyState>({
  id: 'classify',
  order: 20,
  enabled: (s) => s.settings.features.sentiment || s.settings.features.abuseMasking,
  Section: ClassifySection,
  start(host) {
    const store = new Store<ClassifyState>(initialClassifyState);
    const masks = new Map<string, MaskState>();
    const seenText = new Map<string, string>();
    const queue = new Map<string, string>();
    /** When each pending mask started, so a busy page that delays timers still releases them on the next pass. */
    const pendingSince = new Map<string, number>();
    /** When each ticket's conversation was first read: what appears after it has settled arrived live. */
    const openedTickets = new Map<string, number>();
    let flushScheduled = false;
    const t = () => translator(resolveLanguage(host.settings().settings.ui.language, navigator.language));
    const cfg = () => host.settings().settings.classification;
    const masking = () => host.settings().settings.features.abuseMasking;

    const toggle = (id: string) => {
      masks.set(id, masks.get(id) === 'revealed' ? 'hidden' : 'revealed');
      const ctx = host.ticket();
      if (ctx) render(ctx, host.adapter.readConversation(ctx));
    };

    const render = (ctx: TicketContext, messages: ChatMessage[]) => {
      const tr = t();
      const labels = { pending: tr('classify.mask.pending'), hidden: tr('classify.mask.hidden'), show: tr('classify.mask.show'), hide: tr('classify.mask.hide') };
      const verdicts = host.insights.get().verdicts;
      const current = new Set<Element>();
      for (const m of messages) {
        if (m.role !== 'customer') continue;
        const el = host.adapter.messageElement(ctx, m.id);
        if (!el) continue;
        current.add(el);
        if (masking()) applyMask(el, m.id, masks.get(m.id) ?? 'clean', cfg().maskingStyle, labels, toggle);
        const v = verdicts[m.id];
        if (host.settings().settings.features.sentiment && v?.sentiment) applyMarker(el, m.id, v.sentiment, tr(`classify.sentiment.${v.sentiment}`));
      }
      if (masking()) sweepMasks(ctx.root.ownerDocument, current, cfg().maskingStyle, labels);
    };

    // Insights reset when the agent switches tickets; verdicts already paid for are kept here and re-published.
    const known = new Map<string, MessageVerdict>();
    const decide = (id: string, verdict: MessageVerdict) => {
      known.set(id, verdict);
      host.insights.set((s) => ({ verdicts: { ...s.verdicts, [id]: verdict } }));
      pendingSince.delete(id);
      const current = masks.get(id);
      if (current === 'revealed') return;
      masks.set(id, verdict.abusive ? 'hidden' : 'clean');
    };

    /** Release pending masks that outlived the wait; true when any changed. */
    const releaseOverdue = (): boolean => {
      const overdue = overduePending(pendingSince, performance.now(), cfg().maskWaitMs);
      for (const id of overdue) {
        pendingSince.delete(id);
        if (masks.get(id) === 'pending') masks.set(id, 'clean');
      }
      return overdue.length > 0;
    };

    /** One round trip for many messages; verdicts are applied as each batch answers. */
    const classifyBatch = async (batch: Array<[string, string]>) => {
      const res = await send('classify.messages', { texts: batch.map(([, text]) => text) });
      store.set({ model: res.status });
      const c = cfg();
      batch.forEach(([id], i) => {
        const r = res.verdicts[i]!;
        const abusive = r.pAbusive >= c.abuseThreshold;
        // An abusive message is a negative one whatever the sentiment model says (insults are rare in its training data).
        const negative = abusive || (r.sentiment === 'negative' && r.sentimentScore >= c.negativeThreshold);
        decide(id, {
          sentiment: negative ? 'negative' : r.sentiment === 'negative' ? 'neutral' : r.sentiment,
          sentimentScore: r.sentimentScore,
          abusive,
          abuseScore: r.pAbusive,
          source: 'model',
        });
      });
    };

    const flush = async () => {
      flushScheduled = false;
      const queued = [...queue.entries()];
      queue.clear();
      if (!queued.length) return;
      const ctx = host.ticket();
      const onScreen = ([id]: [string, string]) => {
        const el = ctx ? host.adapter.messageElement(ctx, id) : null;
        return !!el && isOnScreen(el);
      };
      const batches = classificationBatches(queued, onScreen);
      for (let b = 0; b < batches.length; b++) {
        if (host.signal.aborted) return;
        try {
          await classifyBatch(batches[b]!);
        } catch (err) {
          store.set({ error: (err as Error).message });
          // Try again shortly: the lexicon already decided masking, the model's verdict is still owed.
          for (const [id, text] of batches.slice(b).flat()) if (!queue.has(id)) queue.set(id, text);
          if (!host.signal.aborted) setTimeout(() => void flush(), 2000);
          return;
        }
        store.set({ error: null });
        refresh();
      }
    };

    const refresh = () => {
      const ctx = host.ticket();
      const snap = host.snapshot();
      if (!ctx || !snap) return;
      releaseOverdue();
      const customer = snap.messages.filter((m) => m.role === 'customer');
      const missing = customer.filter((m) => known.has(m.id) && !host.insights.get().verdicts[m.id]);
      if (missing.length) host.insights.set((s) => ({ verdicts: { ...s.verdicts, ...Object.fromEntries(missing.map((m) => [m.id, known.get(m.id)!])) } }));
      render(ctx, snap.messages);
      const verdicts = host.insights.get().verdicts;
      store.set({
        trend: customer.map((m) => ({ id: m.id, sentiment: verdicts[m.id]?.sentiment ?? null, time: m.time })),
        maskedCount: customer.filter((m) => masks.get(m.id) === 'hidden').length,
        escalation: computeEscalation(snap.messages, verdicts, { negativeRun: cfg().negativeRunForEscalation, repeatContacts: host.insights.get().repeatContacts }),
      });
    };

    /** New or changed customer messages: first mask state now (pre-paint), the model's verdict when it answers. */
    const vet = (ctx: TicketContext) => {
      ensureMaskStyle(ctx.root.ownerDocument);
      const messages = host.adapter.readConversation(ctx);
      const fresh = messages.filter((m) => m.role === 'customer' && seenText.get(m.id) !== m.text);
      const ticketKey = `${host.adapter.id}:${ctx.ticketId ?? ''}`;
      const live = isLiveArrival(openedTickets.get(ticketKey), performance.now(), fresh.length);
      if (!openedTickets.has(ticketKey)) openedTickets.set(ticketKey, performance.now());
      const c = cfg();
      for (const m of fresh) {
        // New text under a known id (an edit, or positional ids reused by the next ticket): nothing decided
        // about the old text may stand for the new one.
        if (seenText.has(m.id)) {
          masks.delete(m.id);
          known.delete(m.id);
          pendingSince.delete(m.id);
        }
        seenText.set(m.id, m.text);
        queue.set(m.id, m.text);
        const lexicon = quickAbuseCheck(m.text);
        if (lexicon.abusive) decide(m.id, { sentiment: 'negative', sentimentScore: 0, abusive: true, abuseScore: 0.95, source: 'lexicon' });
        if (!masking() || masks.get(m.id) === 'revealed') continue;
        const first = firstMaskState({ lexiconAbusive: lexicon.abusive, live, policy: c.unclassified, waitMs: c.maskWaitMs });
        masks.set(m.id, first.state);
        if (first.releaseAfterMs === null) continue;
        pendingSince.set(m.id, performance.now());
        setTimeout(() => {
          if (host.signal.aborted || !releaseOverdue()) return;
          refresh();
        }, first.releaseAfterMs);
      }
      releaseOverdue();
      render(ctx, messages);
      if (queue.size && !flushScheduled) {
        flushScheduled = true;
        queueMicrotask(() => void flush());
      }
    };

    host.onMutation(vet);
    host.onSnapshot((_snap, ctx) => {
      vet(ctx);
      refresh();
    });
    const unsubscribe = host.insights.subscribe(() => {
      const snap = host.snapshot();
      if (snap) store.set({ escalation: computeEscalation(snap.messages, host.insights.get().verdicts, { negativeRun: cfg().negativeRunForEscalation, repeatContacts: host.insights.get().repeatContacts }) });
    });
    void pollModel(host, store);
    host.signal.addEventListener('abort', () => {
      unsubscribe();
      unmaskAll(host, masks);
    });
    return store;
  },
});

/** Model loading progress for the panel, until the model is ready or failed. */
async function pollModel(host: FeatureHost, store: Store<ClassifyState>): Promise<void> {
  let warmup = true;
  while (!host.signal.aborted) {
    try {
      const status = await send('classify.status', { warmup });
      warmup = false;
      store.set({ model: status });
      if (status.state === 'ready' || status.state === 'error') return;
    } catch (err) {
      store.set({ error: (err as Error).message });
    }
    await new Promise((r) => setTimeout(r, 400));
  }
}

/** When Deskmate stops (pause, feature off), leave the console as it found it. */
function unmaskAll(host: FeatureHost, masks: Map<string, MaskState>): void {
  const ctx = host.ticket();
  if (!ctx) return;
  for (const el of Array.from(ctx.root.ownerDocument.querySelectorAll('[data-deskmate-mask]'))) el.removeAttribute('data-deskmate-mask');
  for (const el of Array.from(ctx.root.ownerDocument.querySelectorAll('[data-deskmate="mask"], [data-deskmate="marker"]'))) el.remove();
  masks.clear();
}
