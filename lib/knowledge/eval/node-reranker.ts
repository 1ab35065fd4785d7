import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_EMBEDDING_MODEL_ID, createTextEmbedder, type TextEmbedder } from '../embedding/text-embedder';
import { embeddingReranker, type Reranker } from '../search/rerank';

/** The repo's public/models/: the same files the extension ships, so the CLI ranks as the panel does. */
export const REPO_MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/models') + '/';

/**
 * The re-ranker the extension uses by default (`knowledge.embeddingModelId`), for Node
 * (CLI, eval, bench): the bundled model unless another id or 'none' is given.
 */
export async function nodeReranker(modelId = BUNDLED_EMBEDDING_MODEL_ID, modelRoot = REPO_MODELS_DIR): Promise<{ rerank?: Reranker; embedder?: TextEmbedder }> {
  if (!modelId || modelId === 'none') return {};
  const embedder = await createTextEmbedder({ modelRoot, modelId, device: 'cpu' });
  return { rerank: embeddingReranker((texts) => embedder.embed(texts)), embedder };
}
