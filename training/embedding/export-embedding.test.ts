import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoTokenizer } from '@huggingface/transformers';
import { createTextEmbedder } from '../../lib/knowledge/embedding/text-embedder';
import { loadFromRoot } from '../../lib/models/offline-env';
import { quantizeRows } from '../export-onnx';
import { featureIds } from '../features';
import { writeTokenizer } from '../model-files';
import { buildVocab } from '../vocab';
import { exportEmbeddingOnnx } from './export-embedding';
import { embed, initEmbedding } from './model';

// The exported graph, run by transformers.js `feature-extraction` with mean pooling, must compute model.ts's embed.
describe('embedding ONNX export', () => {
  it('matches the training-time embedding through the real pipeline (q8 within rounding)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'deskmate-embed-test-')) + '/';
    const texts = ['where is my parcel', 'I want a refund for order 1234', '我的快递到哪了', 'cancel my subscription please'];
    const vocab = buildVocab(texts.flatMap((t) => [t, t, t]), { maxWords: 100, maxPieces: 50, minCharCount: 1 });
    writeTokenizer('tiny-embed', vocab, root);
    const spec = { vocabSize: vocab.length, buckets: 101 };
    const model = initEmbedding(vocab.length + spec.buckets, 8, 7);
    // Compare against the weights the q8 file holds, so only float rounding remains.
    const { q, scales } = quantizeRows(model);
    const deq = { ...model, emb: Float32Array.from(q, (v, i) => v * scales[Math.floor(i / model.dim)]!) };
    writeFileSync(join(root, 'tiny-embed/onnx/model_quantized.onnx'), exportEmbeddingOnnx(model, spec, true));
    writeFileSync(join(root, 'tiny-embed/config.json'), JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], vocab_size: vocab.length, hidden_size: 8 }));

    const tokenizer = await loadFromRoot(root, () => AutoTokenizer.from_pretrained('tiny-embed'));
    const embedder = await createTextEmbedder({ modelRoot: root, modelId: 'tiny-embed', device: 'cpu' });
    const got = await embedder.embed(texts);
    texts.forEach((t, i) => {
      const want = embed(deq, featureIds(tokenizer.encode(t) as number[], spec));
      want.forEach((x, d) => expect(got[i]![d]).toBeCloseTo(x, 4));
    });
    await embedder.dispose();
  });
});
