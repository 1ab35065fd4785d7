/**
 * Sentence embeddings for re-ranking knowledge suggestions: a transformers.js
 * `feature-extraction` pipeline with mean pooling and unit length, loaded only
 * from the extension's (or the repo's) own files or an organisation's mirror.
 * The offscreen document and the CLI both use this, so `kb-search` ranks
 * exactly as the panel does.
 */
import { pipeline } from '@huggingface/transformers';
import { isBrowser, loadFromRoot } from '../../models/offline-env';

/** The bundled model (public/models/deskmate-embed, trained by `npm run train:embedding`). */
export const BUNDLED_EMBEDDING_MODEL_ID = 'deskmate-embed';

export interface TextEmbedder {
  modelId: string;
  /** Unit-length vectors, one per text. */
  embed(texts: string[]): Promise<number[][]>;
  dispose(): Promise<void>;
}

export interface TextEmbedderOptions {
  /** URL prefix (chrome.runtime.getURL('/models/')), a mirror URL, or a local folder; ending in '/'. */
  modelRoot: string;
  /** @default BUNDLED_EMBEDDING_MODEL_ID */
  modelId?: string;
  /** @default 'wasm' in a browser, 'cpu' in Node */
  device?: 'wasm' | 'cpu';
  /** Texts per pipeline call: bounds padding waste when a long article shares a batch with a short question. @default 16 */
  batchSize?: number;
  onProgress?: (p: { loaded: number; total: number }) => void;
}

interface Extractor {
  (texts: string[], o: { pooling: 'mean'; normalize: true }): Promise<{ tolist(): number[][] }>;
  dispose(): Promise<void>;
}

export async function createTextEmbedder(opts: TextEmbedderOptions): Promise<TextEmbedder> {
  const modelId = opts.modelId || BUNDLED_EMBEDDING_MODEL_ID;
  const batchSize = opts.batchSize ?? 16;
  const extractor = (await loadFromRoot(opts.modelRoot, () =>
    pipeline('feature-extraction', modelId, {
      device: opts.device ?? (isBrowser ? 'wasm' : 'cpu'),
      // Only the q8 file ships; an organisation's own model must be published with one too.
      dtype: 'q8',
      progress_callback: (p: { status: string; loaded?: number; total?: number }) => {
        if (p.status === 'progress' && opts.onProgress) opts.onProgress({ loaded: p.loaded ?? 0, total: p.total ?? 0 });
      },
    }),
  )) as unknown as Extractor;
  return {
    modelId,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        // An empty text has no tokens to pool: give it the [CLS] [SEP] frame like any other.
        const batch = texts.slice(i, i + batchSize).map((t) => t || ' ');
        out.push(...(await extractor(batch, { pooling: 'mean', normalize: true })).tolist());
      }
      return out;
    },
    dispose: () => extractor.dispose(),
  };
}
