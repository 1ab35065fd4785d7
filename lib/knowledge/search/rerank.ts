import type { IndexableArticle, KnowledgeIndex, SearchHit, WeightedText } from './knowledge-index';

/**
 * Second stage, by meaning: with an embedding model (the bundled deskmate-embed
 * by default, or one an organisation sets in policy), the lexical top `pool`
 * are re-scored, and in a KB small enough to score whole (`dense`), the `pool`
 * articles nearest in meaning join them: a question that shares no word with
 * its answer ("export my pm's from fb" → "download all messages from Facebook")
 * is then found at all. The model itself
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
export type Reranker = ((query: string, candidates: RerankCandidate[]) => Promise<Array<{ id: string; score: number }>>) & {
  /** Whether this article's vector is ready (so scoring it costs a dot product, not an embedding). */
  has?(a: { id: string; title: string; body: string }): boolean;
  /** The dense stage in one tight pass (see EmbeddingReranker.nearest); without it, every article becomes a candidate. */
  nearest?: NearestFn;
};

/**
 * The `n` articles nearest to `query` among those with a vector (all of them, embedded now,
 * when `embedMissing`), best first, ties in article order; and the similarity of each of those
 * and of every one of `include` (embedded now if needed). One loop over typed arrays: a 10,000-
 * article KB costs about a millisecond.
 */
export type NearestFn = (
  query: string,
  articles: IndexableArticle[],
  n: number,
  embedMissing: boolean,
  include: RerankCandidate[],
) => Promise<{ top: string[]; scores: Map<string, number> }>;

export interface RerankedSearchOptions {
  k?: number;
  category?: string;
  rerank?: Reranker;
  /** Lexical hits handed to the reranker. @default 20 */
  pool?: number;
  /** Share of the final score from the reranker, the rest from BM25 (both min-max scaled). @default DEFAULT_RERANK.mix */
  mix?: number;
  /**
   * Every article, to add the `pool` nearest in meaning to the lexical hits. Up to
   * DEFAULT_RERANK.denseMaxArticles, missing article vectors are embedded on the spot (once,
   * cached); above it, only articles whose vectors are already cached take part (see
   * `EmbeddingReranker.warm`, which the offscreen document runs in the background), so a
   * query never waits for a large KB to be embedded. A query then costs a dot product per article.
   */
  dense?: () => IndexableArticle[];
  /** @default DEFAULT_RERANK.denseMaxArticles */
  denseMax?: number;
}

/**
 * What ships. The mix was chosen by two-fold cross-validation on StackFAQ (0.4–0.6 all clear the
 * bar) and kept at the low end because above 0.4 the re-rank starts to hurt English KBs whose
 * questions the model never saw (docs/model-card.md, deskmate-embed).
 */
export const DEFAULT_RERANK = { pool: 20, mix: 0.4, denseMaxArticles: 5000 } as const;

const scale = (xs: number[]) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return xs.map((x) => (hi > lo ? (x - lo) / (hi - lo) : 1));
};

/**
 * A hit of the two-stage ranking. When the re-rank ran, `score` is the 0–1 mix and `keywordScore`
 * the keyword stage's BM25 score (0 for an article only meaning found); thresholds calibrated on
 * BM25 (the panel's minimum score) should read `keywordScore`. Without it, `score` is BM25.
 */
export type RankedHit = SearchHit & {
  keywordScore?: number;
  /** The embedding model's cosine similarity of query and article (when it scored this hit): an absolute "how close in meaning", unlike the min-max scaled mix. */
  meaning?: number;
};

