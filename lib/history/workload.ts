/**
 * The history bench workload, independent of where IndexedDB comes from:
 * bench/history.bench.ts runs it in Node on fake-indexeddb and, bundled, in
 * a headless Chromium page on the real IndexedDB; the lead's extension bench
 * can run it in the offscreen document. Returns raw figures; callers format.
 */
import type { DeskmateDb } from '../db/database';
import { generatedCustomerKeys, generateHistoryRecords, seededRandom } from './generate';
import { purgeOlderThan } from './retention';
import { HISTORY_EXPORT_FORMAT, HISTORY_EXPORT_VERSION } from './schema';
import { timelineFor } from './timeline';
import { exportHistory, importHistory } from './transfer';

export interface WorkloadOptions {
  /** @default 100_000 */
  records?: number;
  /** Timeline lookups of random customers. @default 500 */
  lookups?: number;
  /** Retention used for the purge step, over records spread across 180 days. @default 90 */
  retentionDays?: number;
  /** @default 42 */
  seed?: number;
  /** @default Date.UTC(2026, 10, 22) */
  now?: number;
}

export interface WorkloadFigures {
  records: number;
  customers: number;
  generateMs: number;
  importMs: number;
  /** One duration per timeline lookup, in order. */
  lookupMs: number[];
  recordsPerLookup: number;
  exportMs: number;
  exportJsonBytes: number;
  purgeMs: number;
  purged: number;
  idlePurgeMs: number;
}

async function timed<T>(body: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await body();
  return [result, performance.now() - start];
}

/** Runs generate → import → lookups → export → purge → idle purge on an empty `db`. */
export async function runHistoryWorkload(db: DeskmateDb, opts: WorkloadOptions = {}): Promise<WorkloadFigures> {
  const n = opts.records ?? 100_000;
  const now = opts.now ?? Date.UTC(2026, 10, 22);
  const customers = Math.ceil(n / 4);
  const [records, generateMs] = await timed(() => generateHistoryRecords(n, opts.seed ?? 42, { now, spanDays: 180, customers }));
  const file = { format: HISTORY_EXPORT_FORMAT, version: HISTORY_EXPORT_VERSION, exportedAt: new Date(now).toISOString(), records };
  const [, importMs] = await timed(() => importHistory(db, file));

  const rand = seededRandom(7);
  const lookupMs: number[] = [];
  let found = 0;
  for (let i = 0; i < (opts.lookups ?? 500); i++) {
    const keys = generatedCustomerKeys(Math.floor(rand() * customers));
    const [timeline, ms] = await timed(() => timelineFor(db, keys, { now }));
    lookupMs.push(ms);
    found += timeline.records.length;
  }

  const [exported, exportMs] = await timed(() => exportHistory(db, now));
  const exportJsonBytes = JSON.stringify(exported).length;
  const days = opts.retentionDays ?? 90;
  const [purged, purgeMs] = await timed(() => purgeOlderThan(db, days, now));
  const [, idlePurgeMs] = await timed(() => purgeOlderThan(db, days, now + 3_600_000));
  return { records: n, customers, generateMs, importMs, lookupMs, recordsPerLookup: found / lookupMs.length, exportMs, exportJsonBytes, purgeMs, purged, idlePurgeMs };
}
