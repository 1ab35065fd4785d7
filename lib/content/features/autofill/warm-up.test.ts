import { describe, expect, it } from 'vitest';
import { warmUpExtraction } from './warm-up';

describe('warmUpExtraction', () => {
  it('gives the page its turn after every sample', async () => {
    let yields = 0;
    await warmUpExtraction({}, { yieldToPage: async () => void yields++ });
    expect(yields).toBe(5);
  });
  it('stops when the session ends', async () => {
    const stop = new AbortController();
    let yields = 0;
    await warmUpExtraction({}, { signal: stop.signal, yieldToPage: async () => void (++yields === 2 && stop.abort()) });
    expect(yields).toBe(2);
  });
});
