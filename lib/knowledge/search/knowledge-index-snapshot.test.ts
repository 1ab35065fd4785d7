import { expect, it } from 'vitest';
import { createKnowledgeIndex } from './knowledge-index';
import { generateArticles, generateQueries } from '../eval/generate-articles';

const articles = generateArticles(120, 7);
const queries = generateQueries(articles, 40, 8);

it('a stored snapshot (through JSON) ranks exactly like a fresh build', () => {
  const fresh = createKnowledgeIndex(articles);
  const stored = JSON.parse(JSON.stringify(fresh.snapshot()));
  const loaded = createKnowledgeIndex(articles, { snapshot: stored });
  for (const q of queries) expect(loaded.search(q, { k: 5 })).toEqual(fresh.search(q, { k: 5 }));
  loaded.remove(articles[0]!.id);
  expect(loaded.size).toBe(articles.length - 1);
});

it('rebuilds instead of trusting a snapshot of other articles or another analyzer', () => {
  const snap = createKnowledgeIndex(articles.slice(0, 119)).snapshot();
  const other = [...articles.slice(0, 119), { id: 'new', title: 'Brand new gift card article', body: 'Gift cards never expire.' }];
  expect(createKnowledgeIndex(other, { snapshot: snap }).search('gift card')[0]?.id).toBe('new');
  const otherAnalyzer = createKnowledgeIndex(articles, { snapshot: { ...createKnowledgeIndex(articles).snapshot(), fingerprint: 'old' } });
  expect(otherAnalyzer.search(queries[0]!, { k: 3 })).toEqual(createKnowledgeIndex(articles).search(queries[0]!, { k: 3 }));
}, 60_000);
