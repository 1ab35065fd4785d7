import { retrievalFigures, splitHalf, type RetrievalFigures } from './metrics';
import type { EvalSet } from './datasets';

export type RankFn = (query: string, id: string) => string[];

export interface SplitFigures {
  tune: RetrievalFigures;
  heldout: RetrievalFigures;
  all: RetrievalFigures;
}

/** Runs every query through `rank` and reports the tuning half, the held-out half and all. */
export function evaluateSplit(set: EvalSet, rank: RankFn): SplitFigures {
  const runs = set.queries.map((q) => ({ half: splitHalf(q.id), ranked: rank(q.query, q.id), relevant: q.relevant }));
  return {
    tune: retrievalFigures(runs.filter((r) => r.half === 'tune')),
    heldout: retrievalFigures(runs.filter((r) => r.half === 'heldout')),
    all: retrievalFigures(runs),
  };
}

/** `evaluateSplit` for a ranking that answers asynchronously (the two-stage search with its model). */
export async function evaluateSplitAsync(set: EvalSet, rank: (query: string, id: string) => Promise<string[]>): Promise<SplitFigures> {
  const ranked = new Map<string, string[]>();
  for (const q of set.queries) ranked.set(q.id, await rank(q.query, q.id));
  return evaluateSplit(set, (_q, id) => ranked.get(id)!);
}