export async function searchWithRerank(
  index: KnowledgeIndex,
  article: (id: string) => IndexableArticle | undefined,
  query: string | WeightedText[],
  { k = 10, category, rerank, pool = DEFAULT_RERANK.pool, mix = DEFAULT_RERANK.mix, dense, denseMax = DEFAULT_RERANK.denseMaxArticles }: RerankedSearchOptions = {},
): Promise<RankedHit[]> {
  const lexical = index.search(query, { k: rerank ? Math.max(pool, k) : k, category });
  if (!rerank) return lexical.slice(0, k);
  const text = typeof query === 'string' ? query : query.map((q) => q.text).join('\n');
  if (!text.trim()) return lexical.slice(0, k);
  const all = dense?.();
  try {
    const candidates = lexical.map((h) => ({ ...h, title: article(h.id)?.title ?? '', body: article(h.id)?.body ?? '' }));
    if (all && all.length > lexical.length) {
      const found = await (rerank.nearest ?? nearestByScoring(rerank))(text, all, pool, all.length <= denseMax, candidates);
      const seen = new Set(lexical.map((h) => h.id));
      // Articles near in meaning but without a shared word join with no lexical score, no matched terms.
      const near = found.top.filter((id) => !seen.has(id)).map((id) => ({ id, score: 0, matchedTerms: [], coverage: 0 }));
      return fuse([...lexical, ...near], found.scores, mix, k);
    }
    if (lexical.length < 2) return lexical.slice(0, k);
    return fuse(lexical, new Map((await rerank(text, candidates)).map((r) => [r.id, r.score])), mix, k);
  } catch {
    // A model that fails to load must not take suggestions down with it.
    return lexical.slice(0, k);
  }
}

/**
 * `nearest` for a reranker that only scores candidates (tests' toy models, an organisation's
 * own): every article that can be scored becomes a candidate.
 */
function nearestByScoring(rerank: Reranker): NearestFn {
  return async (query, articles, n, embedMissing, include) => {
    const ids = new Set(include.map((c) => c.id));
    const more = articles.filter((a) => !ids.has(a.id) && (embedMissing || rerank.has?.(a)));
    const scored = await rerank(query, [...include, ...more.map((a) => ({ id: a.id, title: a.title, body: a.body, score: 0 }))]);
    const scores = new Map(scored.map((r) => [r.id, r.score]));
    const top = articles.filter((a) => scores.has(a.id)).sort((a, b) => scores.get(b.id)! - scores.get(a.id)!).slice(0, n).map((a) => a.id);
    return { top, scores };
  };
}

