import MiniSearch from 'minisearch';
import type { IndexableArticle } from '../search/knowledge-index';

/**
 * The reference every figure is reported beside: MiniSearch out of the box
 * (its default tokenizer and BM25 parameters) over title + body, no boosts.
 * Its tokenizer splits on spaces and punctuation only, so a Chinese sentence
 * is one term: on Chinese it finds almost nothing. `hanBigrams` gives the
 * fairer Chinese reference: the same plain index with each Han run split
 * into character bigrams, nothing else changed.
 */
export function createPlainIndex(articles: IndexableArticle[], opts: { hanBigrams?: boolean } = {}) {
  const tokenize = opts.hanBigrams ? bigramTokenize : undefined;
  const ms = new MiniSearch<IndexableArticle>({ fields: ['title', 'body'], ...(tokenize ? { tokenize } : {}) });
  ms.addAll(articles);
  return {
    search: (query: string, k = 10) => ms.search(query).slice(0, k).map((h) => ({ id: String(h.id), score: h.score })),
  };
}

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

function bigramTokenize(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(SPACE_OR_PUNCTUATION)) {
    for (const part of token.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (!/\p{Script=Han}/u.test(part)) out.push(part);
      else if (part.length === 1) out.push(part);
      else for (let i = 0; i + 1 < part.length; i++) out.push(part.slice(i, i + 2));
    }
  }
  return out;
}
