/**
 * Classification inside the extension: model load in the offscreen document
 * (first load compiles ONNX Runtime's wasm), then the round trip
 * page → background → offscreen → back for one message at a time (p50/p95 over
 * 500 distinct messages, so the verdict cache never answers), and batched.
 * The sender is an extension page; a content script's runtime.sendMessage takes
 * the same route through the background.
 */
import { quickAbuseCheck } from '../lib/classify/lexicon';
import { chromiumAvailable, timedSend, withExtension } from './support/extension';
import { fmtMs, percentile } from './stats';

const N = 500;
const SEEDS = [
  '你好，我的订单什么时候能到？',
  '已经第三次联系你们了，再不解决我就投诉到12315！',
  '你们客服都是SB吗，垃圾服务',
  'Thanks for the quick help, much appreciated!',
  'This is the worst service I have ever had.',
  'Where is my refund? It has been two weeks.',
  '谢谢，问题解决了',
  'f*ck this, I want my money back',
];
const messages = Array.from({ length: N }, (_, i) => `${SEEDS[i % SEEDS.length]} #${i}`);

export async function run(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log('skipped: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');
    return;
  }
  await withExtension(async ({ extensionPage }) => {
    const loadStart = Date.now();
    await timedSend(extensionPage, 'classify.status', { warmup: true });
    let status: { state: string; loadMs: number | null } = { state: 'loading', loadMs: null };
    while (status.state === 'loading' || status.state === 'idle') {
      await new Promise((r) => setTimeout(r, 100));
      status = (await timedSend(extensionPage, 'classify.status', { warmup: false })).reply.value as typeof status;
    }
    console.log(`model load in the offscreen document: ${fmtMs(status.loadMs ?? Date.now() - loadStart)} (state ${status.state})`);
    const single: number[] = [];
    for (const text of messages) {
      const { ms, reply } = await timedSend(extensionPage, 'classify.messages', { texts: [text] });
      if (!reply.ok) throw new Error(reply.error);
      single.push(ms);
    }
    console.log(`round trip, one message per call (${N}): p50 ${fmtMs(percentile(single, 50))} · p95 ${fmtMs(percentile(single, 95))}`);
    const batched: number[] = [];
    for (let i = 0; i < N; i += 50) {
      const { ms } = await timedSend(extensionPage, 'classify.messages', { texts: messages.slice(i, i + 50).map((t) => `${t} b`) });
      batched.push(ms / 50);
    }
    console.log(`round trip, batches of 50: p50 ${fmtMs(percentile(batched, 50))} per message`);
    const cached: number[] = [];
    for (const text of messages.slice(0, 100)) cached.push((await timedSend(extensionPage, 'classify.messages', { texts: [text] })).ms);
    console.log(`round trip, cached verdict (protocol overhead): p50 ${fmtMs(percentile(cached, 50))} · p95 ${fmtMs(percentile(cached, 95))}`);
  });
  const lexicon = messages.map((t) => {
    const s = performance.now();
    quickAbuseCheck(t);
    return performance.now() - s;
  });
  console.log(`keyword baseline (on-page lexicon, same messages, Node): p50 ${fmtMs(percentile(lexicon, 50))} · p95 ${fmtMs(percentile(lexicon, 95))}`);
}
