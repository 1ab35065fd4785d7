/**
 * Deskmate's query path over MiniSearch's index data.
 *
 * MiniSearch stays the index (adding, removing, snapshots), but its `search()` was most of the
 * query time at 10,000 articles: for every posting it calls `boostDocument`, builds a result
 * object with `terms`/`match` arrays, merges per-term Maps, then turns every matching article
 * (thousands) into a result and sorts them all, to keep five. This scores the same postings with
 * the same BM25 arithmetic, in the same order, into reusable typed arrays, and selects only the
 * top k: scores are bit-identical to `ms.search()`, and so are rankings and tie-breaks.
 *
 * MiniSearch 7 has no public API for postings, so this reads its private fields (below). They are
 * checked at construction: when a MiniSearch upgrade changes them, `minisearchInternals` returns
 * null and the index falls back to `ms.search()` (slower, same results); the equivalence test in
 * term-scorer.test.ts fails loudly before that can ship unnoticed.
 */
export interface MiniSearchInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _documentCount: number;
  _nextId: number;
}

/** `ms` (a MiniSearch) seen through its private fields, or null if they are not what this was written against. */
export function minisearchInternals(ms: object): MiniSearchInternals | null {
  const m = ms as unknown as Partial<MiniSearchInternals>;
  const ok =
    typeof m._index?.get === 'function' &&
    typeof m._fieldIds === 'object' &&
    m._fieldLength instanceof Map &&
    Array.isArray(m._avgFieldLength) &&
    m._documentIds instanceof Map &&
    typeof m._documentCount === 'number' &&
    typeof m._nextId === 'number';
  return ok ? (m as MiniSearchInternals) : null;
}

export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

