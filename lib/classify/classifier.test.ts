import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { env } from '@huggingface/transformers';
import { createMessageClassifier, type MessageClassifier } from './classifier';

// Uses only the model files committed under public/models, so it runs in a fresh clone.
const modelRoot = fileURLToPath(new URL('../../public/models/', import.meta.url));

describe.each(['q8', 'fp32'] as const)('createMessageClassifier (%s, shipped model, offline)', (dtype) => {
  let classifier: MessageClassifier;
  const fetchSpy = vi.spyOn(globalThis, 'fetch');

  beforeAll(async () => {
    classifier = await createMessageClassifier({ modelRoot, dtype });
  });
  afterAll(async () => {
    await classifier.dispose();
  });

  it('configures transformers.js for local files only', () => {
    expect(env.allowRemoteModels).toBe(false);
    expect(env.useBrowserCache).toBe(false);
    expect(env.localModelPath).toBe(modelRoot);
    const remote = fetchSpy.mock.calls.filter(([url]) => /^https?:/.test(String(url)));
    expect(remote).toEqual([]);
  });

  it.each([
    ['你个SB客服，滚', 'abusive', 'negative'],
    ['you stupid idiot, f*ck off', 'abusive', 'negative'],
    ['Hi, could you tell me when my order will arrive?', 'clean', 'neutral'],
    ['我的订单什么时候到', 'clean', 'neutral'],
    ['谢谢，问题解决了，服务很好', 'clean', 'positive'],
  ])('%s → %s, %s', async (text, abuse, sentiment) => {
    const [r] = await classifier.classify([text]);
    expect(r!.abuse.label).toBe(abuse);
    expect(r!.sentiment.label).toBe(sentiment);
    expect(r!.abuse.score).toBeGreaterThanOrEqual(0.5);
  });

  it('classifies a batch in input order, longer than one internal batch', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'you idiot' : 'where is my parcel?'));
    const out = await classifier.classify(texts);
    expect(out.map((r) => r.abuse.label)).toEqual(texts.map((t) => (t === 'you idiot' ? 'abusive' : 'clean')));
  });

  it('returns neutral and clean for text that normalises to nothing', async () => {
    expect(await classifier.classify(['', ' \u200B '])).toEqual([
      { sentiment: { label: 'neutral', score: 1 }, abuse: { label: 'clean', score: 1 }, sentimentScores: { negative: 0, neutral: 1, positive: 0 } },
      { sentiment: { label: 'neutral', score: 1 }, abuse: { label: 'clean', score: 1 }, sentimentScores: { negative: 0, neutral: 1, positive: 0 } },
    ]);
  });
});

describe('createMessageClassifier with a missing model', () => {
  it('fails clearly instead of reaching for the model hub', async () => {
    await expect(createMessageClassifier({ modelRoot, modelIds: { sentiment: 'no-such-model', abuse: 'deskmate-abuse' } })).rejects.toThrow();
  });
});

describe('q8 model fidelity', () => {
  it('q8 and fp32 agree on ≥ 97% of labels over the service-chat dev set', async () => {
    const lines = (await import('node:fs')).readFileSync(new URL('../../training/data/cs-chat-dev.jsonl', import.meta.url), 'utf8');
    const texts = lines.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
    const [q8, fp32] = await Promise.all([createMessageClassifier({ modelRoot, dtype: 'q8' }), createMessageClassifier({ modelRoot, dtype: 'fp32' })]);
    const [a, b] = [await q8.classify(texts), await fp32.classify(texts)];
    const same = a.filter((r, i) => r.abuse.label === b[i]!.abuse.label && r.sentiment.label === b[i]!.sentiment.label).length;
    expect(same / texts.length).toBeGreaterThanOrEqual(0.97);
    await Promise.all([q8.dispose(), fp32.dispose()]);
  });
});
