import type { IndexableArticle, KnowledgeIndex, SearchHit, WeightedText } from './knowledge-index';

/**
 * Optional second stage: when an organisation configures an embedding model
 * (policy), the lexical top `pool` are re-scored by meaning. The model itself
 * stays outside this module: the caller passes an `embed` function (in the
 * extension, transformers.js `feature-extraction` with mean pooling in the
 * offscreen document), so search keeps working, and is tested, without one.
 */
export interface RerankCandidate {
  id: string;
  title: string;
  body: string;
  score: number;
}
export type Reranker = (query: string, candidates: RerankCandidate[]) => Promise<Array<{ id: string; score: number }>>;

export interface RerankedSearchOptions {
  k?: number;
  category?: string;
  rerank?: Reranker;
  /** Lexical hits handed to the reranker. @default 20 */
  pool?: number;
  /** Share of the final score from the reranker, the rest from BM25 (both min-max scaled). @default 0.5 */
  mix?: number;
}

const scale = (xs: number[]) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return xs.map((x) => (hi > lo ? (x - lo) / (hi - lo) : 1));
};

export async function searchWithRerank(
  index: KnowledgeIndex,
  article: (id: string) => IndexableArticle | undefined,
  query: string | WeightedText[],
  { k = 10, category, rerank, pool = 20, mix = 0.5 }: RerankedSearchOptions = {},
): Promise<SearchHit[]> {
  const hits = index.search(query, { k: rerank ? Math.max(pool, k) : k, category });
  if (!rerank || hits.length < 2) return hits.slice(0, k);
  const text = typeof query === 'string' ? query : query.map((q) => q.text).join('\n');
  const candidates = hits.map((h) => ({ ...h, title: article(h.id)?.title ?? '', body: article(h.id)?.body ?? '' }));
  let semantic: Map<string, number>;
  try {
    semantic = new Map((await rerank(text, candidates)).map((r) => [r.id, r.score]));
  } catch {
    // A model that fails to load must not take suggestions down with it.
    return hits.slice(0, k);
  }
  const lex = scale(hits.map((h) => h.score));
  const sem = scale(hits.map((h) => semantic.get(h.id) ?? Math.min(...semantic.values())));
  return hits
    .map((h, i) => ({ ...h, score: (1 - mix) * lex[i]! + mix * sem[i]! }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

/**
 * A Reranker from any text-embedding function returning unit-length vectors
 * (cosine = dot product). Article vectors are cached by id and text, so only
 * the query is embedded on later searches.
 */
export function embeddingReranker(embed: (texts: string[]) => Promise<number[][]>, maxChars = 512): Reranker {
  const cache = new Map<string, { text: string; vec: number[] }>();
  return async (query, candidates) => {
    const texts = candidates.map((c) => `${c.title}\n${c.body}`.slice(0, maxChars));
    const missing = candidates.map((c, i) => [c.id, texts[i]!] as const).filter(([id, t]) => cache.get(id)?.text !== t);
    const vecs = await embed([query, ...missing.map(([, t]) => t)]);
    missing.forEach(([id, t], i) => cache.set(id, { text: t, vec: vecs[i + 1]! }));
    const q = vecs[0]!;
    return candidates.map((c) => ({ id: c.id, score: dot(q, cache.get(c.id)!.vec) }));
  };
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * (b[i] ?? 0);
  return s;
}
