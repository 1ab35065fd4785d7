import { stemmer } from 'stemmer';
import { eng as englishStopwords, zho as chineseStopwords } from 'stopword';
import { foldChinese } from './fold-chinese';

/**
 * Turns text into index terms, identically for articles and queries, so the
 * two sides always meet. Chinese has no spaces: `Intl.Segmenter` (ICU's
 * dictionary, in Node full-icu and Chromium) finds words, but its dictionary
 * splits domain words such as 花呗 or 借呗 into single characters, so every run
 * of Han characters also yields character bigrams, which recover those words
 * whatever the dictionary thinks. English words are lowercased and Porter-stemmed.
 */
export interface AnalyzerOptions {
  /** Emit Han character bigrams (prefixed so they never collide with words). @default true */
  hanBigrams?: boolean;
  /** Emit the segmenter's Chinese words. @default true */
  hanWords?: boolean;
  /** Drop English/Chinese stop-words. @default true */
  stopwords?: boolean;
  /** Porter-stem English words. @default true */
  stem?: boolean;
  /** Also emit character n-grams of this length for Latin words (0 = off). @default 0 */
  latinGrams?: number;
}

/** Character n-gram terms of Latin words carry this prefix. */
export const GRAM_PREFIX = '#';

/** Bigram terms carry this prefix: '退款' the word and '退款' the bigram are different evidence. */
export const BIGRAM_PREFIX = '~';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const NON_HAN_WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])`;
const WORD_OR_HAN_RUN = new RegExp(String.raw`\p{Script=Han}+|${NON_HAN_WORD_CHAR}+(?:['’]${NON_HAN_WORD_CHAR}+)*`, 'gu');
// Question words are what paraphrases vary most ("how do I", "is there a way"), so
// they join the library's list; 'not' and 'no' stay out because they carry meaning.
const STOP = new Set(
  [...englishStopwords, ...chineseStopwords, 'how', 'what', 'why', 'way', 'i', 'my', 'me', 'is', 'it', 'doe', 'can', 'pleas', '吗', '呢', '么']
    .filter((w) => w !== 'not' && w !== 'no'),
);
// Chinese question scaffolding, the counterpart of "how do I": segmenter words, not in the library's list.
for (const w of ['怎么', '如何', '为什么', '什么', '怎样', '请问', '可以', '能不能', '你好', '您好', '一下']) STOP.add(w);
const IRREGULAR_NEGATIONS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

export function normalizeText(text: string): string {
  // NFKC folds full-width Latin and digits (Ｒｅｆｕｎｄ, １２３) that Chinese IMEs produce.
  // Traditional → simplified and IME slips (fold-chinese.ts): 帳號, 帐号 and 账号 are one term.
  return foldChinese(text.normalize('NFKC').toLowerCase());
}

// Word → terms is pure and words repeat (Zipf), so indexing 10,000 articles mostly hits this cache.
const wordCache = new Map<string, string[]>();
const WORD_CACHE_MAX = 100_000;

/** One word-like segment → its index terms (empty for stop-words). */
export function termsOfWord(word: string, opts: AnalyzerOptions = {}): string[] {
  const { hanBigrams = true, hanWords = true, stopwords = true, stem = true, latinGrams = 0 } = opts;
  const cacheKey = `${+hanBigrams}${+hanWords}${+stopwords}${+stem}${latinGrams}${word}`;
  const cached = wordCache.get(cacheKey);
  if (cached) return cached;
  const terms = computeTermsOfWord(word, hanBigrams, hanWords, stopwords, stem, latinGrams);
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(cacheKey, terms);
  return terms;
}

function computeTermsOfWord(word: string, hanBigrams: boolean, hanWords: boolean, stopwords: boolean, stem: boolean, latinGrams: number): string[] {
  // Contractions: "i'd", "i've", "doesn't" keep only their head, which the stop-word list knows.
  const w = normalizeText(word)
    .replace(/^(ca|wo|sha)n['’]t$/, (_m, head: string) => IRREGULAR_NEGATIONS[head]!)
    .replace(/n['’]t$/, '')
    .replace(/['’](s|d|ve|m|ll|re)$/, '')
    .replace(/['’]/g, '');
  if (!w) return [];
  if (!HAN.test(w)) {
    const t = stem && /^[a-z]+$/.test(w) ? stemmer(w) : w;
    if (stopwords && (STOP.has(w) || STOP.has(t))) return [];
    return latinGrams ? [t, ...latinGramsOf(w, latinGrams)] : [t];
  }
  const out: string[] = [];
  if (hanWords && !(stopwords && STOP.has(w))) out.push(w);
  if (hanBigrams) out.push(...hanBigramsOf(w, stopwords));
  return out;
}

/**
 * Word-like segments with their offsets in the original text (for snippets).
 * Only Han runs go through `Intl.Segmenter` (dictionary lookup is its cost);
 * everything else splits on letters/digits with inner apostrophes, which is
 * what the segmenter does for spaced scripts, at a fraction of the time.
 */
export function* wordSegments(text: string): Generator<{ word: string; index: number }> {
  for (const m of text.matchAll(WORD_OR_HAN_RUN)) {
    if (!HAN.test(m[0][0]!)) yield { word: m[0], index: m.index };
    else for (const s of segmenter.segment(m[0])) if (s.isWordLike) yield { word: s.segment, index: m.index + s.index };
  }
}

export function analyze(raw: string, opts: AnalyzerOptions = {}): string[] {
  // Folded before segmenting, so the segmenter's dictionary sees the simplified words it knows.
  const text = foldChinese(raw);
  const out: string[] = [];
  const hanBigrams = opts.hanBigrams ?? true;
  const wordOpts = { ...opts, hanBigrams: false };
  // Plain loops rather than push(...terms): no argument spreading per word (queries are analysed per search).
  for (const { word } of wordSegments(text)) for (const t of termsOfWord(word, wordOpts)) out.push(t);
  // Bigrams span the segmenter's word boundaries (花|呗 → 花呗), so they come from whole Han runs.
  if (hanBigrams) for (const t of hanBigramsOf(normalizeText(text), opts.stopwords ?? true)) out.push(t);
  return out;
}

/**
 * Boundary-marked character n-grams: 'git hub' and 'github' share '_git' and
 * 'hub_', 'unfriended' and 'friend' share 'frie', 'rien', 'iend'.
 */
function latinGramsOf(word: string, n: number): string[] {
  const padded = `_${word}_`;
  if (padded.length <= n) return [];
  const out: string[] = [];
  for (let i = 0; i + n <= padded.length; i++) out.push(GRAM_PREFIX + padded.slice(i, i + n));
  return out;
}

/** Bigrams of every Han run; a bigram that is itself a stop-word (怎么, 什么) carries no topic. */
function hanBigramsOf(text: string, stopwords: boolean): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const b = run.slice(i, i + 2);
      if (!(stopwords && STOP.has(b))) out.push(BIGRAM_PREFIX + b);
    }
  }
  return out;
}
