import { queryHalf, retrievalFigures, type RetrievalFigures } from './metrics';
import type { EvalSet } from './datasets';

export type RankFn = (query: string, id: string) => string[];

export interface SplitFigures {
  tune: RetrievalFigures;
  heldout: RetrievalFigures;
  all: RetrievalFigures;
  /** All queries by their `kind` (written_dev tags every query; other sets have none). */
  byKind: Record<string, RetrievalFigures>;
}

/** Runs every query through `rank` and reports the tuning half, the held-out half (grouped by article, see queryHalf), all, and each kind. */
export function evaluateSplit(set: EvalSet, rank: RankFn): SplitFigures {
  const runs = set.queries.map((q) => ({ half: queryHalf(q), kind: q.kind, ranked: rank(q.query, q.id), relevant: q.relevant }));
  const kinds = [...new Set(runs.flatMap((r) => (r.kind ? [r.kind] : [])))];
  return {
    tune: retrievalFigures(runs.filter((r) => r.half === 'tune')),
    heldout: retrievalFigures(runs.filter((r) => r.half === 'heldout')),
    all: retrievalFigures(runs),
    byKind: Object.fromEntries(kinds.map((k) => [k, retrievalFigures(runs.filter((r) => r.kind === k))])),
  };
}

/** `evaluateSplit` for a ranking that answers asynchronously (the two-stage search with its model). */
export async function evaluateSplitAsync(set: EvalSet, rank: (query: string, id: string) => Promise<string[]>): Promise<SplitFigures> {
  const ranked = new Map<string, string[]>();
  for (const q of set.queries) ranked.set(q.id, await rank(q.query, q.id));
  return evaluateSplit(set, (_q, id) => ranked.get(id)!);
}
