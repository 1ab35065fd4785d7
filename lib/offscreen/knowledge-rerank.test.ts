import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTestDb } from '../history/test-support';
import { dispatch, type Handlers } from '../messaging/server';
import type { Envelope, Reply } from '../messaging/envelope';
import type { MessageName, ResponseOf } from '../messaging/protocol';
import { computeEffectiveSettings } from '../settings/effective';
import type { DeskmateDb } from '../db/database';
import type { KnowledgeArticle } from '../knowledge/types';
import { parseKnowledgeFile } from '../knowledge/import/parse-knowledge-file';
import { createTextEmbedder, type TextEmbedder, type TextEmbedderOptions } from '../knowledge/embedding/text-embedder';
import { REPO_MODELS_DIR } from '../knowledge/eval/node-reranker';
import { createKnowledgeIndex } from '../knowledge/search/knowledge-index';
import { DEFAULT_SYNONYMS } from '../knowledge/search/synonyms';
import { embeddingReranker, searchWithRerank } from '../knowledge/search/rerank';
import { startModelMirror } from '../../e2e/servers/model-mirror.mjs';
import { createKnowledgeEmbedder, type KnowledgeEmbedderOptions } from './knowledge-embedder';
import { knowledgeHandlers } from './knowledge-handlers';

/** Through the same validation and dispatch the offscreen document uses. */
async function call<N extends MessageName>(handlers: Handlers<'offscreen'>, name: N, payload: unknown): Promise<ResponseOf<N>> {
  const env: Envelope = { deskmate: 1, to: 'offscreen', name, payload };
  const reply = (await dispatch('offscreen', handlers, {}, env, {})) as Reply<ResponseOf<N>>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The demo's knowledge base (zh + en), what the e2e suite imports. */
let KB: KnowledgeArticle[];
beforeAll(async () => {
  const bytes = readFileSync(new URL('../../demo/kb/kb-sample.csv', import.meta.url));
  KB = await parseKnowledgeFile({ bytes, filename: 'kb-sample.csv' });
});

const QUESTIONS = ['我的订单物流一直没更新，配送延迟了', 'How do I get my money back for a broken item?', '你们支持用比特币付款吗？', 'where is my parcel, it has not arrived'];

/** Loads the real model files (onnxruntime-node) and counts loads and embedded texts. */
function countingEmbedder(extra: KnowledgeEmbedderOptions = {}) {
  const counts = { loads: 0, embedded: [] as number[], disposed: 0 };
  const create = async (o: TextEmbedderOptions): Promise<TextEmbedder> => {
    counts.loads++;
    const e = await createTextEmbedder({ ...o, device: 'cpu' });
    return {
      modelId: e.modelId,
      embed: (texts) => (counts.embedded.push(texts.length), e.embed(texts)),
      dispose: () => (counts.disposed++, e.dispose()),
    };
  };
  return { counts, embedder: createKnowledgeEmbedder({ bundledRoot: () => REPO_MODELS_DIR, create, ...extra }) };
}

type Knobs = { knowledge?: Record<string, unknown>; classification?: Record<string, unknown> };
const handlersWith = (db: DeskmateDb, embedder: ReturnType<typeof createKnowledgeEmbedder>, stored: Knobs | (() => Knobs) = {}) =>
  knowledgeHandlers(db, async () => computeEffectiveSettings(typeof stored === 'function' ? stored() : stored, {}), embedder);
/** Keyword ranking only: the reference the re-ranked search must agree with on every threshold. */
const keywordHandlers = (db: DeskmateDb) => handlersWith(db, createKnowledgeEmbedder({ create: () => Promise.reject(new Error('must not load')) }), { knowledge: { embeddingModelId: '' } });

describe('knowledge search re-ranked by the bundled embedding model', () => {
  it('loads the model once, orders hits by the mix, and keeps BM25 for the thresholds', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const { counts, embedder } = countingEmbedder();
      const h = handlersWith(db, embedder); // the default setting: deskmate-embed
      const plain = keywordHandlers(db);
      const independent = await createTextEmbedder({ modelRoot: REPO_MODELS_DIR, device: 'cpu' });
      const index = createKnowledgeIndex(KB, { synonyms: DEFAULT_SYNONYMS });
      const byId = new Map(KB.map((a) => [a.id, a]));
      const reference = embeddingReranker((t) => independent.embed(t));

      for (const question of QUESTIONS) {
        const res = await call(h, 'knowledge.search', { query: question, question, k: 5 });
        const kw = await call(plain, 'knowledge.search', { query: question, question, k: 20 });
        // The same ranking as the library composed by hand with the same model.
        const expected = await searchWithRerank(index, (id) => byId.get(id), question, { k: 5, rerank: reference, dense: () => KB });
        expect(res.hits.map((x) => x.id)).toEqual(expected.map((x) => x.id));
        if (res.hits.length >= 2) {
          for (const [i, hit] of res.hits.entries()) {
            expect(hit.rerankScore).toBeCloseTo(expected[i]!.score, 5);
            expect(hit.rerankScore).toBeGreaterThanOrEqual(0);
            expect(hit.rerankScore).toBeLessThanOrEqual(1);
          }
        }
        // score, coverage and confident are the keyword stage's (nothing, for an article only meaning found), and "answered" is unchanged.
        for (const hit of res.hits) {
          const lexical = kw.hits.find((x) => x.id === hit.id) ?? { score: 0, coverage: 0, confident: false };
          expect({ score: hit.score, coverage: hit.coverage, confident: hit.confident }).toEqual({ score: lexical.score, coverage: lexical.coverage, confident: lexical.confident });
        }
        expect(res.answered).toBe(kw.answered);
      }
      expect(counts.loads).toBe(1);
      expect(await call(h, 'knowledge.embeddingStatus', {})).toMatchObject({ state: 'ready', source: 'bundled', modelId: 'deskmate-embed', fallback: null, message: null });
      expect((await call(h, 'knowledge.embeddingStatus', {})).loadMs).toBeGreaterThan(0);
      await independent.dispose();
    }));

  it('embeds only the query once the articles are cached', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const { counts, embedder } = countingEmbedder();
      const h = handlersWith(db, embedder);
      await call(h, 'knowledge.search', { query: 'refund for a damaged item', k: 3 });
      expect(counts.embedded[0]).toBeGreaterThan(2); // the query and the candidate articles
      await call(h, 'knowledge.search', { query: 'refund for a damaged item', k: 3 });
      expect(counts.embedded.at(-1)).toBe(1);
    }));

  it('the unanswerable question stays unanswered (the unanswered log behaves as before)', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const res = await call(handlersWith(db, countingEmbedder().embedder), 'knowledge.search', { query: '你们支持用比特币付款吗？', question: '你们支持用比特币付款吗？' });
      expect(res.answered).toBe(false);
    }));
});

