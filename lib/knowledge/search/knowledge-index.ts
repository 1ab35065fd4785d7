import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import { analyze, GRAM_PREFIX, type AnalyzerOptions } from './analyzer';
import { DEFAULT_RANKING, MIN_DOCS_TO_PRUNE, queryWeights, type RankingOptions } from './ranking';
import { analyzeSynonyms, DEFAULT_SYNONYMS, expandSynonyms } from './synonyms';
import { fromIndexKey, toIndexKey } from './index-key';
import { createTermScorer, minisearchInternals, type TermScorer } from './term-scorer';

export { DEFAULT_RANKING, queryWeights, type RankingOptions } from './ranking';

/** The part of an article the index needs: anything with these fields can be searched. */
export interface IndexableArticle {
  id: string;
  title: string;
  body: string;
  tags?: string[];
  /** Customer phrasings the article answers (imported "also asked as", learnt from agents): searched like a second title. */
  askedAs?: string[];
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
  /**
   * Share (0–1) of the query's weight, whole words and bigrams only, that the article matched.
   * Unlike `score` it is comparable across knowledge bases: use it for the "nothing answers
   * this" threshold of the unanswered log.
   */
  coverage: number;
}

/** Bumped whenever analysis changes, so a stored snapshot from an older analyzer is rebuilt, not trusted. */
const INDEX_VERSION = 3;

export interface KnowledgeIndexSnapshot {
  fingerprint: string;
  minisearch: AsPlainObject;
  df: Array<[string, number]>;
}

export interface KnowledgeIndexOptions {
  /**
   * A `snapshot()` of an index over the same articles: loaded instead of re-analysing them
   * (ignored, and the index rebuilt, when the analyzer or the article ids differ).
   */
  snapshot?: KnowledgeIndexSnapshot;
  /** Synonym groups (phrases in any language). @default DEFAULT_SYNONYMS */
  synonyms?: string[][];
  ranking?: Partial<RankingOptions>;
  /**
   * @internal 'minisearch' answers through `MiniSearch.search()` instead of Deskmate's scorer over
   * its index (term-scorer.ts). Same results, slower: for the equivalence test and for debugging.
   */
  queryPath?: 'scorer' | 'minisearch';
}

export interface KnowledgeIndex {
  search(query: string | WeightedText[], opts?: { k?: number; category?: string }): SearchHit[];
  add(article: IndexableArticle): void;
  remove(id: string): void;
  /** Adds or replaces by id. */
  replace(article: IndexableArticle): void;
  /** Plain-object copy of the index (store it, e.g. in IndexedDB) to skip re-analysing every article at the next start. */
  snapshot(): KnowledgeIndexSnapshot;
  readonly size: number;
}

type Doc = { id: string; title: string; body: string; tags: string; asked: string };

