/**
 * Knowledge base (issue 5) at 10,000 articles, half Chinese, half English
 * (synthetic, lib/knowledge/eval/generate-articles): import as the options page
 * does it (CSV bytes → parseKnowledgeFile → createKnowledgeIndex), restart from
 * a stored index snapshot, then query latency for Deskmate's ranking beside a
 * plain MiniSearch configuration measured in the same run. Target: p95 ≤ 10 ms.
 * Beside it (not part of the target), the panel's own query shape: a conversation's
 * latest customer messages (buildQueryFromMessages: up to 4, ≤ 400 characters each,
 * recent ones weighing more), searched again at every new customer message.
 *
 * The bench machine is shared, so every figure comes as wall time and as this
 * process's CPU time (process.cpuUsage): wall time includes waiting for a core
 * under contention, CPU time mostly does not.
 * Then the two-stage ranking the panel uses by default (keywords + the bundled
 * embedding re-rank), for information: the target is on the keyword stage.
 * `KB_BENCH_N=2000 npm run bench -- knowledge.bench` for a quicker run.
 */
import { loadavg } from 'node:os';
import Papa from 'papaparse';
import { parseKnowledgeFile } from '../lib/knowledge/import/parse-knowledge-file';
import { createKnowledgeIndex } from '../lib/knowledge/search/knowledge-index';
import { createPlainIndex } from '../lib/knowledge/eval/plain-bm25';
import { generateArticles, generateQueries, seededRandom } from '../lib/knowledge/eval/generate-articles';
import { buildQueryFromMessages } from '../lib/knowledge/query-from-messages';
import type { ChatMessage } from '../lib/consoles/types';
import { fmtMs, percentile } from './stats';
import { nodeReranker } from '../lib/knowledge/eval/node-reranker';
import { DEFAULT_RERANK, embeddingReranker, searchWithRerank } from '../lib/knowledge/search/rerank';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timed<T>(body: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const [w, c] = [performance.now(), cpuMs()];
  const value = await body();
  return { value, wall: performance.now() - w, cpu: cpuMs() - c };
}

/** Wall and CPU time per query; `search` may answer at once (keyword stage) or later (with the model). */
async function latencies<Q>(queries: Q[], warmUp: Q[], search: (q: Q) => unknown): Promise<{ wall: number[]; cpu: number[] }> {
  // Warm up the JIT with other queries: the index caches per-term data, which must not favour measured ones.
  for (const q of warmUp) await search(q);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of queries) {
    const [w, c] = [performance.now(), cpuMs()];
    await search(q);
    wall.push(performance.now() - w);
    cpu.push(cpuMs() - c);
  }
  return { wall, cpu };
}

/**
 * Conversations of `turns` customer messages, each 2–6 generated queries run together (so
 * 10–250 characters, the KB's words plus chatter); one search per new message, as the panel does.
 */
function conversationQueries(articles: Parameters<typeof generateQueries>[0], conversations: number, turns: number) {
  const rnd = seededRandom(3);
  const phrases = generateQueries(articles, conversations * turns * 6, 4);
  const out: ReturnType<typeof buildQueryFromMessages>[] = [];
  let next = 0;
  for (let c = 0; c < conversations; c++) {
    const messages: ChatMessage[] = [];
    for (let t = 0; t < turns; t++) {
      const text = phrases.slice(next, (next += 2 + Math.floor(rnd() * 5))).join(/\p{Script=Han}/u.test(phrases[next - 1]!) ? '，' : ', ');
      messages.push({ id: `${c}-${t}`, role: 'customer', name: '', text, time: null });
      out.push(buildQueryFromMessages(messages));
    }
  }
  return out;
}

const both = (t: { wall: number; cpu: number }) => `${fmtMs(t.wall)} wall / ${fmtMs(t.cpu)} CPU`;
const pct = (xs: number[], zh: boolean[] | null, want?: boolean) => {
  const sel = zh && want !== undefined ? xs.filter((_, i) => zh[i] === want) : xs;
  return `p50 ${fmtMs(percentile(sel, 50))} p95 ${fmtMs(percentile(sel, 95))}`;
};

