/**
 * Knowledge suggestions through the real extension (issue 5): 10,000 generated
 * articles written into the extension's IndexedDB, then `knowledge.changed`
 * and `knowledge.search` sent from an extension page exactly as the panel
 * sends them (runtime message → service worker → offscreen document → back).
 * The first search pays for building the index; later ones are the panel's
 * steady state, measured beside an empty offscreen round trip (the protocol's
 * own cost at the same moment). The index itself is measured in knowledge.bench.ts.
 *
 * `KNOWLEDGE_BENCH_N=2000 npm run bench -- knowledge-extension` for a quicker run.
 * Skipped with a notice when Chromium is missing.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { generateArticles, generateQueries } from '../lib/knowledge/eval/generate-articles';
import { chromiumAvailable, timedSend, withExtension } from './support/extension';
import { fmtMs, percentile } from './stats';

const SEARCHES = 300;
const BATCH = 2000;

/** Raw IndexedDB from the extension page: same origin as the offscreen document's Dexie database. */
async function putArticles(page: Page, rows: unknown[]): Promise<void> {
  await page.evaluate(
    (batch) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('deskmate');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('articles', 'readwrite');
          for (const row of batch) tx.objectStore('articles').put(row);
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    rows,
  );
}

/** The index snapshot and the article vectors are written after searches return: wait until `key` is there. */
async function waitForMeta(page: Page, key: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const found = await page.evaluate(
      (key) =>
        new Promise<boolean>((done) => {
          const open = indexedDB.open('deskmate');
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').count(key);
            get.onsuccess = () => (open.result.close(), done(get.result > 0));
          };
        }),
      key,
    );
    if (found) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${key} never stored`);
}

async function ask(page: Page, name: string, payload: unknown): Promise<{ ms: number; value: unknown }> {
  const { ms, reply } = await timedSend(page, name, payload);
  if (!reply.ok) throw new Error(`${name}: ${reply.error ?? 'no answer'}`);
  return { ms, value: reply.value };
}

export async function run(): Promise<void> {
  if (!chromiumAvailable()) {
    console.warn('knowledge-extension: skipped (needs /usr/bin/chromium)');
    return;
  }
  const n = Number(process.env.KNOWLEDGE_BENCH_N ?? 10_000);
  await withExtension(async ({ context, extensionPage: page }) => {
    console.log(`### Knowledge suggestions in the extension (headless Chromium, ${n.toLocaleString('en')} generated articles, node ${process.version}, 2 cores)`);
    await ask(page, 'db.stats', {}); // creates the offscreen document and the database
    const articles = generateArticles(n).map((a) => ({ ...a, bodyHtml: a.body, locale: 'en', url: null, source: 'bench', updatedAt: 1 }));
    const startWrite = Date.now();
    for (let i = 0; i < n; i += BATCH) await putArticles(page, articles.slice(i, i + BATCH));
    console.log(`articles written to IndexedDB: ${fmtMs(Date.now() - startWrite)}`);

    await ask(page, 'knowledge.changed', {});
    const queries = generateQueries(articles, 2 * SEARCHES + 1);
    const first = await ask(page, 'knowledge.search', { query: queries[0], question: queries[0], k: 3 });
    console.log(`first knowledge.search (builds the index from IndexedDB): ${fmtMs(first.ms)}`);

    const dist = (s: number[]) => `p50 ${fmtMs(percentile(s, 50))} · p95 ${fmtMs(percentile(s, 95))} · max ${fmtMs(Math.max(...s))}`;
    const phase = async (from: number, label: string) => {
      const searchMs: number[] = [];
      const emptyMs: number[] = [];
      for (let i = from; i < from + SEARCHES; i++) {
        // As the panel asks: the last messages, recency-weighted, plus the latest question.
        const query = [
          { text: queries[i - 1]!, weight: 0.5 },
          { text: queries[i]!, weight: 1 },
        ];
        searchMs.push((await ask(page, 'knowledge.search', { query, question: queries[i], k: 3 })).ms);
        emptyMs.push((await ask(page, 'classify.status', { warmup: false })).ms);
      }
      console.log(`knowledge.search round trip, ${label} (${SEARCHES} two-message queries, k 3, snippets): ${dist(searchMs)}`);
      console.log(`  empty offscreen round trip (classify.status, no work), interleaved: ${dist(emptyMs)}`);
    };
    const status = (await ask(page, 'knowledge.embeddingStatus', {})).value as { state: string; modelId: string; loadMs: number | null };
    console.log(`re-rank model: ${status.modelId} ${status.state}${status.loadMs ? ` (loaded in ${fmtMs(status.loadMs)})` : ''}`);
    await phase(1, 'while the KB is embedded in the background');
    // Give the background embedding of a large KB time to finish (it yields between batches of 32).
    await new Promise((r) => setTimeout(r, Number(process.env.KNOWLEDGE_BENCH_SETTLE_MS ?? 60_000)));
    await phase(1 + SEARCHES, 'after a minute (KB embedded)');

    // A new browser session: the offscreen document starts afresh and loads the stored index snapshot.
    await waitForMeta(page, 'knowledge.indexSnapshot');
    await waitForMeta(page, 'knowledge.vectors');
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate(() => (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome.offscreen.closeDocument());
    const restart = await ask(page, 'knowledge.search', { query: queries[0], question: queries[0], k: 3 });
    console.log(`first knowledge.search after the offscreen document restarts (index from the stored snapshot, article vectors from the database, document creation included): ${fmtMs(restart.ms)}`);
    await phase(1, 'right after the restart (vectors taken back, nothing re-embedded)');
    console.log(`load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on 2 cores`);
  });
}
