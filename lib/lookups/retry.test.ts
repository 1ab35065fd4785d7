import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, sleepWithSignal, withRetry } from './retry';

class Transient extends Error {}
const isRetryable = (e: unknown) => e instanceof Transient;

/** A recorded sleep that returns at once, so tests check delays without waiting. */
function fakeSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

describe('backoffDelay', () => {
  it.each([
    // attempt, random, expected: step = min(max, base·2^(n-1)); delay = step/2 + random·step/2
    [1, 0, 200],
    [1, 1, 400],
    [2, 0.5, 600],
    [3, 0, 800],
    [4, 1, 3000], // capped at maxMs
    [10, 0, 1500],
  ])('attempt %i with random %d → %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, { baseMs: 400, maxMs: 3000, random: () => random })).toBe(expected);
  });
});

describe('withRetry', () => {
  it('retries transient failures 3 times with growing delays, then succeeds', async () => {
    const { delays, sleep } = fakeSleep();
    const fn = vi.fn(async (attempt: number) => {
      if (attempt < 4) throw new Transient(`attempt ${attempt}`);
      return 'ok';
    });
    await expect(withRetry(fn, { isRetryable, sleep, random: () => 0, baseMs: 100, maxMs: 10_000 })).resolves.toBe('ok');
    expect(fn).toHaveBeenCalledTimes(4);
    expect(delays).toEqual([50, 100, 200]);
  });

  it('gives up after retries and rethrows the last error', async () => {
    const { delays, sleep } = fakeSleep();
    let n = 0;
    const fail = async () => {
      throw new Transient(`failure ${++n}`);
    };
    await expect(withRetry(fail, { isRetryable, sleep, random: () => 0.5 })).rejects.toThrow('failure 4');
    expect(delays).toHaveLength(3);
  });

  it('does not retry a non-retryable error', async () => {
    const { delays, sleep } = fakeSleep();
    const fn = vi.fn(async () => {
      throw new Error('401');
    });
    await expect(withRetry(fn, { isRetryable, sleep })).rejects.toThrow('401');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(delays).toEqual([]);
  });

  it('honours retries: 0', async () => {
    const fn = vi.fn(async () => {
      throw new Transient('x');
    });
    await expect(withRetry(fn, { isRetryable, retries: 0, sleep: fakeSleep().sleep })).rejects.toThrow();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('reports each retry before waiting', async () => {
    const onRetry = vi.fn();
    let n = 0;
    await withRetry(
      async () => {
        if (++n < 3) throw new Transient('t');
        return n;
      },
      { isRetryable, sleep: fakeSleep().sleep, random: () => 0, baseMs: 10, onRetry },
    );
    expect(onRetry.mock.calls.map(([info]) => [info.attempt, info.delayMs])).toEqual([
      [1, 5],
      [2, 10],
    ]);
  });

  it('stops waiting as soon as the caller aborts, with real timers faked', async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const fn = vi.fn(async () => {
        throw new Transient('t');
      });
      const run = withRetry(fn, { isRetryable, signal: controller.signal, baseMs: 10_000, random: () => 0 });
      const outcome = expect(run).rejects.toThrow('caller left');
      await vi.advanceTimersByTimeAsync(1000);
      controller.abort(new Error('caller left'));
      await outcome;
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits the computed delay with the default sleep', async () => {
    vi.useFakeTimers();
    try {
      let n = 0;
      const run = withRetry(
        async () => {
          if (++n === 1) throw new Transient('t');
          return n;
        },
        { isRetryable, baseMs: 1000, random: () => 1 },
      );
      await vi.advanceTimersByTimeAsync(999);
      expect(n).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(run).resolves.toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('sleepWithSignal', () => {
  it('rejects at once when already aborted', async () => {
    await expect(sleepWithSignal(10_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });
});