describe('knowledge search without a usable model', () => {
  let empty: string;
  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'deskmate-no-models-')) + '/';
  });
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('ranks by keywords when the model fails to load, and reports the error', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const { counts, embedder } = countingEmbedder({ bundledRoot: () => empty });
      const h = handlersWith(db, embedder);
      const plain = keywordHandlers(db);
      for (const question of QUESTIONS) {
        const res = await call(h, 'knowledge.search', { query: question, question, k: 3 });
        expect(res).toEqual(await call(plain, 'knowledge.search', { query: question, question, k: 3 }));
        expect(res.hits.every((x) => x.rerankScore === undefined)).toBe(true);
      }
      const status = await call(h, 'knowledge.embeddingStatus', {});
      expect(status).toMatchObject({ state: 'error', modelId: 'deskmate-embed' });
      expect(status.message).toBeTruthy();
      expect(counts.loads).toBe(1); // a broken model is not reloaded on every search
    }));

  it('loads no model at all when the setting is empty', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const { counts, embedder } = countingEmbedder();
      const h = handlersWith(db, embedder, { knowledge: { embeddingModelId: '' } });
      const res = await call(h, 'knowledge.search', { query: 'refund for a damaged item', question: 'refund for a damaged item' });
      expect(res.hits.length).toBeGreaterThan(0);
      expect(res.hits.every((x) => x.rerankScore === undefined)).toBe(true);
      expect(await call(h, 'knowledge.embeddingStatus', { warmup: true })).toMatchObject({ state: 'off' });
      expect(counts.loads).toBe(0);
    }));

  it('does not hold keyword results back while the model is still loading', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const waitMs = 1500;
      const embedder = createKnowledgeEmbedder({ create: () => new Promise<never>(() => undefined), waitMs });
      const h = handlersWith(db, embedder);
      const res = await call(h, 'knowledge.search', { query: 'refund for a damaged item' });
      expect(res.hits.length).toBeGreaterThan(0);
      expect(res.hits.every((x) => x.rerankScore === undefined)).toBe(true);
      expect(await call(h, 'knowledge.embeddingStatus', {})).toMatchObject({ state: 'loading' });
      // Only the first search waits: the next ones do not pay the wait again for the same load.
      const started = performance.now();
      await call(h, 'knowledge.search', { query: 'where is my order' });
      expect(performance.now() - started).toBeLessThan(waitMs);
    }));

  it('does not load the model for an empty knowledge base', () =>
    withTestDb(async (db) => {
      const { counts, embedder } = countingEmbedder();
      expect((await call(handlersWith(db, embedder), 'knowledge.search', { query: 'refund' })).articles).toBe(0);
      expect(counts.loads).toBe(0);
    }));
});

