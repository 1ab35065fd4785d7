import MiniSearch from 'minisearch';
import { analyze, GRAM_PREFIX, type AnalyzerOptions } from './analyzer';
import { analyzeSynonyms, DEFAULT_SYNONYMS, expandSynonyms } from './synonyms';
import { DocumentFrequencies, feedbackTerms, termVector, type TermVector } from './feedback';

/** The part of an article the index needs: anything with these fields can be searched. */
export interface IndexableArticle {
  id: string;
  title: string;
  body: string;
  tags?: string[];
}

/** A piece of query text with its weight: recent customer messages weigh more. */
export interface WeightedText {
  text: string;
  weight: number;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Index terms (stemmed; Han bigrams prefixed '~') found in the article: feed to `makeSnippet`. */
  matchedTerms: string[];
}

export interface RankingOptions {
  /** @default 3 */ titleBoost: number;
  /** @default 1.5 */ tagBoost: number;
  /** BM25 term-frequency saturation and length normalisation. @default {k: 1.2, b: 0.75, d: 0.5} */
  bm25: { k: number; b: number; d: number };
  /** Weight of a synonym relative to the phrase that triggered it. @default 0.6 */
  synonymWeight: number;
  /** Score multiplier for articles tagged with the ticket category. @default 1.5 */
  categoryBoost: number;
  /** Pseudo-relevance feedback: expand the query with terms from the top `docs` hits. */
  feedback: { docs: number; terms: number; weight: number };
  /** Character n-grams of English words (0 = off) and their weight relative to whole words. @default {n: 4, weight: 0.2} */
  grams: { n: number; weight: number };
  /**
   * How much matching more of the query counts: score × (matched query weight / total)^coverage.
   * MiniSearch itself multiplies by the number of matched terms; that is undone first, because
   * n-gram and bigram terms would make it count letters rather than words. @default 0.25
   */
  coverage: number;
  /** Extra query-side weight for rare terms: weight × idf^idfPower (0 = BM25's own idf only). @default 0 */
  idfPower: number;
  /** Edit-distance tolerance for misspelt words, as a fraction of word length (0 = off). @default 0 */
  fuzzy: number;
}

/** Tuned on the StackFAQ tuning half only (see docs/benchmarks-knowledge.md); the held-out half is reported, not tuned on. */
export const DEFAULT_RANKING: RankingOptions = {
  titleBoost: 3,
  tagBoost: 1.5,
  bm25: { k: 1.2, b: 0.75, d: 0.5 },
  synonymWeight: 0.6,
  categoryBoost: 1.5,
  feedback: { docs: 0, terms: 0, weight: 0 },
  fuzzy: 0,
  grams: { n: 4, weight: 0.2 },
  coverage: 0.25,
  idfPower: 0,
};

export interface KnowledgeIndexOptions {
  /** Synonym groups (phrases in any language). @default DEFAULT_SYNONYMS */
  synonyms?: string[][];
  ranking?: Partial<RankingOptions>;
}

export interface KnowledgeIndex {
  search(query: string | WeightedText[], opts?: { k?: number; category?: string }): SearchHit[];
  add(article: IndexableArticle): void;
  remove(id: string): void;
  /** Adds or replaces by id. */
  replace(article: IndexableArticle): void;
  readonly size: number;
}

type Doc = { id: string; title: string; body: string; tags: string };

/**
 * Query text → term → weight. A term takes the weight of the most recent
 * message that has it (recency decides), plus a little for each repeat: a
 * customer saying "refund" three times cares, but not three times as much.
 */
export function queryWeights(query: string | WeightedText[], analyzer: AnalyzerOptions = {}, gramWeight = 1): Map<string, number> {
  const parts = typeof query === 'string' ? [{ text: query, weight: 1 }] : query;
  const best = new Map<string, number>();
  const count = new Map<string, number>();
  for (const p of parts) {
    for (const t of analyze(p.text, analyzer)) {
      best.set(t, Math.max(best.get(t) ?? 0, p.weight * (t.startsWith(GRAM_PREFIX) ? gramWeight : 1)));
      count.set(t, (count.get(t) ?? 0) + 1);
    }
  }
  return new Map([...best].map(([t, w]) => [t, w * (1 + 0.2 * Math.log2(count.get(t)!))]));
}

