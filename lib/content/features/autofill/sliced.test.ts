import { describe, expect, it } from 'vitest';
import { createIncrementalExtractor, extractTicketFields } from '../../../extract';
import { chat } from '../../../extract/test-chat';
import { extractSliced } from './sliced';

const lines = ['c: 我的订单 240312598746 一直没到', 'a: 请问怎么称呼', 'c: 我叫王敏，电话 138-1234-5678', 'c: 顺丰单号 SF1234567890123'];
const long = chat(...Array.from({ length: 500 }, (_, i) => lines[i % lines.length]!)).map((m, i) => ({ ...m, id: `m${i}` }));

/** A clock that advances 1 ms per reading, so every step "uses" time and the budget is reached predictably. */
const ticking = () => {
  let t = 0;
  return () => (t += 1);
};

describe('extractSliced', () => {
  it('gives the page its turn while scanning 500 messages, with the same result as one full pass', async () => {
    let yields = 0;
    const ex = createIncrementalExtractor();
    const got = await extractSliced(ex, long, 0, {}, { chunk: 50, budgetMs: 2, now: ticking(), yieldToPage: async () => void yields++ });
    expect(got).toEqual(extractTicketFields(long));
    expect(yields).toBeGreaterThanOrEqual(4);
  });

  it('a new message or two is one synchronous update', async () => {
    let yields = 0;
    const ex = createIncrementalExtractor();
    ex.update(long.slice(0, 498));
    await extractSliced(ex, long, 498, {}, { yieldToPage: async () => void yields++ });
    expect(yields).toBe(0);
    expect(ex.lastUpdate).toEqual({ scanned: 2, reused: 498 });
  });

  it('stops when a newer snapshot supersedes it', async () => {
    let stop = false;
    const got = await extractSliced(createIncrementalExtractor(), long, 0, {}, { chunk: 50, budgetMs: 1, now: ticking(), yieldToPage: async () => void (stop = true), cancelled: () => stop });
    expect(got).toBeNull();
  });
});
