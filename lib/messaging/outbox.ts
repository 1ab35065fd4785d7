import { ProtocolError } from './envelope';
import type { RequestOf, ResponseOf } from './protocol';

/**
 * The content side's outbox for writes that must not be lost: handling
 * history, the audit log and knowledge feedback.
 *
 * The service worker and the offscreen document may stop at any moment; a
 * message in flight then fails ("message port closed", "Receiving end does not
 * exist") or, worse, commits and loses its reply. So a write is queued here
 * with a write id, kept in `storage.local` until the database acknowledges it,
 * and resent (same id, in order) until it is: the database stores the id with
 * the write (lib/offscreen/write-once.ts), so a replay never counts twice.
 * Errors that no retry can fix (an invalid request, a full disk) reach the
 * caller instead of looping forever.
 */
export const OUTBOX_MESSAGES = ['history.record', 'audit.record', 'knowledge.feedback'] as const;
export type OutboxMessage = (typeof OUTBOX_MESSAGES)[number];
export type OutboxPayload<N extends OutboxMessage> = Omit<RequestOf<N>, 'writeId'>;

export interface OutboxEntry {
  writeId: string;
  name: OutboxMessage;
  payload: unknown;
  queuedAt: number;
}

/** Where the queue survives this script (storage.local in the extension, memory in tests). */
export interface OutboxStore {
  save(entries: readonly OutboxEntry[]): Promise<void>;
}

export type OutboxSend = <N extends OutboxMessage>(name: N, payload: RequestOf<N>) => Promise<ResponseOf<N>>;

export interface OutboxOptions {
  send: OutboxSend;
  store?: OutboxStore;
  /** First retry delay, doubled up to `maxRetryMs`. @default 100 */
  firstRetryMs?: number;
  /** @default 3000 */
  maxRetryMs?: number;
  newId?: () => string;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (entry: OutboxEntry, err: unknown) => void;
}

export interface Outbox {
  /** Queues a write; resolves with the database's answer once acknowledged, rejects only on a permanent error. */
  deliver<N extends OutboxMessage>(name: N, payload: OutboxPayload<N>): Promise<ResponseOf<N>>;
  /** Takes over entries a dead script left (delivered with their own ids, nobody waiting). */
  adopt(entries: readonly OutboxEntry[]): void;
  pending(): number;
  /** Resolves when the queue is empty. */
  idle(): Promise<void>;
  /** Stops sending; what is queued stays in the store for the next script to adopt. */
  stop(): void;
}

/** Codes from lib/messaging (server.ts, client.ts) and error names that a resend cannot fix. */
const PERMANENT_CODES = new Set(['invalid', 'unknown', 'wrong-target', 'unhandled', 'StorageQuotaError', 'ZodError', 'DataError', 'ConstraintError']);

export function isPermanentWriteError(err: unknown): boolean {
  const e = err as { code?: string; name?: string } | null;
  if (err instanceof ProtocolError) return PERMANENT_CODES.has(err.code);
  return !!e && (PERMANENT_CODES.has(e.name ?? '') || PERMANENT_CODES.has(e.code ?? ''));
}

/** The extension was reloaded or removed: this script can no longer send, its queue is the next script's. */
export const isOrphanedContext = (err: unknown) => /extension context invalidated/i.test((err as Error)?.message ?? '');

const randomId = () => globalThis.crypto.randomUUID();
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createOutbox(opts: OutboxOptions): Outbox {
  const firstRetryMs = opts.firstRetryMs ?? 100;
  const maxRetryMs = opts.maxRetryMs ?? 3000;
  const sleep = opts.sleep ?? wait;
  const queue: OutboxEntry[] = [];
  const waiters = new Map<string, { resolve(v: unknown): void; reject(e: unknown): void }>();
  let idleWaiters: Array<() => void> = [];
  let running = false;
  let stopped = false;
  let saving: Promise<void> = Promise.resolve();

  // Saves are chained so that storage always ends with the latest queue.
  const persist = () => {
    const snapshot = [...queue];
    saving = saving.then(() => opts.store?.save(snapshot)).catch((err: Error) => console.warn('[deskmate] outbox not saved:', err.message));
    return saving;
  };

  const settle = (entry: OutboxEntry, outcome: { value: unknown } | { error: unknown }) => {
    queue.shift();
    const waiter = waiters.get(entry.writeId);
    waiters.delete(entry.writeId);
    if ('value' in outcome) waiter?.resolve(outcome.value);
    else if (waiter) waiter.reject(outcome.error);
    else console.warn(`[deskmate] ${entry.name} dropped:`, (outcome.error as Error)?.message);
  };

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      let delay = firstRetryMs;
      while (queue.length && !stopped) {
        const entry = queue[0]!;
        try {
          const value = await opts.send(entry.name, { ...(entry.payload as object), writeId: entry.writeId } as RequestOf<typeof entry.name>);
          settle(entry, { value });
          delay = firstRetryMs;
          await persist();
        } catch (err) {
          if (isOrphanedContext(err)) {
            stopped = true;
            break;
          }
          if (isPermanentWriteError(err)) {
            settle(entry, { error: err });
            await persist();
            continue;
          }
          opts.onRetry?.(entry, err);
          await sleep(delay);
          delay = Math.min(delay * 2, maxRetryMs);
        }
      }
    } finally {
      running = false;
      if (!queue.length) {
        const done = idleWaiters;
        idleWaiters = [];
        for (const r of done) r();
      }
    }
  }

  const enqueue = (entry: OutboxEntry) => {
    queue.push(entry);
    // Stored before the first send: a script that dies mid-send leaves the entry for the next one.
    void persist().then(() => drain());
  };

  return {
    deliver(name, payload) {
      const entry: OutboxEntry = { writeId: (opts.newId ?? randomId)(), name, payload, queuedAt: Date.now() };
      if (stopped) return Promise.reject(new Error('Deskmate was reloaded: reload the page to keep recording'));
      const answer = new Promise<ResponseOf<typeof name>>((resolve, reject) => waiters.set(entry.writeId, { resolve: resolve as (v: unknown) => void, reject }));
      enqueue(entry);
      return answer;
    },
    adopt(entries) {
      for (const e of entries) if (!queue.some((q) => q.writeId === e.writeId)) enqueue(e);
    },
    pending: () => queue.length,
    idle: () => (queue.length ? new Promise<void>((r) => idleWaiters.push(r)) : Promise.resolve()),
    stop() {
      stopped = true;
    },
  };
}