/** Exactly MiniSearch's `calcBM25Score` (same operations in the same order, so the same bits). */
function bm25Score(tf: number, matching: number, total: number, fieldLength: number, avgFieldLength: number, p: Bm25Params): number {
  const { k, b, d } = p;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/** One term's postings in one field, MiniSearch's iteration order, each with its BM25 score (query-independent). */
interface FieldPostings {
  docs: Int32Array;
  scores: Float64Array;
}

const NO_POSTINGS: FieldPostings = { docs: new Int32Array(0), scores: new Float64Array(0) };

export interface ScoredDoc {
  /** MiniSearch's external id. */
  id: unknown;
  score: number;
  /** Matched index keys in the order `SearchResult.terms` lists them. */
  terms: string[];
  /** Sum of the matched non-n-gram query weights (coverage numerator). */
  wordWeight: number;
}

export interface TermScorerOptions {
  fields: string[];
  /** Field → boost, as given to MiniSearch (`|| 1` applied like MiniSearch does). */
  boost: Record<string, number>;
  bm25: Bm25Params;
  /** Final score = BM25 sum × (matched weight / total weight)^coverage. */
  coverage: number;
  /** Terms that never make a hit on their own (character n-grams). */
  isGram: (key: string) => boolean;
  /**
   * Upper bound on cached postings (entries across all terms). Query terms recur (the panel
   * re-queries as a conversation grows, common words recur across tickets), and converting a
   * term's Map postings into typed arrays with scores is half the cost of using them once.
   */
  cacheBudget?: number;
}

export interface TermScorer {
  /** Top `k` articles for query keys → weights (keys iterated in Map order, like MiniSearch's query terms). */
  search(byKey: Map<string, number>, k: number, docBoost: ((id: unknown) => number) | undefined): ScoredDoc[];
  /** Articles were added or removed: document count and average lengths changed, so cached scores are stale. */
  invalidate(): void;
}

export function createTermScorer(m: MiniSearchInternals, opts: TermScorerOptions): TermScorer {
  // Fields are read at every use, never kept: `removeAll()` and loading replace MiniSearch's maps.
  const fieldBoosts = opts.fields.map((f) => opts.boost[f] || 1);
  const budget = opts.cacheBudget ?? 400_000;
  const cache = new Map<string, FieldPostings[]>();
  let cached = 0;

  function postingsOf(key: string): FieldPostings[] {
    const hit = cache.get(key);
    if (hit) return hit;
    const data = m._index.get(key);
    const out = opts.fields.map((field) => {
      const fieldId = m._fieldIds[field]!;
      const freqs = data?.get(fieldId);
      if (!freqs) return NO_POSTINGS;
      // MiniSearch leaves a removed article's postings until it vacuums, and skips them when it
      // meets them (fixing its idf as it goes); counting only live articles is where it converges.
      let live = 0;
      for (const docId of freqs.keys()) if (m._documentIds.has(docId)) live++;
      const docs = new Int32Array(live);
      const scores = new Float64Array(live);
      const avg = m._avgFieldLength[fieldId]!;
      let i = 0;
      for (const [docId, tf] of freqs) {
        if (!m._documentIds.has(docId)) continue;
        docs[i] = docId;
        scores[i++] = bm25Score(tf, live, m._documentCount, m._fieldLength.get(docId)![fieldId]!, avg, opts.bm25);
      }
      return { docs, scores };
    });
    const size = out.reduce((a, p) => a + p.docs.length, 0);
    // First in, first out: simple, and a conversation's terms are re-used soon after they are first seen.
    for (const [oldKey, old] of cache) {
      if (cached + size <= budget) break;
      cache.delete(oldKey);
      cached -= old.reduce((a, p) => a + p.docs.length, 0);
    }
    if (size <= budget) {
      cache.set(key, out);
      cached += size;
    }
    return out;
  }

  // Per-article scratch, indexed by MiniSearch's short id and reused across queries (no per-query
  // Maps or result objects: allocation, and the GC pauses it causes, were a large share of p95).
  // A "stamp" array says whether a slot was written by the current query/term, so nothing is cleared.
  let cap = 0;
  let total = new Float64Array(0); // BM25 sum so far (MiniSearch's result.score)
  let termScore = new Float64Array(0); // the current term's sum over fields
  let matched = new Float64Array(0); // sum of matched query weights
  let words = new Float64Array(0); // same, non-gram terms only
  let nTerms = new Int32Array(0); // matched query terms (MiniSearch's "quality")
  let nWords = new Int32Array(0); // matched non-gram terms
  let lastMatch = new Int32Array(0); // head of the article's list of matched terms (index into matchTerm)
  let boost = new Float64Array(0); // document boost, computed once per query
  let docStamp = new Uint32Array(0);
  let termStamp = new Uint32Array(0);
  let stamp = 0;
  let order = new Int32Array(0); // articles in first-match order (MiniSearch's Map insertion order)
  let termTouched = new Int32Array(0);
  // Matched (article, term) pairs as linked lists: term index and previous pair, per pair.
  let matchTerm = new Int32Array(1024);
  let matchPrev = new Int32Array(1024);

  function ensure(n: number): void {
    if (n <= cap) return;
    cap = Math.max(n, Math.ceil(cap * 1.5));
    total = new Float64Array(cap);
    termScore = new Float64Array(cap);
    matched = new Float64Array(cap);
    words = new Float64Array(cap);
    nTerms = new Int32Array(cap);
    nWords = new Int32Array(cap);
    lastMatch = new Int32Array(cap);
    boost = new Float64Array(cap);
    docStamp = new Uint32Array(cap);
    termStamp = new Uint32Array(cap);
    order = new Int32Array(cap);
    termTouched = new Int32Array(cap);
    stamp = 0;
  }

  /** Makes room for `n` fresh stamps (a query and its terms), wrapping only between queries. */
  function reserveStamps(n: number): void {
    if (stamp + n <= 0xffffffff) return;
    docStamp.fill(0);
    termStamp.fill(0);
    stamp = 0;
  }

  function pushMatch(at: number, term: number, prev: number): void {
    if (at >= matchTerm.length) {
      const t = new Int32Array(matchTerm.length * 2);
      t.set(matchTerm);
      matchTerm = t;
      const p = new Int32Array(matchPrev.length * 2);
      p.set(matchPrev);
      matchPrev = p;
    }
    matchTerm[at] = term;
    matchPrev[at] = prev;
  }

  return {
    invalidate() {
      cache.clear();
      cached = 0;
    },

    search(byKey, k, docBoost) {
      ensure(m._nextId);
      const keys = [...byKey.keys()];
      reserveStamps(keys.length + 1);
      const queryStamp = ++stamp;
      const weights = keys.map((key) => byKey.get(key)!);
      const grams = keys.map(opts.isGram);
      let totalWeight = 0;
      for (const w of weights) totalWeight += w;
      let seen = 0;
      let pairs = 0;

      for (let t = 0; t < keys.length; t++) {
        const w = weights[t]!;
        const tStamp = ++stamp;
        let touched = 0;
        const postings = postingsOf(keys[t]!);
        for (let f = 0; f < postings.length; f++) {
          const { docs, scores } = postings[f]!;
          // MiniSearch: termWeight (1) * termBoost * fieldBoost * docBoost * rawScore, left to right.
          const wf = w * fieldBoosts[f]!;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!;
            if (docStamp[doc] !== queryStamp) {
              docStamp[doc] = queryStamp;
              boost[doc] = docBoost ? docBoost(m._documentIds.get(doc)) : 1;
              nTerms[doc] = 0;
              lastMatch[doc] = -1;
            }
            const db = boost[doc]!;
            if (!db) continue; // MiniSearch skips a posting whose document boost is 0
            const s = wf * db * scores[i]!;
            if (termStamp[doc] !== tStamp) {
              termStamp[doc] = tStamp;
              termScore[doc] = s;
              termTouched[touched++] = doc;
            } else termScore[doc] += s;
          }
        }
        // Fold the term into the totals after all its fields, as MiniSearch's OR combinator does
        // (float addition is not associative: (a + b) + c, not a + (b + c)).
        for (let i = 0; i < touched; i++) {
          const doc = termTouched[i]!;
          if (nTerms[doc] === 0) {
            order[seen++] = doc;
            total[doc] = termScore[doc]!;
            matched[doc] = w;
            words[doc] = grams[t] ? 0 : w;
            nWords[doc] = grams[t] ? 0 : 1;
          } else {
            total[doc] += termScore[doc]!;
            matched[doc] += w;
            if (!grams[t]) {
              words[doc] += w;
              nWords[doc]++;
            }
          }
          nTerms[doc]++;
          pushMatch(pairs, t, lastMatch[doc]!);
          lastMatch[doc] = pairs++;
        }
      }

      // Top k by (final score desc, MiniSearch score desc, first match): MiniSearch sorts by its own
      // score (stable over its Map order) and the index then sorts stably by the final score.
      const top: number[] = [];
      const final: number[] = [];
      const raw: number[] = [];
      const rank: number[] = [];
      // Insertion into a k-long list beats sorting thousands of candidates for the usual k (5–50).
      const limit = Math.min(Math.trunc(k) || 0, seen);
      for (let i = 0; i < seen && limit > 0; i++) {
        const doc = order[i]!;
        // Sub-word grams refine a ranking but never make a hit on their own ('orders' is not 'vouchers').
        if (nWords[doc] === 0) continue;
        const q = nTerms[doc]!;
        const hitScore = total[doc]! * q; // MiniSearch multiplies by the number of matched terms…
        const score = (hitScore / q) * (matched[doc]! / totalWeight) ** opts.coverage; // …which is undone here
        if (top.length === limit && !better(score, hitScore, i, final[limit - 1]!, raw[limit - 1]!, rank[limit - 1]!)) continue;
        let at = top.length === limit ? limit - 1 : top.length;
        while (at > 0 && better(score, hitScore, i, final[at - 1]!, raw[at - 1]!, rank[at - 1]!)) {
          top[at] = top[at - 1]!;
          final[at] = final[at - 1]!;
          raw[at] = raw[at - 1]!;
          rank[at] = rank[at - 1]!;
          at--;
        }
        top[at] = doc;
        final[at] = score;
        raw[at] = hitScore;
        rank[at] = i;
      }

      return top.map((doc, i) => {
        const termIdx: number[] = [];
        for (let p = lastMatch[doc]!; p !== -1; p = matchPrev[p]!) termIdx.push(matchTerm[p]!);
        // `SearchResult.terms` is Object.keys(match): insertion order, except that integer-like
        // keys ('2024') come first in numeric order. Rebuilding the object gives the same order.
        const match: Record<string, true> = {};
        for (let j = termIdx.length - 1; j >= 0; j--) match[keys[termIdx[j]!]!] = true;
        return { id: m._documentIds.get(doc), score: final[i]!, terms: Object.keys(match), wordWeight: words[doc]! };
      });
    },
  };
}

function better(score: number, raw: number, rank: number, score2: number, raw2: number, rank2: number): boolean {
  if (score !== score2) return score > score2;
  if (raw !== raw2) return raw > raw2;
  return rank < rank2;
}