export function createKnowledgeIndex(articles: Iterable<IndexableArticle>, opts: KnowledgeIndexOptions = {}): KnowledgeIndex {
  const r: RankingOptions = { ...DEFAULT_RANKING, ...opts.ranking };
  const analyzer: AnalyzerOptions = { latinGrams: r.grams.n };
  const synonyms = analyzeSynonyms(opts.synonyms ?? DEFAULT_SYNONYMS);
  const tagsById = new Map<string, string[]>();
  const vectors = new Map<string, TermVector>();
  const df = new DocumentFrequencies();
  const ms = new MiniSearch<Doc>({
    fields: ['title', 'body', 'tags'],
    tokenize: (text) => analyze(text, analyzer),
    processTerm: (t) => t,
    searchOptions: { tokenize: (q) => q.split(' ').filter(Boolean), processTerm: (t) => t },
  });
  const toDoc = (a: IndexableArticle): Doc => ({ id: a.id, title: a.title, body: a.body, tags: (a.tags ?? []).join(' ') });
  const remember = (a: IndexableArticle) => {
    tagsById.set(a.id, (a.tags ?? []).map((t) => t.toLowerCase()));
    if (r.feedback.docs === 0 && r.idfPower === 0) return;
    const v = termVector(`${a.title}\n${a.body}`, analyzer);
    vectors.set(a.id, v);
    df.add(v);
  };

  const docs = [...articles];
  docs.forEach(remember);
  ms.addAll(docs.map(toDoc));

  function run(weights: Map<string, number>, category: string | undefined) {
    const cat = category?.toLowerCase();
    return ms.search([...weights.keys()].join(' '), {
      boost: { title: r.titleBoost, tags: r.tagBoost },
      bm25: r.bm25,
      boostTerm: (t) => weights.get(t) ?? 1,
      fuzzy: r.fuzzy > 0 ? (t) => (t.length >= 5 && !t.startsWith('~') ? r.fuzzy : false) : false,
      boostDocument: cat ? (id) => (tagsById.get(id)?.includes(cat) ? r.categoryBoost : 1) : undefined,
    });
  }

  return {
    search(query, { k = 10, category } = {}) {
      let weights = expandSynonyms(queryWeights(query, analyzer, r.grams.weight), synonyms, r.synonymWeight);
      if (weights.size === 0) return [];
      if (r.idfPower) weights = new Map([...weights].map(([t, w]) => [t, w * df.idf(t) ** r.idfPower]));
      let results = run(weights, category);
      if (r.feedback.docs > 0 && results.length > 0) {
        const top = results.slice(0, r.feedback.docs).map((h) => vectors.get(h.id)).filter((v): v is TermVector => !!v);
        const extra = feedbackTerms(top, weights, df, r.feedback.terms);
        if (extra.length) {
          weights = new Map(weights);
          for (const t of extra) weights.set(t, r.feedback.weight);
          results = run(weights, category);
        }
      }
      const total = [...weights.values()].reduce((a, b) => a + b, 0);
      return results
        // Sub-word grams refine a ranking but never make a hit on their own ('orders' is not 'vouchers').
        .filter((h) => h.queryTerms.some((t) => !t.startsWith(GRAM_PREFIX)))
        .map((h) => {
          const matched = h.queryTerms.reduce((a, t) => a + (weights.get(t) ?? 0), 0);
          return { id: String(h.id), score: (h.score / Math.max(1, h.queryTerms.length)) * (matched / total) ** r.coverage, matchedTerms: h.terms.filter((t) => !t.startsWith(GRAM_PREFIX)) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, k);
    },
    add(a) {
      remember(a);
      ms.add(toDoc(a));
    },
    remove(id) {
      if (!ms.has(id)) return;
      ms.discard(id);
      tagsById.delete(id);
      const v = vectors.get(id);
      if (v) df.add(v, -1);
      vectors.delete(id);
    },
    replace(a) {
      if (ms.has(a.id)) this.remove(a.id);
      this.add(a);
    },
    get size() {
      return ms.documentCount;
    },
  };
}