export function createKnowledgeIndex(articles: Iterable<IndexableArticle>, opts: KnowledgeIndexOptions = {}): KnowledgeIndex {
  const r: RankingOptions = { ...DEFAULT_RANKING, ...opts.ranking };
  const analyzer: AnalyzerOptions = { latinGrams: r.grams.n, hanWords: r.hanWords };
  const bodyAnalyzer: AnalyzerOptions = { latinGrams: r.grams.inBody ? r.grams.n : 0, hanWords: r.hanWords };
  const synonyms = analyzeSynonyms(opts.synonyms ?? DEFAULT_SYNONYMS);
  const tagsById = new Map<string, string[]>();
  const msOptions = {
    fields: ['title', 'body', 'tags', 'asked'],
    tokenize: (text: string, field?: string) => {
      const keys = keysOf(text, field ?? 'body');
      if (adding) for (const key of keys) adding.add(key);
      return keys;
    },
    processTerm: (t: string) => t,
    searchOptions: { tokenize: (q: string) => q.split(' ').filter(Boolean), processTerm: (t: string) => t },
  };
  // Phrasings are short questions, like titles: they get the title's sub-word grams (typos).
  const keysOf = (text: string, field: string) => analyze(text, field === 'title' || field === 'asked' ? analyzer : bodyAnalyzer).map(toIndexKey);
  const toDoc = (a: IndexableArticle): Doc => ({ id: a.id, title: a.title, body: a.body, tags: (a.tags ?? []).join(' '), asked: (a.askedAs ?? []).join('\n') });
  // Document frequency per index key, kept beside MiniSearch (which does not expose it) to prune queries.
  const df = new Map<string, number>();
  const byId = new Map<string, IndexableArticle>();
  let adding: Set<string> | null = null;
  const remember = (a: IndexableArticle) => {
    byId.set(a.id, a);
    tagsById.set(a.id, (a.tags ?? []).map((t) => t.toLowerCase()));
  };
  const addArticle = (a: IndexableArticle) => {
    adding = new Set();
    ms.add(toDoc(a));
    for (const key of adding) df.set(key, (df.get(key) ?? 0) + 1);
    adding = null;
    remember(a);
    scorer?.invalidate();
  };
  const docs = [...articles];
  const fingerprint = JSON.stringify([INDEX_VERSION, analyzer, bodyAnalyzer]);
  const snap = opts.snapshot;
  const reuse = snap?.fingerprint === fingerprint && snap.minisearch.documentCount === docs.length;
  const ms = reuse ? MiniSearch.loadJS<Doc>(snap.minisearch, msOptions) : new MiniSearch<Doc>(msOptions);
  // Fuzzy matching needs MiniSearch's term tree walk, so it keeps MiniSearch's query path.
  const internals = opts.queryPath !== 'minisearch' && r.fuzzy <= 0 ? minisearchInternals(ms) : null;
  const scorer: TermScorer | null = internals
    ? createTermScorer(internals, {
        fields: msOptions.fields,
        boost: { title: r.titleBoost, tags: r.tagBoost, asked: r.askedBoost },
        bm25: r.bm25,
        coverage: r.coverage,
        isGram: (key) => key.startsWith(GRAM_PREFIX),
      })
    : null;
  if (reuse && docs.every((a) => ms.has(a.id))) {
    for (const [key, n] of snap.df) df.set(key, n);
    docs.forEach(remember);
  } else {
    if (reuse) ms.removeAll();
    docs.forEach(addArticle);
  }

  /**
   * The query terms worth looking up: those the index has and, in large KBs, not in more than
   * `maxDocFrequency` of the articles, at most `maxQueryTerms` of them by weight × idf. A long
   * Chinese message yields dozens of bigrams; the common ones (订单, 账户) touch a large part of
   * the index for little score, and lookups cost in proportion to that.
   */
  function prune(byKey: Map<string, number>): Map<string, number> {
    const n = ms.documentCount;
    const all = n < MIN_DOCS_TO_PRUNE;
    const maxDf = all ? Infinity : r.maxDocFrequency * n;
    // One pass, one df lookup per key: a long message brings hundreds of n-gram keys.
    const ranked: Array<{ key: string; w: number; rank: number }> = [];
    for (const [key, w] of byKey) {
      const d = df.get(key);
      if (d === undefined || !(d <= maxDf)) continue;
      ranked.push({ key, w, rank: w * Math.log(1 + (n - d + 0.5) / (d + 0.5)) });
    }
    ranked.sort((a, b) => b.rank - a.rank); // stable: ties keep the query's order
    const out = new Map<string, number>();
    for (const { key, w } of all ? ranked : ranked.slice(0, r.maxQueryTerms)) out.set(key, w);
    return out;
  }

  /** MiniSearch's own query path: with fuzzy matching, or should its internals change (see term-scorer.ts). */
  function run(byKey: Map<string, number>, cat: string | undefined): SearchResult[] {
    return ms.search([...byKey.keys()].join(' '), {
      boost: { title: r.titleBoost, tags: r.tagBoost, asked: r.askedBoost },
      bm25: r.bm25,
      boostTerm: (key) => byKey.get(key) ?? 1,
      fuzzy: r.fuzzy > 0 ? (key) => (/^[a-z]{5,}$/.test(key) ? r.fuzzy : false) : false,
      boostDocument: cat ? (id) => (tagsById.get(id)?.includes(cat) ? r.categoryBoost : 1) : undefined,
    });
  }

  return {
    search(query, { k = 10, category } = {}) {
      const asked = queryWeights(query, analyzer, r.grams.weight);
      const weights = expandSynonyms(asked, synonyms, r.synonymWeight);
      if (weights.size === 0) return [];
      const all = new Map([...weights].map(([t, w]) => [toIndexKey(t), w]));
      // Coverage is over what was asked (synonyms only help to reach it), and counts words the
      // knowledge base lacks entirely: they are part of the question.
      const wordTotal = [...asked].reduce((a, [t, w]) => a + (t.startsWith(GRAM_PREFIX) ? 0 : w), 0);
      const byKey = prune(all);
      if (byKey.size === 0) return [];
      const cat = category?.toLowerCase();
      if (scorer) {
        const boostDocument = cat ? (id: unknown) => (tagsById.get(id as string)?.includes(cat) ? r.categoryBoost : 1) : undefined;
        return scorer.search(byKey, k, boostDocument).map((hit) => ({
          id: String(hit.id),
          score: hit.score,
          matchedTerms: hit.terms.filter((key) => !key.startsWith(GRAM_PREFIX)).map(fromIndexKey),
          coverage: Math.min(1, hit.wordWeight / wordTotal),
        }));
      }
      const total = [...byKey.values()].reduce((a, b) => a + b, 0);
      const scored: Array<{ hit: SearchResult; score: number }> = [];
      for (const hit of run(byKey, cat)) {
        // Sub-word grams refine a ranking but never make a hit on their own ('orders' is not 'vouchers').
        if (hit.queryTerms.every((key) => key.startsWith(GRAM_PREFIX))) continue;
        const matched = hit.queryTerms.reduce((a, key) => a + (byKey.get(key) ?? 0), 0);
        scored.push({ hit, score: (hit.score / hit.queryTerms.length) * (matched / total) ** r.coverage });
      }
      // Decoding terms costs more than scoring: only for the k hits returned.
      return scored
        .sort((a, b) => b.score - a.score)
        .slice(0, k)
        .map(({ hit, score }) => ({
          id: String(hit.id),
          score,
          matchedTerms: hit.terms.filter((key) => !key.startsWith(GRAM_PREFIX)).map(fromIndexKey),
          coverage: Math.min(1, hit.queryTerms.reduce((a, key) => a + (key.startsWith(GRAM_PREFIX) ? 0 : byKey.get(key)!), 0) / wordTotal),
        }));
    },
    add(a) {
      addArticle(a);
    },
    remove(id) {
      const a = byId.get(id);
      if (!a) return;
      ms.discard(id);
      scorer?.invalidate();
      const doc = toDoc(a);
      const keys = new Set([...keysOf(doc.title, 'title'), ...keysOf(doc.body, 'body'), ...keysOf(doc.tags, 'tags'), ...keysOf(doc.asked, 'asked')]);
      for (const key of keys) {
        const left = (df.get(key) ?? 1) - 1;
        if (left > 0) df.set(key, left);
        else df.delete(key);
      }
      byId.delete(id);
      tagsById.delete(id);
    },
    replace(a) {
      if (ms.has(a.id)) this.remove(a.id);
      this.add(a);
    },
    snapshot() {
      return { fingerprint, minisearch: ms.toJSON(), df: [...df] };
    },
    get size() {
      return ms.documentCount;
    },
  };
}
