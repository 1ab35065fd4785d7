import { analyze, GRAM_PREFIX, type AnalyzerOptions } from './analyzer';
import type { WeightedText } from './knowledge-index';

/** How the knowledge index scores: every knob the StackFAQ/AFQMC tuning touched, with its tuned value. */
export interface RankingOptions {
  /** @default 3 */ titleBoost: number;
  /** @default 1.5 */ tagBoost: number;
  /** Customer phrasings ("also asked as"): a question customers are known to ask for this article. @default 3 */ askedBoost: number;
  /** BM25 term-frequency saturation and length normalisation. @default {k: 1.2, b: 0.75, d: 0.5} */
  bm25: { k: number; b: number; d: number };
  /** Weight of a synonym relative to the phrase that triggered it. @default 0.6 */
  synonymWeight: number;
  /** Score multiplier for articles tagged with the ticket category. @default 1.5 */
  categoryBoost: number;
  /**
   * Character n-grams of English words (n 0 = off), their weight relative to whole words, and
   * whether bodies get them too (titles always do; bodies double index size). @default {n: 4, weight: 0.2, inBody: false}
   */
  grams: { n: number; weight: number; inBody: boolean };
  /**
   * How much matching more of the query counts: score × (matched query weight / total)^coverage.
   * MiniSearch itself multiplies by the number of matched terms; that is undone first, because
   * n-gram and bigram terms would make it count letters rather than words. @default 0.25
   */
  coverage: number;
  /** Index the segmenter's Chinese words beside the character bigrams. @default true */
  hanWords: boolean;
  /** Query terms in more than this share of articles are skipped (they score little and cost most). @default 0.1 */
  maxDocFrequency: number;
  /** Query terms looked up at most (highest weight × idf first): bounds latency on long messages. @default 32 */
  maxQueryTerms: number;
  /** Edit-distance tolerance for misspelt words, as a fraction of word length (0 = off). @default 0 */
  fuzzy: number;
}

/** Tuned on the StackFAQ tuning half only (see docs/benchmarks.md); the held-out half is reported, not tuned on. */
export const DEFAULT_RANKING: RankingOptions = {
  titleBoost: 3,
  tagBoost: 1.5,
  askedBoost: 3,
  bm25: { k: 1.2, b: 0.75, d: 0.5 },
  synonymWeight: 0.6,
  categoryBoost: 1.5,
  fuzzy: 0,
  grams: { n: 4, weight: 0.2, inBody: false },
  coverage: 0.25,
  maxQueryTerms: 32,
  maxDocFrequency: 0.1,
  hanWords: true,
};

/**
 * Below this many articles every term is cheap, and small KBs need their shared words: in
 * StackFAQ (125 articles) "gmail" is in 30% of articles yet decides many rankings.
 */
export const MIN_DOCS_TO_PRUNE = 1000;

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
    for (const t of analyzeRemembered(p.text, analyzer)) {
      best.set(t, Math.max(best.get(t) ?? 0, p.weight * (t.startsWith(GRAM_PREFIX) ? gramWeight : 1)));
      count.set(t, (count.get(t) ?? 0) + 1);
    }
  }
  return new Map([...best].map(([t, w]) => [t, w * (1 + 0.2 * Math.log2(count.get(t)!))]));
}

// The panel re-queries at every new message with the earlier ones unchanged (and searches the
// latest one again as the "answered?" question), and analysing four 400-character messages was
// half of such a query's time: recent messages' terms are kept (least recently used dropped).
const analyzed = new Map<string, readonly string[]>();
const ANALYZED_MAX = 256;

function analyzeRemembered(text: string, opts: AnalyzerOptions): readonly string[] {
  const key = `${opts.hanBigrams}|${opts.hanWords}|${opts.stopwords}|${opts.stem}|${opts.latinGrams}|${text}`;
  let terms = analyzed.get(key);
  if (terms) analyzed.delete(key);
  else {
    terms = analyze(text, opts);
    if (analyzed.size >= ANALYZED_MAX) analyzed.delete(analyzed.keys().next().value!);
  }
  analyzed.set(key, terms);
  return terms;
}
