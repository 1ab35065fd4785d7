/**
 * Retry with exponential backoff and jitter. Hand-written rather than p-retry
 * because the policy needs injectable sleep and randomness for deterministic
 * tests, an abort signal that also cuts a backoff wait short, and nothing else.
 */

export interface RetryOptions {
  /** Extra attempts after the first. @default 3 */
  retries?: number;
  /** Backoff before the first retry, doubled each time. @default 400 */
  baseMs?: number;
  /** Upper bound for one backoff wait. @default 4000 */
  maxMs?: number;
  /** Whether a failure is worth another attempt (timeouts, 5xx). */
  isRetryable: (error: unknown) => boolean;
  /** @default a setTimeout-based sleep that rejects when `signal` aborts */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** @default Math.random */
  random?: () => number;
  signal?: AbortSignal;
  /** Called before each backoff wait; `attempt` is the attempt that just failed (1-based). */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

/**
 * Wait before retry number `attempt` (1-based): half of the exponential step
 * fixed, half random ("equal jitter"), so simultaneous lookups from many
 * agents spread out yet never retry instantly.
 */
export function backoffDelay(attempt: number, opts: { baseMs: number; maxMs: number; random: () => number }): number {
  const step = Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + opts.random() * (step / 2));
}

export function sleepWithSignal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `fn(attempt)` until it succeeds, fails with a non-retryable error, or retries run out. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { retries = 3, baseMs = 400, maxMs = 4000, isRetryable, sleep = sleepWithSignal, random = Math.random, signal, onRetry } = options;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (signal?.aborted || attempt > retries || !isRetryable(error)) throw error;
      const delayMs = backoffDelay(attempt, { baseMs, maxMs, random });
      onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs, signal);
    }
  }
}
