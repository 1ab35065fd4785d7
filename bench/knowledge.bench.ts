/**
 * Knowledge base (issue 5) at 10,000 articles, half Chinese, half English
 * (synthetic, lib/knowledge/eval/generate-articles): import as the options page
 * does it (CSV bytes → parseKnowledgeFile → createKnowledgeIndex), then query
 * latency for Deskmate's ranking beside a plain MiniSearch configuration
 * measured in the same run. Target: p95 ≤ 10 ms per query.
 * `KB_BENCH_N=2000 npm run bench -- knowledge` for a quicker run.
 */
import { loadavg } from 'node:os';
import Papa from 'papaparse';
import { parseKnowledgeFile } from '../lib/knowledge/import/parse-knowledge-file';
import { createKnowledgeIndex } from '../lib/knowledge/search/knowledge-index';
import { createPlainIndex } from '../lib/knowledge/eval/plain-bm25';
import { generateArticles, generateQueries } from '../lib/knowledge/eval/generate-articles';
import { fmtMs, percentile } from './stats';

function latencies(queries: string[], search: (q: string) => unknown): number[] {
  for (const q of queries.slice(0, 20)) search(q); // warm up the JIT
  return queries.map((q) => {
    const t = performance.now();
    search(q);
    return performance.now() - t;
  });
}

export async function run(): Promise<void> {
  const n = Number(process.env.KB_BENCH_N ?? 10_000);
  const generated = generateArticles(n);
  const csv = Papa.unparse(generated.map((a) => ({ title: a.title, body: a.body, tags: a.tags!.join('|'), locale: /\p{Script=Han}/u.test(a.title) ? 'zh-CN' : 'en' })));
  const bytes = new TextEncoder().encode(csv);

  let t = performance.now();
  const articles = await parseKnowledgeFile({ bytes, filename: 'bench.csv' });
  const parseMs = performance.now() - t;
  t = performance.now();
  const ours = createKnowledgeIndex(articles);
  const indexMs = performance.now() - t;
  t = performance.now();
  const snapshotJson = JSON.stringify(ours.snapshot());
  const snapshotMs = performance.now() - t;
  t = performance.now();
  createKnowledgeIndex(articles, { snapshot: JSON.parse(snapshotJson) });
  const reloadMs = performance.now() - t;
  t = performance.now();
  const plain = createPlainIndex(articles);
  const plainIndexMs = performance.now() - t;

  const queries = generateQueries(articles, 1000);
  const load = loadavg()[0]!.toFixed(1);
  const mine = latencies(queries, (q) => ours.search(q, { k: 5 }));
  const ref = latencies(queries, (q) => plain.search(q, 5));
  const isZh = queries.map((q) => /\p{Script=Han}/u.test(q));
  const part = (xs: number[], zh: boolean) => xs.filter((_, i) => isZh[i] === zh);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;

  console.log(`${n} articles (${(bytes.length / 2 ** 20).toFixed(1)} MB CSV, zh+en), ${queries.length} queries`);
  console.log(`import: parse+sanitise ${fmtMs(parseMs)}, index ${fmtMs(indexMs)} (plain MiniSearch index ${fmtMs(plainIndexMs)})`);
  console.log(`restart from a stored snapshot: snapshot+stringify ${fmtMs(snapshotMs)} (${(snapshotJson.length / 2 ** 20).toFixed(1)} MB JSON), parse+load ${fmtMs(reloadMs)}`);
  console.log(`query Deskmate        p50 ${fmtMs(percentile(mine, 50))}  p95 ${fmtMs(percentile(mine, 95))}  max ${fmtMs(Math.max(...mine))}`);
  console.log(`query plain MiniSearch p50 ${fmtMs(percentile(ref, 50))}  p95 ${fmtMs(percentile(ref, 95))}  max ${fmtMs(Math.max(...ref))}`);
  for (const zh of [true, false]) {
    const m = part(mine, zh);
    console.log(`  ${zh ? 'zh' : 'en'} queries (${m.length}): Deskmate p50 ${fmtMs(percentile(m, 50))} p95 ${fmtMs(percentile(m, 95))} · plain p50 ${fmtMs(percentile(part(ref, zh), 50))} p95 ${fmtMs(percentile(part(ref, zh), 95))}`);
  }
  console.log(`1-min load average at query time: ${load} on this machine`);
  console.log(`heap after both indexes: ${heap.toFixed(0)} MB · target p95 ≤ 10 ms: ${percentile(mine, 95) <= 10 ? 'met' : 'NOT met'}`);
}
