import { describe, expect, it } from 'vitest';
import { withTestDb } from '../history/test-support';
import type { KnowledgeArticle } from '../knowledge/types';
import { DEFAULT_RERANK, embeddingReranker } from '../knowledge/search/rerank';
import { createVectorKeeper, VECTORS_META_KEY, type VectorSource } from './knowledge-vectors';

const article = (i: number): KnowledgeArticle => ({ id: `a${i}`, title: `Article ${i}`, body: `body ${i}`, bodyHtml: '', tags: [], locale: 'en', url: null, source: 'test', updatedAt: 1 });
const source = (n: number, version = `${n}:1`): VectorSource => ({ version, articles: Array.from({ length: n }, (_, i) => article(i)) });

/** A deterministic toy embedding that counts the texts it embeds. */
function countingReranker() {
  const counted = { texts: 0 };
  const rerank = embeddingReranker(async (texts) => {
    counted.texts += texts.length;
    return texts.map((t) => {
      const v = [t.length % 7, t.length % 5, 1];
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    });
  });
  return { rerank, counted };
}

const stored = async (db: Parameters<Parameters<typeof withTestDb>[0]>[0]) => (await db.meta.get(VECTORS_META_KEY))?.value as { ids: string[]; version: string; model: string } | undefined;

describe('article vectors kept across offscreen sessions', () => {
  it('a small KB embedded by its first search is stored once, and the next session takes it back without embedding', () =>
    withTestDb(async (db) => {
      const kb = source(30);
      const first = countingReranker();
      const keeper = createVectorKeeper(db);
      await keeper.prepare(kb, first.rerank, 'bundled:deskmate-embed@1');
      await first.rerank.nearest('refund', kb.articles, 5, true, []); // what the first search does
      await keeper.afterSearch();
      expect(await stored(db)).toMatchObject({ version: '30:1', model: 'bundled:deskmate-embed@1' });
      expect((await stored(db))!.ids).toHaveLength(30);

      const next = countingReranker();
      await createVectorKeeper(db).prepare(source(30), next.rerank, 'bundled:deskmate-embed@1');
      expect(kb.articles.every((a) => next.rerank.has(a))).toBe(true);
      await next.rerank.nearest('refund', kb.articles, 5, true, []);
      expect(next.counted.texts).toBe(1); // the question only
    }));

  it('vectors from another model or other articles are not used', () =>
    withTestDb(async (db) => {
      const kb = source(10);
      const first = countingReranker();
      const keeper = createVectorKeeper(db);
      await keeper.prepare(kb, first.rerank, 'bundled:deskmate-embed@1');
      await first.rerank.warm(kb.articles);
      await keeper.afterSearch();
      for (const [src, model] of [
        [source(10), 'bundled:deskmate-embed@2'],
        [source(10, '10:2'), 'bundled:deskmate-embed@1'],
      ] as const) {
        const other = countingReranker();
        await createVectorKeeper(db).prepare(src, other.rerank, model);
        expect(src.articles.some((a) => other.rerank.has(a))).toBe(false);
      }
    }));

  it('a large KB is embedded in the background and stored; reset forgets it', () =>
    withTestDb(async (db) => {
      const kb = source(DEFAULT_RERANK.denseMaxArticles + 1);
      const { rerank } = countingReranker();
      const keeper = createVectorKeeper(db);
      await keeper.prepare(kb, rerank, 'm');
      for (let i = 0; i < 1200 && !(await stored(db)); i++) await new Promise((r) => setTimeout(r, 25));
      expect((await stored(db))!.ids).toHaveLength(kb.articles.length);
      await keeper.reset();
      expect(await stored(db)).toBeUndefined();
    }), 40_000);
});
