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
