/**
 * Builds the WordPiece tokenizer (Hugging Face tokenizer.json) shared by both
 * models: every frequent character (Chinese characters, letters, emoji),
 * frequent English words, and frequent word prefixes/suffixes so unknown
 * English words split into pieces instead of [UNK]. Chinese words and phrases
 * are not in the vocabulary: the model sees them as hashed character bigrams
 * and trigrams computed inside the ONNX graph (see features.ts).
 */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
export const MAX_LENGTH = 256;

/** The same split rule as transformers.js BertNormalizer (Chinese chars isolated) + BertPreTokenizer. */
const PUNCT = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const WORD = new RegExp(`[^\\s${PUNCT}]+|[${PUNCT}]`, 'gu');
const CJK = /([\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff])/g;
const IS_CJK = /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/;
export function preTokenize(normalized: string): string[] {
  return normalized.replace(CJK, ' $1 ').match(WORD) ?? [];
}

export interface VocabOptions {
  maxWords: number;
  maxPieces: number;
  minCharCount: number;
}

function top(counts: Map<string, number>, n: number, min = 2): string[] {
  return [...counts.entries()].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([w]) => w);
}

/** Vocabulary from already-normalised texts (normalizeForModel output). Deterministic for a given input order. */
export function buildVocab(texts: Iterable<string>, opts: VocabOptions): string[] {
  const chars = new Map<string, number>();
  const words = new Map<string, number>();
  for (const t of texts) {
    for (const w of preTokenize(t)) {
      words.set(w, (words.get(w) ?? 0) + 1);
      for (const ch of w) chars.set(ch, (chars.get(ch) ?? 0) + 1);
    }
  }
  const vocab = new Set<string>(SPECIAL_TOKENS);
  const charList = top(chars, 1e6, opts.minCharCount);
  for (const ch of charList) vocab.add(ch);
  // Continuation forms of Latin letters and digits, so every such word can be spelled out.
  for (const ch of charList) if (/[\p{L}\p{N}]/u.test(ch) && !IS_CJK.test(ch)) vocab.add('##' + ch);
  const multi = new Map([...words].filter(([w]) => [...w].length > 1));
  const keptWords = top(multi, opts.maxWords, 3);
  for (const w of keptWords) vocab.add(w);
  // Pieces for the long tail: prefixes and ## suffixes of words not kept whole, weighted by frequency.
  const kept = new Set(keptWords);
  const prefixes = new Map<string, number>();
  const suffixes = new Map<string, number>();
  for (const [w, c] of multi) {
    if (kept.has(w) || !/^[a-z]+$/.test(w)) continue;
    for (let n = 2; n <= Math.min(6, w.length - 1); n++) {
      prefixes.set(w.slice(0, n), (prefixes.get(w.slice(0, n)) ?? 0) + c);
      suffixes.set('##' + w.slice(w.length - n), (suffixes.get('##' + w.slice(w.length - n)) ?? 0) + c);
      if (n <= 4) for (let i = 1; i + n < w.length; i++) suffixes.set('##' + w.slice(i, i + n), (suffixes.get('##' + w.slice(i, i + n)) ?? 0) + c);
    }
  }
  for (const p of top(prefixes, opts.maxPieces / 2, 5)) vocab.add(p);
  for (const s of top(suffixes, opts.maxPieces / 2, 5)) vocab.add(s);
  return [...vocab];
}

/** tokenizer.json in the Hugging Face tokenizers format, loadable by transformers.js. */
export function tokenizerJson(vocab: string[]): object {
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  return {
    version: '1.0',
    truncation: { direction: 'Right', max_length: MAX_LENGTH, strategy: 'LongestFirst', stride: 0 },
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: { '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] } },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

export function tokenizerConfigJson(): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    tokenize_chinese_chars: true,
    model_max_length: MAX_LENGTH,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
    clean_up_tokenization_spaces: true,
  };
}
