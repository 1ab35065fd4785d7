import { describe, expect, it } from 'vitest';
import { BACKLOG_SETTLE_MS, classificationBatches, firstMaskState, isLiveArrival, LIVE_BURST, MAX_PENDING_MS, overduePending } from './mask-policy';

describe('first mask state of a customer message', () => {
  it('hides what the lexicon finds abusive, live or backlog, whatever the policy', () => {
    for (const live of [true, false])
      for (const policy of ['show', 'holdLive'] as const) expect(firstMaskState({ lexiconAbusive: true, live, policy, waitMs: 300 })).toEqual({ state: 'hidden', releaseAfterMs: null });
  });

  it('never holds the backlog present when the ticket opens', () => {
    expect(firstMaskState({ lexiconAbusive: false, live: false, policy: 'holdLive', waitMs: 300 }).state).toBe('clean');
  });

  it('holds a live arrival only under holdLive, and never longer than the cap', () => {
    expect(firstMaskState({ lexiconAbusive: false, live: true, policy: 'holdLive', waitMs: 150 })).toEqual({ state: 'pending', releaseAfterMs: 150 });
    expect(firstMaskState({ lexiconAbusive: false, live: true, policy: 'holdLive', waitMs: 5000 }).releaseAfterMs).toBe(MAX_PENDING_MS);
    expect(firstMaskState({ lexiconAbusive: false, live: true, policy: 'show', waitMs: 300 }).state).toBe('clean');
    expect(firstMaskState({ lexiconAbusive: false, live: true, policy: 'holdLive', waitMs: 0 }).state).toBe('clean');
  });
});

describe('overdue pending masks', () => {
  it('are found by the clock, so a delayed timer cannot stretch a hold', () => {
    const since = new Map([['a', 1000], ['b', 1250], ['c', 1299]]);
    expect(overduePending(since, 1300, 300)).toEqual(['a']);
    expect(overduePending(since, 1600, 300)).toEqual(['a', 'b', 'c']);
    // A wait above the cap is treated as the cap.
    expect(overduePending(since, 1300, 2000)).toEqual(['a']);
  });
});

describe('classification batches', () => {
  it('sends what is on screen first, then the rest in chunks, keeping page order', () => {
    const ids = Array.from({ length: 10 }, (_, i) => i);
    const batches = classificationBatches(ids, (i) => i >= 6 && i <= 8, 3);
    expect(batches).toEqual([[6, 7, 8], [0, 1, 2], [3, 4, 5], [9]]);
  });

  it('is one round trip for a short conversation', () => {
    expect(classificationBatches(['a', 'b', 'c'], () => false)).toEqual([['a', 'b', 'c']]);
  });
});

describe('live arrival or backlog', () => {
  it('is backlog on the first read, while the ticket settles, and for a burst', () => {
    expect(isLiveArrival(undefined, 5000, 1)).toBe(false);
    expect(isLiveArrival(1000, 1000 + BACKLOG_SETTLE_MS - 1, 1)).toBe(false);
    expect(isLiveArrival(1000, 1000 + BACKLOG_SETTLE_MS, LIVE_BURST + 1)).toBe(false);
    expect(isLiveArrival(1000, 1000 + BACKLOG_SETTLE_MS, LIVE_BURST)).toBe(true);
  });
});
