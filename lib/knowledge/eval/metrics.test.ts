import { expect, it } from 'vitest';
import { queryHalf, retrievalFigures, splitHalf } from './metrics';

it('computes success@k and MRR@10 with several relevant articles', () => {
  const f = retrievalFigures([
    { ranked: ['a', 'b'], relevant: ['a'] },
    { ranked: ['x', 'y', 'b'], relevant: ['b', 'z'] },
    { ranked: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'r'], relevant: ['r'] },
    { ranked: [], relevant: ['q'] },
  ]);
  expect(f).toEqual({ queries: 4, recall1: 0.25, recall5: 0.5, recall10: 0.5, mrr10: (1 + 1 / 3) / 4 });
});

it('splits by a fixed hash: stable and roughly even', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `q${i}`);
  const tune = ids.filter((id) => splitHalf(id) === 'tune').length;
  expect(tune).toBeGreaterThan(450);
  expect(tune).toBeLessThan(550);
  expect(ids.map(splitHalf)).toEqual(ids.map(splitHalf));
  expect(splitHalf('q0')).toBe(splitHalf('q0'));
});

it('groups halves by article: every phrasing of one article lands on the same side', () => {
  const queries = Array.from({ length: 400 }, (_, i) => ({ id: `q${i}`, relevant: [`a${i % 40}`] }));
  const sides = new Map<string, Set<string>>();
  for (const q of queries) sides.set(q.relevant[0]!, (sides.get(q.relevant[0]!) ?? new Set()).add(queryHalf(q)));
  expect([...sides.values()].every((s) => s.size === 1)).toBe(true);
  expect(new Set(queries.map(queryHalf))).toEqual(new Set(['tune', 'heldout']));
});
