import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@huggingface/transformers';
import { createMessageClassifier } from '../classify/classifier';
import { createTextEmbedder } from '../knowledge/embedding/text-embedder';
import { startModelMirror } from '../../e2e/servers/model-mirror.mjs';

// The e2e mirror: the bundled models served over HTTP under other names.
describe('models from an organisation mirror (HTTP)', () => {
  let mirror: Awaited<ReturnType<typeof startModelMirror>>;
  beforeAll(async () => {
    mirror = await startModelMirror();
  });
  afterAll(() => mirror?.close());

  it('loads tokenizer and weights, so the pipelines work (not only load)', async () => {
    const embedder = await createTextEmbedder({ modelRoot: mirror.url, modelId: 'org-embed', device: 'cpu' });
    expect((await embedder.embed(['where is my parcel?']))[0]!.length).toBeGreaterThan(0);
    const classifier = await createMessageClassifier({ modelRoot: mirror.url, modelIds: { sentiment: 'org-sentiment', abuse: 'org-abuse' }, dtype: 'q8' });
    const [verdict] = await classifier.classify(['you stupid idiot, f*ck off']);
    expect(verdict!.abuse.label).toBe('abusive');
    expect(mirror.served).toEqual(expect.arrayContaining(['org-embed/tokenizer.json', 'org-sentiment/tokenizer.json', 'org-abuse/onnx/model_quantized.onnx']));
    await Promise.all([embedder.dispose(), classifier.dispose()]);
  });

  it('keeps no copy of the files after the load, and never writes the file cache', async () => {
    await createTextEmbedder({ modelRoot: mirror.url, modelId: 'org-embed', device: 'cpu' }).then((e) => e.dispose());
    expect(env.useCustomCache).toBe(false);
    expect(env.customCache).toBeNull();
    expect(env.useFSCache).toBe(false);
  });
});
