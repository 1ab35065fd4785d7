import { fnv1a } from '../hash';

/** Retrieval metrics over ranked id lists; a query may have several relevant articles. */
export interface JudgedRanking {
  ranked: string[];
  relevant: string[];
}

export interface RetrievalFigures {
  queries: number;
  recall1: number;
  recall5: number;
  recall10: number;
  mrr10: number;
}

/** Recall@k here is "a relevant article is in the top k" (success@k), the usual FAQ-retrieval reading. */
export function retrievalFigures(runs: JudgedRanking[]): RetrievalFigures {
  const n = runs.length || 1;
  let r1 = 0, r5 = 0, r10 = 0, mrr = 0;
  for (const { ranked, relevant } of runs) {
    const rank = ranked.findIndex((id) => relevant.includes(id));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 5) r5++;
    if (rank >= 0 && rank < 10) { r10++; mrr += 1 / (rank + 1); }
  }
  return { queries: runs.length, recall1: r1 / n, recall5: r5 / n, recall10: r10 / n, mrr10: mrr / n };
}

/** 'tune' or 'heldout' by a fixed hash of an id; the same id always lands in the same half. */
export function splitHalf(id: string): 'tune' | 'heldout' {
  return fnv1a(id) % 2 === 0 ? 'tune' : 'heldout';
}

/**
 * A query's half, grouped by article: the half of its first relevant article, so no article has
 * phrasings on both sides. Split by query id instead, a model (or a tuned knob) that learnt one
 * phrasing of an article is "validated" on another phrasing of the same article, and that
 * measures memory of the article, not generalisation to a new one (issue 16).
 */
export function queryHalf(q: { id: string; relevant: string[] }): 'tune' | 'heldout' {
  return splitHalf(`article:${q.relevant[0] ?? q.id}`);
}
