import { BIGRAM_PREFIX, termsOfWord, wordSegments } from './search/analyzer';

export interface SnippetSegment {
  text: string;
  match: boolean;
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The part of `body` (at most `maxLen` characters) holding the most matched
 * terms, as segments the panel renders as text with highlighted spans, so no
 * HTML is ever built from article text. `matchedTerms` are index terms as
 * search returns them (stemmed words, '~'-prefixed Han bigrams); each body word
 * is analysed the same way to find them.
 */
export function makeSnippet(body: string, matchedTerms: string[], maxLen = 160): SnippetSegment[] {
  const text = body.replace(/\s+/g, ' ').trim();
  const wanted = new Set(matchedTerms);
  const mark = new Uint8Array(text.length);
  for (const { word, index } of wordSegments(text)) {
    if (termsOfWord(word, { hanBigrams: false, stopwords: false }).some((t) => wanted.has(t))) mark.fill(1, index, index + word.length);
  }
  // Bigrams cross the segmenter's word boundaries, so they are found on whole Han runs.
  for (const run of text.matchAll(HAN_RUN)) {
    for (let i = 0; i + 1 < run[0].length; i++) {
      if (wanted.has(BIGRAM_PREFIX + run[0].slice(i, i + 2))) mark.fill(1, run.index + i, run.index + i + 2);
    }
  }
  const [start, end] = bestWindow(text, mark, maxLen);
  const segments: SnippetSegment[] = [];
  if (start > 0) segments.push({ text: '…', match: false });
  for (let i = start; i < end; ) {
    let j = i;
    while (j < end && mark[j] === mark[i]) j++;
    segments.push({ text: text.slice(i, j), match: mark[i] === 1 });
    i = j;
  }
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments;
}

/** The window with the most marked characters, started a little before its first match. */
function bestWindow(text: string, mark: Uint8Array, maxLen: number): [number, number] {
  if (text.length <= maxLen) return [0, text.length];
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + mark[i]!;
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < text.length; i++) {
    if (mark[i] !== 1 || (i > 0 && mark[i - 1] === 1)) continue;
    const s = Math.max(0, Math.min(i - Math.floor(maxLen / 5), text.length - maxLen));
    const count = prefix[Math.min(text.length, s + maxLen)]! - prefix[s]!;
    if (count > bestCount) [best, bestCount] = [s, count];
  }
  // Start on a word boundary where one is near, rather than mid-word.
  const space = text.lastIndexOf(' ', best);
  const start = best > 0 && space >= 0 && best - space < 15 ? space + 1 : best;
  return [start, Math.min(text.length, start + maxLen)];
}
