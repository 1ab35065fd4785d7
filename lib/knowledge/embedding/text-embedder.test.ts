import { describe, expect, it } from 'vitest';
import { createTextEmbedder } from './text-embedder';
import { REPO_MODELS_DIR } from '../eval/node-reranker';

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

// The bundled model, run for real through transformers.js and onnxruntime-node: the files the extension ships.
describe('bundled text embedder (deskmate-embed)', async () => {
  const embedder = await createTextEmbedder({ modelRoot: REPO_MODELS_DIR, device: 'cpu' });

  it('gives unit-length vectors of the model size, one per text, empty text included', async () => {
    const vecs = await embedder.embed(['Where is my parcel?', '我的快递到哪了', '']);
    expect(vecs).toHaveLength(3);
    for (const v of vecs) {
      expect(v.length).toBeGreaterThanOrEqual(16);
      expect(Math.hypot(...v)).toBeCloseTo(1, 4);
    }
  });

  it('puts a paraphrase closer than an unrelated question, in English and Chinese', async () => {
    const [a, b, c, d, e, f] = await embedder.embed([
      'I want my money back for this order',
      'how do I get a refund',
      'what is the weather like in Paris',
      '花呗怎么还款',
      '花呗还款方式有哪些',
      '我想修改收货地址',
    ]);
    expect(dot(a!, b!)).toBeGreaterThan(dot(a!, c!));
    expect(dot(d!, e!)).toBeGreaterThan(dot(d!, f!));
  });

  it('embeds a text the same alone or in a batch with longer texts (padding is masked)', async () => {
    const [alone] = await embedder.embed(['cancel my subscription']);
    const batch = await embedder.embed(['cancel my subscription', 'a much longer text about delivery times, tracking numbers and the courier that lost the parcel']);
    alone!.forEach((x, i) => expect(batch[0]![i]).toBeCloseTo(x, 5));
  });
});
