/**
 * The history feature on the content side: records the active ticket as the
 * agent works it, loads the customer's timeline, and offers the panel's
 * actions (edit, note, write-back). The database lives in the offscreen
 * document; everything here goes through the message protocol.
 */
import { createIncrementalExtractor, type IncrementalExtractor } from '../../../extract';
import type { TicketExtraction } from '../../../extract/types';
import type { HandlingRecord, RecordPatch, Timeline } from '../../../history';
import { send } from '../../../messaging/client';
import type { FeatureHost } from '../../feature';
import { Store } from '../../panel-store';
import { buildHandlingRequest, type ContactInput } from './handling-update';
import { createHandlingRecorder } from './recorder';
import { writeSummaryNote, type WriteBackResult } from './write-back';

export interface HistoryError {
  /** 'quota' gets its own advice in the panel (purge or export); never swallowed. */
  kind: 'quota' | 'other';
  message: string;
}

export interface HistoryActions {
  edit(id: string, patch: RecordPatch): Promise<boolean>;
  writeBack(): Promise<void>;
  reload(): void;
}

export interface HistoryState {
  ticketKey: string | null;
  timeline: Timeline | null;
  loading: boolean;
  /** This ticket's own record, as last written. */
  current: HandlingRecord | null;
  error: HistoryError | null;
  writeBack: { state: 'idle' | 'writing' | 'done' | 'error'; message: string };
  actions: HistoryActions;
}

export function describeHistoryError(err: unknown): HistoryError {
  const e = err as { code?: string; name?: string; message?: string };
  const quota = e?.code === 'StorageQuotaError' || e?.name === 'StorageQuotaError' || e?.code === 'QuotaExceededError';
  return { kind: quota ? 'quota' : 'other', message: e?.message ?? String(err) };
}

/** Longest the timeline waits for the previous ticket's write before asking anyway. */
const FLUSH_WAIT_MS = 3000;

export function startHistory(host: FeatureHost): Store<HistoryState> {
  let extractor: { key: string; run: IncrementalExtractor } | null = null;
  let timelineKey: string | null = null;
  /** This visit of the ticket: a new one after every navigation, so the store counts revisits. */
  let sessionId: string | null = null;
  const idle = { state: 'idle' as const, message: '' };
  const store = new Store<HistoryState>({ ticketKey: null, timeline: null, loading: false, current: null, error: null, writeBack: idle, actions: { edit, writeBack, reload } });
  const fail = (err: unknown) => store.set({ error: describeHistoryError(err) });

  const recorder = createHandlingRecorder({
    write: async (request) => {
      const { record } = await send('history.record', request);
      if (store.get().ticketKey === record.id) store.set({ current: record, error: null });
    },
    onError: fail,
  });

  /** Auto-fill's extraction when it runs; otherwise our own (incremental, so re-reads are cheap) so matching by phone still works. */
  function extractionFor(key: string): TicketExtraction | null {
    const shared = host.insights.get().extraction;
    if (shared) return shared;
    const snapshot = host.snapshot();
    if (!snapshot) return null;
    if (extractor?.key !== key) extractor = { key, run: createIncrementalExtractor({ agentNames: snapshot.agentName ? [snapshot.agentName] : [] }) };
    return extractor.run.update(snapshot.messages);
  }

  async function loadTimeline(key: string, consoleId: string, ticketId: string, contact: ContactInput): Promise<void> {
    store.set({ loading: true });
    try {
      // The ticket just left must be stored before its customer's next ticket asks for the timeline, but a write
      // that never answers (the worker stopped mid-reply) must not hold the timeline back for good.
      await Promise.race([recorder.flush(), new Promise((r) => setTimeout(r, FLUSH_WAIT_MS))]);
      const timeline = await send('history.timeline', { consoleId, excludeTicketId: ticketId, contact });
      if (store.get().ticketKey !== key) return;
      store.set({ timeline, loading: false });
      if (host.insights.get().ticketKey === key) host.insights.set({ repeatContacts: timeline.contactsInWindow });
    } catch (err) {
      if (store.get().ticketKey === key) store.set({ loading: false, error: describeHistoryError(err) });
    }
  }

  function observe(): void {
    const snapshot = host.snapshot();
    if (!snapshot?.ticketId || host.signal.aborted) return;
    const key = `${snapshot.consoleId}:${snapshot.ticketId}`;
    // The shared insights are reset just before a new ticket's snapshot: ignore that moment.
    if (host.insights.get().ticketKey !== key) return;
    if (store.get().ticketKey !== key) {
      sessionId = crypto.randomUUID();
      store.set({ ticketKey: key, timeline: null, current: null, error: null, writeBack: idle });
    }
    const request = buildHandlingRequest(snapshot, extractionFor(key), host.insights.get().verdicts, { consoleName: host.adapter.name, sessionId: sessionId ?? undefined });
    if (!request) return;
    recorder.observe(request);
    const wanted = JSON.stringify([key, request.contact]);
    if (wanted !== timelineKey) {
      timelineKey = wanted;
      void loadTimeline(key, snapshot.consoleId, snapshot.ticketId, request.contact);
    }
  }

  function reload(): void {
    timelineKey = null;
    observe();
  }

  async function edit(id: string, patch: RecordPatch): Promise<boolean> {
    try {
      const { record } = await send('history.edit', { id, patch });
      const s = store.get();
      if (!record) {
        // Purged or cleared meanwhile: show the timeline as it is now.
        reload();
        return false;
      }
      const timeline = s.timeline && { ...s.timeline, records: s.timeline.records.map((r) => (r.id === id ? { ...r, ...record } : r)) };
      store.set({ timeline, current: s.current?.id === id ? record : s.current, error: null });
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  }

  async function writeBack(): Promise<void> {
    const ctx = host.ticket();
    const record = store.get().current;
    if (!ctx || !record) return;
    store.set({ writeBack: { state: 'writing', message: '' } });
    const result: WriteBackResult = await writeSummaryNote(host.adapter, ctx, record);
    store.set({ writeBack: { state: result.ok ? 'done' : 'error', message: result.ok ? '' : result.error } });
  }

  host.onSnapshot(() => observe());
  // Leaving the page: what was observed of this ticket is written now, under this ticket only, and nothing of it
  // (extraction, timeline, session) is carried to whatever page comes next.
  host.onNavigate(() => {
    void recorder.flush();
    extractor = null;
    timelineKey = null;
    sessionId = null;
    store.set({ ticketKey: null, timeline: null, current: null, loading: false, error: null, writeBack: idle });
  });
  const unsubscribe = host.insights.subscribe(() => observe());
  const leave = () => void recorder.flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') leave();
  };
  window.addEventListener('pagehide', leave, { signal: host.signal });
  document.addEventListener('visibilitychange', onVisibility, { signal: host.signal });
  host.signal.addEventListener('abort', () => {
    unsubscribe();
    recorder.stop();
  });
  observe();
  return store;
}