describe('which model, and where from', () => {
  type Mirror = Awaited<ReturnType<typeof startModelMirror>>;
  let mirror: Mirror;
  beforeAll(async () => {
    mirror = await startModelMirror();
  });
  afterAll(() => mirror?.close());

  it('loads another id from the organisation mirror', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const { embedder } = countingEmbedder();
      const h = handlersWith(db, embedder, { knowledge: { embeddingModelId: 'org-embed' }, classification: { modelMirrorUrl: mirror.url } });
      const res = await call(h, 'knowledge.search', { query: 'refund for a damaged item', k: 3 });
      expect(res.hits[0]?.rerankScore).toBeDefined();
      expect(await call(h, 'knowledge.embeddingStatus', {})).toMatchObject({ state: 'ready', source: 'mirror', modelId: 'org-embed', fallback: null });
      expect(mirror.served).toEqual(expect.arrayContaining(['org-embed/config.json', 'org-embed/onnx/model_quantized.onnx']));
    }));

  it.each([
    ['no mirror is set', '', 'no-mirror'],
    ['the mirror is unreachable', 'http://127.0.0.1:9/models/', 'mirror-failed'],
  ] as const)('falls back to the bundled model, saying why, when %s', (_why, modelMirrorUrl, fallback) =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const { embedder } = countingEmbedder();
      const h = handlersWith(db, embedder, { knowledge: { embeddingModelId: 'org-embed' }, classification: { modelMirrorUrl } });
      const res = await call(h, 'knowledge.search', { query: 'refund for a damaged item', k: 3 });
      expect(res.hits[0]?.rerankScore).toBeDefined();
      const status = await call(h, 'knowledge.embeddingStatus', {});
      expect(status).toMatchObject({ state: 'ready', source: 'bundled', modelId: 'deskmate-embed', fallback, requested: 'org-embed' });
      if (fallback === 'mirror-failed') expect(status.message).toContain('http://127.0.0.1:9/models/');
    }));

  it('follows a change of the setting: off frees the model, on loads it again', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const { counts, embedder } = countingEmbedder();
      let modelId = 'deskmate-embed';
      const h = handlersWith(db, embedder, () => ({ knowledge: { embeddingModelId: modelId } }));
      await call(h, 'knowledge.search', { query: 'refund for a damaged item' });
      expect(counts.loads).toBe(1);
      modelId = '';
      expect(await call(h, 'knowledge.embeddingStatus', { warmup: true })).toMatchObject({ state: 'off' });
      await expect.poll(() => counts.disposed).toBe(1);
      modelId = 'deskmate-embed';
      expect((await call(h, 'knowledge.embeddingStatus', { warmup: true })).state).toBe('loading');
      await expect.poll(async () => (await call(h, 'knowledge.embeddingStatus', {})).state).toBe('ready');
      expect(counts.loads).toBe(2);
    }));
});
