import type { DeskmateDb } from '../db/database';
import type { KnowledgeArticle } from '../knowledge/types';
import { DEFAULT_RERANK, type EmbeddingReranker, type Reranker, type StoredVectors } from '../knowledge/search/rerank';

export const VECTORS_META_KEY = 'knowledge.vectors';

interface StoredRecord extends StoredVectors {
  /** The index version (article count and newest update) and the model the vectors were made with. */
  version: string;
  model: string;
}

export interface VectorSource {
  /** `count:newestUpdate` of the articles, as the index snapshot uses. */
  version: string;
  articles: KnowledgeArticle[];
}

const isEmbeddingReranker = (r: Reranker | undefined): r is EmbeddingReranker => !!r && 'exportVectors' in r;

/**
 * Keeps the re-rank model's article vectors across offscreen sessions, so a
 * new browser session ranks by meaning at once instead of embedding the KB
 * again: before the first search of an index, vectors stored for the same
 * articles and model are taken back; what is missing is embedded (a large KB
 * in the background, in batches of 8, ~25 ms each in WASM, that let searches
 * through; a small one by its first search), and the full set is stored once.
 */
export function createVectorKeeper(db: DeskmateDb) {
  let current: { rerank: EmbeddingReranker; source: VectorSource; model: string; restored: Promise<void>; stored: boolean; stop: AbortController } | null = null;

  async function store(c: NonNullable<typeof current>): Promise<void> {
    if (c.stored || c !== current) return;
    const all = c.source.articles;
    if (!all.every((a) => c.rerank.has(a))) return;
    c.stored = true;
    const record: StoredRecord = { version: c.source.version, model: c.model, ...c.rerank.exportVectors(all) };
    // A full quota only costs the next session the embedding: say so and go on.
    await db.meta.put({ key: VECTORS_META_KEY, value: record }).catch((err: Error) => console.warn('[deskmate] knowledge vectors not stored:', err.message));
  }

  return {
    /** Call before searching `source` with `rerank`; resolves once stored vectors are back (a no-op after the first call). */
    async prepare(source: VectorSource, rerank: Reranker | undefined, model: string): Promise<void> {
      if (!isEmbeddingReranker(rerank) || source.articles.length === 0) return;
      if (current?.rerank !== rerank || current.source !== source || current.model !== model) {
        current?.stop.abort();
        const stop = new AbortController();
        const restored = (async () => {
          const stored = (await db.meta.get(VECTORS_META_KEY))?.value as StoredRecord | undefined;
          if (stored?.version === source.version && stored.model === model) rerank.importVectors(source.articles, stored);
        })().catch((err: Error) => console.warn('[deskmate] stored knowledge vectors not read:', err.message));
        const c = { rerank, source, model, restored, stored: false, stop };
        current = c;
        await restored;
        if (source.articles.length > DEFAULT_RERANK.denseMaxArticles) {
          void rerank
            .warm(source.articles, { signal: stop.signal, batch: 8 })
            .then(() => store(c))
            .catch((err: Error) => console.warn('[deskmate] knowledge vectors not prepared:', err.message));
        }
      }
      await current.restored;
    },
    /** After a search: a small KB has just been embedded whole by it, so store the vectors (once). */
    afterSearch(): Promise<void> {
      return current && !current.stored && current.source.articles.length <= DEFAULT_RERANK.denseMaxArticles ? store(current) : Promise.resolve();
    },
    /** The articles changed: stop embedding the old ones and forget the stored vectors. */
    async reset(): Promise<void> {
      current?.stop.abort();
      current = null;
      await db.meta.delete(VECTORS_META_KEY);
    },
  };
}
