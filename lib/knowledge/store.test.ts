import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DeskmateDb } from '../db/database';
import { knowledgeSources, loadArticles, replaceArticles, upsertArticles } from './store';
import type { KnowledgeArticle } from './types';

const article = (id: string, source = 'import:a.csv', title = `Title ${id}`): KnowledgeArticle => ({
  id, title, body: `Body ${id}`, bodyHtml: `<p>Body ${id}</p>`, tags: [], locale: 'en', url: null, source, updatedAt: 1,
});

let db: DeskmateDb;
beforeEach(async () => {
  db = new DeskmateDb(`kb-test-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

it('replaces only the articles of the same source', async () => {
  await replaceArticles(db, [article('1'), article('2')], 'import:a.csv');
  await replaceArticles(db, [article('h1', 'helpcenter:x')], 'helpcenter:x');
  await replaceArticles(db, [article('3')], 'import:a.csv');
  expect((await loadArticles(db)).map((a) => a.id).sort()).toEqual(['3', 'h1']);
  expect(await knowledgeSources(db)).toEqual(expect.arrayContaining([{ source: 'import:a.csv', count: 1, updatedAt: 1 }]));
});

it('leaves the existing knowledge base untouched when a write fails', async () => {
  await replaceArticles(db, [article('1'), article('2')], 'import:a.csv');
  // An article whose key is not a valid IndexedDB key makes bulkPut fail half-way.
  const broken = { ...article('x'), id: {} as unknown as string };
  await expect(replaceArticles(db, [article('9'), broken], 'import:a.csv')).rejects.toThrow();
  await expect(upsertArticles(db, [article('10'), broken])).rejects.toThrow();
  expect((await loadArticles(db)).map((a) => a.id).sort()).toEqual(['1', '2']);
});

it('upserts by id', async () => {
  await upsertArticles(db, [article('1')]);
  await upsertArticles(db, [{ ...article('1'), title: 'New' }, article('2')]);
  expect((await loadArticles(db)).map((a) => a.title).sort()).toEqual(['New', 'Title 2']);
});
