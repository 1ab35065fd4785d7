import { describe, expect, it } from 'vitest';
import { createKnowledgeIndex } from './knowledge-index';
import { embeddingReranker, searchWithRerank } from './rerank';

const ARTICLES = [
  { id: 'delete', title: 'Delete your account', body: 'Account deletion is permanent. Open settings, then delete account.' },
  { id: 'pause', title: 'Pause your account', body: 'Pausing keeps your account and data; you can come back any time.' },
  { id: 'export', title: 'Export account data', body: 'Download a copy of your account data before you leave.' },
];
const byId = new Map(ARTICLES.map((a) => [a.id, a]));
const index = createKnowledgeIndex(ARTICLES);

/** A toy embedding: one dimension per concept, enough to show the reranker moves results. */
const embed = async (texts: string[]) =>
  texts.map((t) => {
    const v = [/leave|come back|pause|break/i.test(t) ? 1 : 0, /delete|remove/i.test(t) ? 1 : 0, /download|export/i.test(t) ? 1 : 0];
    const n = Math.hypot(...v) || 1;
    return v.map((x) => x / n);
  });

describe('searchWithRerank', () => {
  it('is the lexical ranking when no reranker is configured', async () => {
    const q = 'I want a break from my account';
    expect(await searchWithRerank(index, (id) => byId.get(id), q, { k: 3 })).toEqual(index.search(q, { k: 3 }));
  });

  it('lets the embedding model reorder the lexical candidates', async () => {
    const q = 'take a break from my account for a while';
    const hits = await searchWithRerank(index, (id) => byId.get(id), q, { k: 3, rerank: embeddingReranker(embed), mix: 0.8 });
    expect(hits[0]!.id).toBe('pause');
  });

  it('falls back to lexical results when the model fails', async () => {
    const q = 'delete account';
    const failing = async () => {
      throw new Error('model missing');
    };
    expect(await searchWithRerank(index, (id) => byId.get(id), q, { k: 2, rerank: failing })).toEqual(index.search(q, { k: 2 }));
  });

  it('embeds each article once', async () => {
    const seen: number[] = [];
    const rr = embeddingReranker(async (texts) => {
      seen.push(texts.length);
      return embed(texts);
    });
    await searchWithRerank(index, (id) => byId.get(id), 'account', { rerank: rr });
    await searchWithRerank(index, (id) => byId.get(id), 'account data', { rerank: rr });
    expect(seen).toEqual([4, 1]);
  });

  it('with the whole KB (dense), finds an answer that shares no word with the question', async () => {
    const q = 'I want to remove everything';
    expect(index.search(q, { k: 3 }).map((h) => h.id)).not.toContain('delete');
    const hits = await searchWithRerank(index, (id) => byId.get(id), q, { k: 3, rerank: embeddingReranker(embed), dense: () => ARTICLES });
    expect(hits[0]).toMatchObject({ id: 'delete', matchedTerms: [], coverage: 0 });
  });

  it('keeps the lexical order when the question has no text to embed', async () => {
    expect(await searchWithRerank(index, (id) => byId.get(id), '  ', { k: 3, rerank: embeddingReranker(embed), dense: () => ARTICLES })).toEqual(index.search('  ', { k: 3 }));
  });

  it('in a KB over the dense limit, only articles embedded ahead (warm) join by meaning', async () => {
    const q = 'I want to remove everything';
    const rr = embeddingReranker(embed);
    const opts = { k: 3, rerank: rr, dense: () => ARTICLES, denseMax: 2 };
    expect((await searchWithRerank(index, (id) => byId.get(id), q, opts)).map((h) => h.id)).not.toContain('delete');
    expect(await rr.warm(ARTICLES, { batch: 2 })).toBe(3);
    expect(await rr.warm(ARTICLES)).toBe(0);
    expect((await searchWithRerank(index, (id) => byId.get(id), q, opts))[0]!.id).toBe('delete');
  });

  it('stops warming when aborted', async () => {
    const rr = embeddingReranker(embed);
    const stop = new AbortController();
    stop.abort();
    await rr.warm(ARTICLES, { signal: stop.signal });
    expect(ARTICLES.some((a) => rr.has(a))).toBe(false);
  });
});