/** Both scores min-max scaled over the candidates, then mixed. */
function fuse(hits: SearchHit[], semantic: Map<string, number>, mix: number, k: number): RankedHit[] {
  let floor = Infinity;
  for (const v of semantic.values()) floor = Math.min(floor, v);
  const lex = scale(hits.map((h) => h.score));
  const sem = scale(hits.map((h) => semantic.get(h.id) ?? floor));
  return hits
    .map((h, i) => ({ ...h, score: (1 - mix) * lex[i]! + mix * sem[i]!, keywordScore: h.score, ...(semantic.has(h.id) ? { meaning: semantic.get(h.id)! } : {}) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

/** How an article is shown to an embedding model: title first, then the start of the body (the model's training pairs use exactly this). */
export function articleEmbeddingText(a: { title: string; body: string }, maxChars = 512): string {
  return `${a.title}\n${a.body}`.slice(0, maxChars);
}

/** A Reranker that can also embed a whole KB ahead of the queries. */
export type EmbeddingReranker = Reranker & {
  has(a: { id: string; title: string; body: string }): boolean;
  /**
   * Embeds the articles not cached yet, `batch` at a time, giving the event loop back between
   * batches so searches keep being answered; stops when `signal` aborts. Resolves with the number embedded.
   */
  warm(articles: IndexableArticle[], opts?: { batch?: number; signal?: AbortSignal }): Promise<number>;
  nearest: NearestFn;
  /** The cached vectors of these articles (those that have one), to store across sessions. */
  exportVectors(articles: IndexableArticle[]): StoredVectors;
  /** Takes stored vectors back for the articles given (unknown ids are skipped); returns how many. */
  importVectors(articles: IndexableArticle[], stored: StoredVectors): number;
};

/** Article vectors in one typed array (row i is ids[i]): what the offscreen document keeps in the database. */
export interface StoredVectors {
  ids: string[];
  dim: number;
  data: Float32Array;
}

/**
 * A Reranker from any text-embedding function returning unit-length vectors
 * (cosine = dot product). Article vectors are cached by id and text, so only
 * the query is embedded on later searches.
 */
export function embeddingReranker(embed: (texts: string[]) => Promise<number[][]>, maxChars = 512): EmbeddingReranker {
  // Keyed by id; an entry is reused while the article's title and body are the same strings
  // (the same string objects compare in O(1), so checking a 5,000-article KB per query is cheap).
  const cache = new Map<string, { title: string; body: string; vec: Float32Array }>();
  type Embeddable = { id: string; title: string; body: string };
  const vectorOf = (a: Embeddable): Float32Array | undefined => {
    const hit = cache.get(a.id);
    return hit && hit.title === a.title && hit.body === a.body ? hit.vec : undefined;
  };
  const has = (a: Embeddable) => vectorOf(a) !== undefined;
  const remember = (items: Embeddable[], vecs: number[][]) => items.forEach((a, i) => cache.set(a.id, { title: a.title, body: a.body, vec: Float32Array.from(vecs[i]!) }));
  /** Embeds the query together with these articles (one call), caching theirs; returns the query's vector. */
  const embedQueryWith = async (query: string, items: Embeddable[]) => {
    const [q, ...vecs] = await embed([query, ...items.map((a) => articleEmbeddingText(a, maxChars))]);
    remember(items, vecs);
    return Float32Array.from(q!);
  };
  const warm = async (articles: IndexableArticle[], { batch = 32, signal }: { batch?: number; signal?: AbortSignal } = {}) => {
    const missing = articles.filter((a) => !has(a));
    for (let i = 0; i < missing.length && !signal?.aborted; i += batch) {
      const part = missing.slice(i, i + batch);
      remember(part, await embed(part.map((a) => articleEmbeddingText(a, maxChars))));
      await new Promise((r) => setTimeout(r, 0));
    }
    return missing.length;
  };
  const rerank = async (query: string, candidates: RerankCandidate[]) => {
    const q = await embedQueryWith(query, candidates.filter((c) => !has(c)));
    return candidates.map((c) => ({ id: c.id, score: dot(q, cache.get(c.id)!.vec) }));
  };
  const nearest = async (query: string, articles: IndexableArticle[], n: number, embedMissing: boolean, include: RerankCandidate[]) => {
    const missing = new Map<string, Embeddable>();
    for (const c of include) if (!has(c)) missing.set(c.id, c);
    if (embedMissing) for (const a of articles) if (!missing.has(a.id) && !has(a)) missing.set(a.id, a);
    const q = await embedQueryWith(query, [...missing.values()]);
    // Top n by insertion into a short sorted list; strictly greater moves ahead, so ties keep article order (as a stable sort).
    const topIds: string[] = [];
    const topScores: number[] = [];
    for (const a of articles) {
      const vec = vectorOf(a);
      if (!vec) continue;
      const score = dot(q, vec);
      if (topScores.length === n && score <= topScores[n - 1]!) continue;
      let i = topScores.length;
      while (i > 0 && score > topScores[i - 1]!) i--;
      topScores.splice(i, 0, score);
      topIds.splice(i, 0, a.id);
      if (topScores.length > n) {
        topScores.pop();
        topIds.pop();
      }
    }
    const scores = new Map(topIds.map((id, i) => [id, topScores[i]!]));
    for (const c of include) scores.set(c.id, dot(q, cache.get(c.id)!.vec));
    return { top: topIds, scores };
  };
  const exportVectors = (articles: IndexableArticle[]): StoredVectors => {
    const rows = articles.filter(has);
    const dim = rows.length ? vectorOf(rows[0]!)!.length : 0;
    const data = new Float32Array(rows.length * dim);
    rows.forEach((a, i) => data.set(vectorOf(a)!, i * dim));
    return { ids: rows.map((a) => a.id), dim, data };
  };
  const importVectors = (articles: IndexableArticle[], stored: StoredVectors) => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    let n = 0;
    stored.ids.forEach((id, i) => {
      const a = byId.get(id);
      if (!a) return;
      cache.set(id, { title: a.title, body: a.body, vec: stored.data.slice(i * stored.dim, (i + 1) * stored.dim) });
      n++;
    });
    return n;
  };
  return Object.assign(rerank, { has, warm, nearest, exportVectors, importVectors });
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * (b[i] ?? 0);
  return s;
}
