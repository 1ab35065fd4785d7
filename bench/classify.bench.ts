/**
 * Sentiment + abuse in Node: model load time, per-message latency (one message
 * per classify call, both models, p50/p95 over 500 messages) and batched
 * throughput, for q8 (what the extension runs) and fp32; beside them the
 * keyword approaches measured on the same messages: the on-page lexicon
 * (quickAbuseCheck) and the AFINN `sentiment` package.
 * Messages: the hand-written service-chat dev set, cycled to 500.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { createMessageClassifier } from '../lib/classify/classifier';
import { quickAbuseCheck } from '../lib/classify/lexicon';
import { fmtMs, percentile } from './stats';

const N = 500;
const modelRoot = fileURLToPath(new URL('../public/models/', import.meta.url));
const chatFile = new URL('../training/data/cs-chat-dev.jsonl', import.meta.url);

function messages(): string[] {
  const base = readFileSync(chatFile, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
  return Array.from({ length: N }, (_, i) => base[i % base.length]!);
}

function timeEach(texts: string[], fn: (t: string) => unknown): number[] {
  return texts.map((t) => {
    const s = performance.now();
    fn(t);
    return performance.now() - s;
  });
}

const line = (label: string, samples: number[]) =>
  console.log(`  ${label.padEnd(44)} p50 ${fmtMs(percentile(samples, 50)).padStart(8)}   p95 ${fmtMs(percentile(samples, 95)).padStart(8)}`);

export async function run(): Promise<void> {
  const texts = messages();
  console.log(`  ${N} service-chat messages (zh + en), sentiment + abuse per message`);
  for (const dtype of ['q8', 'fp32'] as const) {
    const t0 = performance.now();
    const classifier = await createMessageClassifier({ modelRoot, dtype });
    console.log(`  [${dtype}] load both models: ${fmtMs(performance.now() - t0)}`);
    await classifier.classify(texts.slice(0, 20)); // warm-up: first runs allocate ORT buffers
    const per: number[] = [];
    for (const t of texts) {
      const s = performance.now();
      await classifier.classify([t]);
      per.push(performance.now() - s);
    }
    line(`[${dtype}] one message per call`, per);
    const s = performance.now();
    await classifier.classify(texts);
    console.log(`  [${dtype}] batched (32 per call): ${fmtMs((performance.now() - s) / N)} per message`);
    await classifier.dispose();
  }
  line('keyword: on-page lexicon (quickAbuseCheck)', timeEach(texts, quickAbuseCheck));
  const afinn = new Sentiment();
  line('keyword: AFINN `sentiment` package', timeEach(texts, (t) => afinn.analyze(t)));
}
