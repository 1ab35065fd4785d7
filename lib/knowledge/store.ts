import type { DeskmateDb } from '../db/database';
import type { KnowledgeArticle } from './types';

/**
 * Replaces every article that came from `source` (one file, one Help Center,
 * the policy URL) with `articles`, in one transaction: if any write fails,
 * Dexie rolls back and the knowledge base is exactly as it was.
 */
export async function replaceArticles(db: DeskmateDb, articles: KnowledgeArticle[], source: string): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles.where('source').equals(source).delete();
    await db.articles.bulkPut(articles.map((a) => ({ ...a, source })));
  });
}

/** Adds or updates by id (incremental Help Center sync), all or nothing. */
export async function upsertArticles(db: DeskmateDb, articles: KnowledgeArticle[]): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles.bulkPut(articles);
  });
}

export async function removeArticles(db: DeskmateDb, ids: string[]): Promise<void> {
  await db.articles.bulkDelete(ids);
}

export function loadArticles(db: DeskmateDb): Promise<KnowledgeArticle[]> {
  return db.articles.toArray();
}

/** Per source: how many articles and when last updated, for the options page. */
export async function knowledgeSources(db: DeskmateDb): Promise<Array<{ source: string; count: number; updatedAt: number }>> {
  const bySource = new Map<string, { count: number; updatedAt: number }>();
  await db.articles.each((a) => {
    const s = bySource.get(a.source) ?? { count: 0, updatedAt: 0 };
    bySource.set(a.source, { count: s.count + 1, updatedAt: Math.max(s.updatedAt, a.updatedAt) });
  });
  return [...bySource].map(([source, s]) => ({ source, ...s }));
}
