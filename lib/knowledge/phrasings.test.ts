import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DeskmateDb } from '../db/database';
import { importPhrasingsCsv, learnPhrasing, listPhrasings, MAX_PHRASINGS_PER_ARTICLE, phrasingsByArticle, phrasingsToCsv } from './phrasings';
import { createKnowledgeIndex } from './search/knowledge-index';

let db: DeskmateDb;
beforeEach(async () => {
  db = new DeskmateDb(`phrasings-test-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

it('stores a masked question once per article and counts confirmations', async () => {
  await learnPhrasing(db, 'a1', 'the machine swallowed my card, call me on 138 1234 5678', 'agent', 1);
  const again = await learnPhrasing(db, 'a1', 'The machine swallowed my card,   call me on 138 1234 5678!', 'agent', 2);
  expect(again?.count).toBe(2);
  const rows = await listPhrasings(db);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.text).toBe('the machine swallowed my card, call me on [phone]');
  expect(await learnPhrasing(db, 'a1', '  ?? ', 'agent')).toBeNull();
});

it('keeps at most MAX_PHRASINGS_PER_ARTICLE per article, dropping the least recently confirmed', async () => {
  for (let i = 0; i <= MAX_PHRASINGS_PER_ARTICLE; i++) await learnPhrasing(db, 'a1', `question number ${String.fromCharCode(97 + (i % 26))}${i}`, 'agent', i);
  const texts = (await phrasingsByArticle(db)).get('a1')!;
  expect(texts).toHaveLength(MAX_PHRASINGS_PER_ARTICLE);
  expect(texts).not.toContain('question number a0');
});

it('exports CSV another install imports, skipping articles it lacks and undoing formula escapes', async () => {
  await learnPhrasing(db, 'a1', '=cmd|calc', 'owner');
  await learnPhrasing(db, 'gone', 'an article the other install lacks', 'agent');
  const csv = phrasingsToCsv(await listPhrasings(db), (id) => (id === 'a1' ? 'Card retained' : undefined));
  expect(csv.split(/\r?\n/)[0]).toBe('article_id,article_title,phrasing,source,count');
  expect(csv).toContain("'=cmd|calc");
  const other = new DeskmateDb(`phrasings-other-${Math.random()}`);
  await other.open();
  const result = await importPhrasingsCsv(other, csv, (id) => id === 'a1');
  expect(result).toEqual({ imported: 1, skipped: 1 });
  expect((await phrasingsByArticle(other)).get('a1')).toEqual(['=cmd|calc']);
  await expect(importPhrasingsCsv(other, 'a,b\n1,2\n', () => true)).rejects.toThrow(/article_id and phrasing/);
  await other.delete();
});

it('a learnt phrasing makes its article the first hit for a question sharing no word with it', () => {
  const articles = [
    { id: 'retained', title: 'Card retained by an ATM', body: 'If an ATM keeps your card, we cancel it and send a new one.' },
    { id: 'machine', title: 'Our coffee machine', body: 'The office machine makes espresso; swallowed coins are refunded at reception.' },
  ];
  const question = 'the machine swallowed my card';
  expect(createKnowledgeIndex(articles).search(question)[0]!.id).toBe('machine');
  const learnt = createKnowledgeIndex(articles.map((a) => (a.id === 'retained' ? { ...a, askedAs: [question] } : a)));
  expect(learnt.search(question)[0]!.id).toBe('retained');
  // And incrementally, as the offscreen document does after an agent inserts the article.
  const index = createKnowledgeIndex(articles);
  index.replace({ ...articles[0]!, askedAs: [question] });
  expect(index.search('machine swallowed card again')[0]!.id).toBe('retained');
});
