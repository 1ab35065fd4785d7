import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createKnowledgeIndex, type KnowledgeIndex } from './knowledge-index';
import { minisearchInternals } from './term-scorer';
import { generateArticles, generateQueries } from '../eval/generate-articles';

// Enough articles (≥ MIN_DOCS_TO_PRUNE) that query pruning is on, as in real knowledge bases.
const articles = generateArticles(1200, 11);
const queries = generateQueries(articles, 150, 12);
const conversations = queries.slice(0, 40).map((q, i) => [
  { text: queries[(i + 50) % queries.length]!, weight: 0.25 },
  { text: queries[(i + 90) % queries.length]!, weight: 0.5 },
  { text: q, weight: 1 },
]);

/** Same hits, same order, same scores to the last bit. */
function expectSameResults(scorer: KnowledgeIndex, reference: KnowledgeIndex): void {
  for (const q of queries) {
    expect(scorer.search(q, { k: 5 })).toEqual(reference.search(q, { k: 5 }));
    expect(scorer.search(q, { k: 40, category: 'shipping' })).toEqual(reference.search(q, { k: 40, category: 'shipping' }));
  }
  for (const c of conversations) expect(scorer.search(c, { k: 10 })).toEqual(reference.search(c, { k: 10 }));
}

describe('the term scorer', () => {
  it('can read this MiniSearch version (else every search falls back to MiniSearch.search)', () => {
    const ms = new MiniSearch({ fields: ['title'] });
    ms.add({ id: 'a', title: 'refund' });
    expect(minisearchInternals(ms)).not.toBeNull();
  });

  it('ranks exactly like MiniSearch.search, ties included', () => {
    expectSameResults(createKnowledgeIndex(articles), createKnowledgeIndex(articles, { queryPath: 'minisearch' }));
    // Duplicate articles score the same: the order between them must not change either.
    const twins = [...articles.slice(0, 300), ...articles.slice(0, 300).map((a) => ({ ...a, id: `${a.id}-twin` }))];
    const a = createKnowledgeIndex(twins);
    const b = createKnowledgeIndex(twins, { queryPath: 'minisearch' });
    for (const q of queries.slice(0, 60)) expect(a.search(q, { k: 10 })).toEqual(b.search(q, { k: 10 }));
  }, 60_000);

  it('stays exact after articles are added, replaced and removed, and from a snapshot', () => {
    const a = createKnowledgeIndex(articles);
    const b = createKnowledgeIndex(articles, { queryPath: 'minisearch' });
    for (const q of queries) a.search(q, { k: 5 }); // fill the postings cache, which the changes must invalidate
    const replaced = { ...articles[20]!, title: articles[21]!.title };
    const added = { id: 'new', title: articles[5]!.title, body: articles[6]!.body, tags: ['shipping'] };
    for (const idx of [a, b]) {
      idx.remove(articles[3]!.id);
      idx.replace(replaced);
      idx.add(added);
    }
    const now = [...articles.filter((_, i) => i !== 3 && i !== 20), replaced, added];
    // MiniSearch drops a removed article's postings the first time a search meets them, and that
    // first search scores with document counts that still include it; compare once that settled.
    for (const q of queries) b.search(q, { k: 5 });
    expectSameResults(a, b);
    const stored = JSON.parse(JSON.stringify(a.snapshot()));
    expectSameResults(createKnowledgeIndex(now, { snapshot: stored }), b);
  }, 60_000);
});
