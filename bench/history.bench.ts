/**
 * Handling history store at 100,000 records (issue 6), in Node on
 * fake-indexeddb. That is a pure-JS, in-memory IndexedDB: its figures show
 * how the store's queries scale (index use, batching), NOT what Chromium's
 * IndexedDB costs; the in-extension round trip is measured by the lead's
 * extension bench with the same generator.
 *
 * `HISTORY_BENCH_N=20000 npm run bench -- history` for a quicker run.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { DeskmateDb } from '../lib/db/database';
import { generatedCustomerKeys, generateHistoryRecords, seededRandom } from '../lib/history/generate';
import { purgeOlderThan } from '../lib/history/retention';
import { timelineFor } from '../lib/history/timeline';
import { exportHistory, importHistory } from '../lib/history/transfer';
import { HISTORY_EXPORT_FORMAT, HISTORY_EXPORT_VERSION } from '../lib/history/schema';
import { fmtMs, percentile } from './stats';

const DAY_MS = 86_400_000;

async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await body();
  return [result, performance.now() - start];
}

export async function run(): Promise<void> {
  const n = Number(process.env.HISTORY_BENCH_N ?? 100_000);
  const lookups = 500;
  const now = Date.UTC(2026, 10, 22);
  const fakeIdbVersion = (JSON.parse(readFileSync(new URL('../node_modules/fake-indexeddb/package.json', import.meta.url), 'utf8')) as { version: string }).version;
  console.log(`store: fake-indexeddb ${fakeIdbVersion} in Node ${process.version} (in-memory JS IndexedDB; not representative of Chromium)`);

  const [records, genMs] = await timed(async () => generateHistoryRecords(n, 42, { now, spanDays: 180 }));
  const customers = Math.ceil(n / 4);
  console.log(`records: ${n.toLocaleString('en')} over 180 days, ${customers.toLocaleString('en')} customers · generated in ${fmtMs(genMs)}`);

  const db = new DeskmateDb(`deskmate-bench-${process.pid}`);
  try {
    const file = { format: HISTORY_EXPORT_FORMAT, version: HISTORY_EXPORT_VERSION, exportedAt: new Date(now).toISOString(), records };
    const [result, importMs] = await timed(() => importHistory(db, file));
    console.log(`bulk import (zod validation + merge + one transaction): ${fmtMs(importMs)} for ${result.added.toLocaleString('en')} records (${((importMs / n) * 1000).toFixed(1)} µs/record)`);

    const rand = seededRandom(7);
    const samples: number[] = [];
    let found = 0;
    for (let i = 0; i < lookups; i++) {
      const keys = generatedCustomerKeys(Math.floor(rand() * customers));
      const [timeline, ms] = await timed(() => timelineFor(db, keys, { now }));
      samples.push(ms);
      found += timeline.records.length;
    }
    console.log(`timeline lookup (${lookups} customers, all their keys, ${(found / lookups).toFixed(1)} records each): p50 ${fmtMs(percentile(samples, 50))} · p95 ${fmtMs(percentile(samples, 95))} · max ${fmtMs(Math.max(...samples))}`);

    const [exported, exportMs] = await timed(() => exportHistory(db, now));
    const jsonBytes = JSON.stringify(exported).length;
    console.log(`export: ${fmtMs(exportMs)} · ${(jsonBytes / 1e6).toFixed(1)} MB JSON`);

    const [removed, purgeMs] = await timed(() => purgeOlderThan(db, 90, now));
    console.log(`purge > 90 days (batches of 500): ${fmtMs(purgeMs)} for ${removed.toLocaleString('en')} records · ${(await db.history.count()).toLocaleString('en')} left`);
    const [none, idleMs] = await timed(() => purgeOlderThan(db, 90, now + DAY_MS / 24));
    console.log(`purge with nothing (much) to remove: ${fmtMs(idleMs)} (${none} removed)`);
  } finally {
    await db.delete();
  }
  // The machine is shared: a load above the core count inflates every figure above.
  console.log(`load average (1/5/15 min) at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
}
