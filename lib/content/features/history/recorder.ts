/**
 * When the active ticket's record is written. Observations arrive on every
 * snapshot (new message, reply, status change) and whenever classification
 * or extraction learn something; writing each one would be a database write
 * per keystroke-driven re-read. So: the latest observation waits `debounceMs`,
 * identical ones are dropped, and leaving the ticket (switching tabs, page
 * hidden or closed) writes at once. Writes go out one at a time in order; the
 * store's upsert is idempotent, so a repeated or late write never duplicates.
 */
import { observationKey, type HandlingRequest } from './handling-update';

export interface RecorderOptions {
  /** @default 800 */
  debounceMs?: number;
  write(request: HandlingRequest): Promise<void>;
  onError(err: unknown): void;
}

export interface HandlingRecorder {
  observe(request: HandlingRequest): void;
  /** Write the waiting observation now (leaving the ticket); resolves when every write so far has settled. */
  flush(): Promise<void>;
  /** Session ended: write what is waiting (best effort), then ignore further observations. */
  stop(): void;
}

const ticketOf = (r: HandlingRequest) => `${r.update.consoleId}:${r.update.ticketId}`;

export function createHandlingRecorder(opts: RecorderOptions): HandlingRecorder {
  const debounceMs = opts.debounceMs ?? 800;
  let waiting: HandlingRequest | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey: string | null = null;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  const writeNow = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const request = waiting;
    waiting = null;
    if (!request) return chain;
    const key = observationKey(request);
    lastKey = key;
    chain = chain.then(() =>
      opts.write(request).catch((err: unknown) => {
        // Not written: let the same observation through again next time.
        if (lastKey === key) lastKey = null;
        opts.onError(err);
      }),
    );
    return chain;
  };

  return {
    observe(request) {
      if (stopped) return;
      // A different ticket: the previous one is being left, write it before it is forgotten.
      if (waiting && ticketOf(waiting) !== ticketOf(request)) void writeNow();
      if (observationKey(request) === lastKey) {
        waiting = null;
        clearTimeout(timer);
        return;
      }
      waiting = request;
      clearTimeout(timer);
      timer = setTimeout(() => void writeNow(), debounceMs);
    },
    flush: () => writeNow(),
    stop() {
      void writeNow();
      stopped = true;
    },
  };
}
