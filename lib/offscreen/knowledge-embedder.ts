import { browser } from 'wxt/browser';
import { BUNDLED_EMBEDDING_MODEL_ID, createTextEmbedder, type TextEmbedder, type TextEmbedderOptions } from '../knowledge/embedding/text-embedder';
import { embeddingReranker, type Reranker } from '../knowledge/search/rerank';
import type { EmbeddingStatus } from '../messaging/messages/knowledge';
import type { Settings } from '../settings/schema';

/**
 * How long the first search waits for the embedding model while it is still loading. Past it
 * searches rank by keywords until the load ends: a slow mirror (or the classifier's models ahead
 * in the load queue, see offline-env.ts) must not hold suggestions back.
 */
export const EMBEDDER_WAIT_MS = 5000;

export interface KnowledgeEmbedderOptions {
  /** Where the bundled models are: the extension's own files. Injected by tests (the repo's public/models/). */
  bundledRoot?: () => string;
  /** Injected by tests to count or fail loads. */
  create?: (o: TextEmbedderOptions) => Promise<TextEmbedder>;
  /** @default EMBEDDER_WAIT_MS */
  waitMs?: number;
}

/** The re-rank model of the offscreen document, following `knowledge.embeddingModelId` (and the classifier's model mirror). */
export interface KnowledgeEmbedder {
  /** The reranker for these settings, loading the model on first use; undefined while off, failed, or not ready within the wait. */
  reranker(settings: Settings): Promise<Reranker | undefined>;
  /** Starts loading for these settings without waiting (the options page's status line). */
  warmup(settings: Settings): void;
  /** The status for these settings: a changed setting shows as idle (or off) at once. */
  status(settings: Settings): EmbeddingStatus;
}

interface Loaded {
  embedder: TextEmbedder;
  rerank: Reranker;
}

interface Wanted {
  /** Empty: off. */
  key: string;
  modelId: string;
  mirror: string;
}

function wanted(settings: Settings): Wanted {
  const modelId = settings.knowledge.embeddingModelId.trim();
  const raw = settings.classification.modelMirrorUrl.trim();
  // Only a model other than the bundled one is looked for on the mirror, so only then does the mirror matter.
  const mirror = modelId && modelId !== BUNDLED_EMBEDDING_MODEL_ID && raw ? (raw.endsWith('/') ? raw : `${raw}/`) : '';
  return { key: modelId ? `${modelId}\n${mirror}` : '', modelId, mirror };
}

const OFF: EmbeddingStatus = { state: 'off', source: 'bundled', modelId: '', fallback: null, requested: null, message: null, loadMs: null };

export function createKnowledgeEmbedder(opts: KnowledgeEmbedderOptions = {}): KnowledgeEmbedder {
  const bundledRoot = opts.bundledRoot ?? (() => (browser.runtime.getURL as (path: string) => string)('/models/'));
  const create = opts.create ?? createTextEmbedder;
  const waitMs = opts.waitMs ?? EMBEDDER_WAIT_MS;

  // One slot: the model for the settings last seen. A new setting replaces it (and frees the old model).
  // `waited`: a search already gave up waiting on this load; later ones do not wait again (a hanging mirror would cost each of them the wait).
  let slot: { want: Wanted; loading: Promise<Loaded | null> | null; loaded: Loaded | null; waited: boolean } = {
    want: { key: '', modelId: '', mirror: '' },
    loading: null,
    loaded: null,
    waited: false,
  };
  let status: EmbeddingStatus = OFF;

  const idleFor = (w: Wanted): EmbeddingStatus =>
    w.key ? { state: 'idle', source: w.mirror ? 'mirror' : 'bundled', modelId: w.modelId, fallback: null, requested: null, message: null, loadMs: null } : OFF;

  function follow(settings: Settings): void {
    const want = wanted(settings);
    if (want.key === slot.want.key) return;
    const old = slot;
    slot = { want, loading: null, loaded: null, waited: false };
    status = idleFor(want);
    // A search may still be embedding with the old model; if disposal cuts it short, searchWithRerank falls back to keywords.
    void old.loading?.then((l) => l?.embedder.dispose()).catch(() => undefined);
  }

  async function load(current: typeof slot): Promise<Loaded | null> {
    const { modelId, mirror } = current.want;
    const started = performance.now();
    const isCurrent = () => slot === current;
    const set = (s: EmbeddingStatus) => {
      if (isCurrent()) status = s;
    };
    set({ ...idleFor(current.want), state: 'loading' });
    const done = (embedder: TextEmbedder, s: Omit<EmbeddingStatus, 'state' | 'loadMs'>): Loaded | null => {
      if (!isCurrent()) {
        void embedder.dispose().catch(() => undefined);
        return null;
      }
      status = { ...s, state: 'ready', loadMs: performance.now() - started };
      current.loaded = { embedder, rerank: embeddingReranker((texts) => embedder.embed(texts)) };
      return current.loaded;
    };

    let fallback: EmbeddingStatus['fallback'] = null;
    let reason: string | null = null;
    if (modelId !== BUNDLED_EMBEDDING_MODEL_ID) {
      if (!mirror) fallback = 'no-mirror';
      else {
        try {
          const embedder = await create({ modelRoot: mirror, modelId });
          return done(embedder, { source: 'mirror', modelId, fallback: null, requested: null, message: null });
        } catch (err) {
          fallback = 'mirror-failed';
          reason = `model mirror ${mirror}: ${(err as Error).message}`;
        }
      }
    }
    try {
      const embedder = await create({ modelRoot: bundledRoot(), modelId: BUNDLED_EMBEDDING_MODEL_ID });
      return done(embedder, { source: 'bundled', modelId: BUNDLED_EMBEDDING_MODEL_ID, fallback, requested: fallback ? modelId : null, message: reason });
    } catch (err) {
      // Not retried for the same setting: the bundled files do not heal; a new setting (or a new offscreen document) tries again.
      const message = [reason, (err as Error).message].filter(Boolean).join('; ');
      set({ state: 'error', source: 'bundled', modelId: BUNDLED_EMBEDDING_MODEL_ID, fallback, requested: fallback ? modelId : null, message, loadMs: null });
      console.warn('[deskmate] knowledge re-rank model not loaded, ranking by keywords:', message);
      return null;
    }
  }

  function start(settings: Settings): typeof slot | null {
    follow(settings);
    if (!slot.want.key) return null;
    slot.loading ??= load(slot);
    return slot;
  }

  return {
    async reranker(settings) {
      const current = start(settings);
      if (!current) return undefined;
      if (current.loaded) return current.loaded.rerank;
      if (current.waited) return undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
      const loaded = await Promise.race([current.loading, timeout]);
      clearTimeout(timer);
      if (!current.loaded) current.waited = true;
      return loaded?.rerank;
    },
    warmup(settings) {
      start(settings);
    },
    status(settings) {
      follow(settings);
      return status;
    },
  };
}
