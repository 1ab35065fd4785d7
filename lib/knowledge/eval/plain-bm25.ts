import MiniSearch from 'minisearch';
import type { IndexableArticle } from '../search/knowledge-index';

/**
 * The reference every figure is reported beside: MiniSearch out of the box
 * (its default tokenizer and BM25 parameters) over title + body, no boosts.
 * Its tokenizer splits on spaces and punctuation only, so Chinese sentences
 * become one term each; that is the honest baseline, not a strawman.
 */
export function createPlainIndex(articles: IndexableArticle[]) {
  const ms = new MiniSearch<IndexableArticle>({ fields: ['title', 'body'] });
  ms.addAll(articles);
  return {
    search: (query: string, k = 10) => ms.search(query).slice(0, k).map((h) => ({ id: String(h.id), score: h.score })),
  };
}