export async function run(): Promise<void> {
  const n = Number(process.env.KB_BENCH_N ?? 10_000);
  const generated = generateArticles(n);
  const csv = Papa.unparse(generated.map((a) => ({ title: a.title, body: a.body, tags: a.tags!.join('|'), locale: /\p{Script=Han}/u.test(a.title) ? 'zh-CN' : 'en' })));
  const bytes = new TextEncoder().encode(csv);

  const parsed = await timed(() => parseKnowledgeFile({ bytes, filename: 'bench.csv' }));
  const articles = parsed.value;
  const built = await timed(() => createKnowledgeIndex(articles));
  const ours = built.value;
  const snap = await timed(() => JSON.stringify(ours.snapshot()));
  const reload = await timed(() => createKnowledgeIndex(articles, { snapshot: JSON.parse(snap.value) }));
  const plainBuilt = await timed(() => createPlainIndex(articles));
  const plain = plainBuilt.value;

  const queries = generateQueries(articles, 1000);
  const zh = queries.map((q) => /\p{Script=Han}/u.test(q));
  const load = loadavg()[0]!.toFixed(1);
  const warmUp = generateQueries(articles, 20, 5);
  const mine = await latencies(queries, warmUp, (q) => ours.search(q, { k: 5 }));
  const ref = await latencies(queries, warmUp, (q) => plain.search(q, 5));
  const [warmConversations, ...conversations] = conversationQueries(articles, 101, 6);
  const conversation = await latencies(conversations, [warmConversations!], (q) => ours.search(q, { k: 5 }));

  console.log(`${n} articles (${(bytes.length / 2 ** 20).toFixed(1)} MB CSV, zh+en), ${queries.length} queries (${zh.filter(Boolean).length} zh)`);
  console.log(`import: parse+sanitise ${both(parsed)}; index ${both(built)} (plain MiniSearch index ${both(plainBuilt)})`);
  console.log(`restart from snapshot: snapshot+stringify ${both(snap)} (${(snap.value.length / 2 ** 20).toFixed(1)} MB JSON), parse+load ${both(reload)}`);
  for (const [label, xs] of [['wall', 'wall'], ['CPU ', 'cpu']] as const) {
    console.log(`query ${label} Deskmate all ${pct(mine[xs], null)} · zh ${pct(mine[xs], zh, true)} · en ${pct(mine[xs], zh, false)}`);
    console.log(`query ${label} plain    all ${pct(ref[xs], null)} · zh ${pct(ref[xs], zh, true)} · en ${pct(ref[xs], zh, false)}`);
  }
  console.log(`query CPU  Deskmate conversation (panel: ≤ 4 latest customer messages, re-searched per message) ${pct(conversation.cpu, null)}`);
  console.log(`1-min load average at query time: ${load} (2 cores) · heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
  console.log(`target p95 ≤ 10 ms (Deskmate, CPU time): ${percentile(mine.cpu, 95) <= 10 ? 'met' : 'NOT met'}`);

  // The second stage as the panel runs it by default: the bundled deskmate-embed model (onnxruntime-node here,
  // WASM in the extension). Above DEFAULT_RERANK.denseMaxArticles only the keyword pool is re-ranked; below,
  // the nearest-in-meaning articles join, which embeds every article once (the first query pays for it).
  const { embedder } = await nodeReranker();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sample = queries.slice(0, 300);
  // 10,000 articles is above DEFAULT_RERANK.denseMaxArticles: queries re-rank the keyword pool, embedding
  // candidates not seen before, while the offscreen document embeds the whole KB in the background (warm).
  const cold = embeddingReranker((texts) => embedder!.embed(texts));
  const coldStage = await latencies(sample, [], (q) => searchWithRerank(ours, (id) => byId.get(id), q, { k: 5, rerank: cold, dense: () => articles }));
  console.log(`query two-stage, ${n} articles, before the KB is embedded (re-rank of the keyword top ${DEFAULT_RERANK.pool}), ${sample.length} queries: wall ${pct(coldStage.wall, null)} · CPU ${pct(coldStage.cpu, null)}`);
  const warmed = await timed(() => cold.warm(articles, { batch: 32 }));
  console.log(`embedding all ${n} articles ahead (the offscreen document does this in the background): ${both(warmed)}`);
  const warmStage = await latencies(queries.slice(300, 600), [], (q) => searchWithRerank(ours, (id) => byId.get(id), q, { k: 5, rerank: cold, dense: () => articles }));
  console.log(`query two-stage, ${n} articles embedded (keyword pool + nearest in meaning), 300 queries: wall ${pct(warmStage.wall, null)} · CPU ${pct(warmStage.cpu, null)}`);
  const small = articles.slice(0, 2000);
  const smallIndex = createKnowledgeIndex(small);
  const smallById = new Map(small.map((a) => [a.id, a]));
  // A reranker with an empty vector cache (same model), so the first query pays for embedding the KB.
  const fresh = embeddingReranker((texts) => embedder!.embed(texts));
  const dense = await latencies(sample, [], (q) => searchWithRerank(smallIndex, (id) => smallById.get(id), q, { k: 5, rerank: fresh, dense: () => small }));
  const [firstWall, ...restWall] = dense.wall;
  const [firstCpu, ...restCpu] = dense.cpu;
  console.log(
    `query two-stage, ${small.length} articles (under the limit: the first query embeds every article): first ${fmtMs(firstWall!)} wall / ${fmtMs(firstCpu!)} CPU; then wall ${pct(restWall, null)} · CPU ${pct(restCpu, null)}`,
  );
  await embedder?.dispose();
}
