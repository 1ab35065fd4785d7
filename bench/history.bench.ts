/**
 * Handling history store at 100,000 records (issue 6): the same workload
 * (lib/history/workload.ts) twice.
 * 1. Node on fake-indexeddb: a pure-JS in-memory IndexedDB. Shows how the
 *    store's queries scale, NOT what a browser's IndexedDB costs.
 * 2. Headless Chromium (Debian's /usr/bin/chromium via playwright-core) on
 *    its real IndexedDB, in an ordinary page: the store alone, without the
 *    extension's message round trip (that figure is the lead's extension bench).
 *    Skipped with a notice when Chromium or esbuild is not available.
 *
 * `HISTORY_BENCH_N=20000 npm run bench -- history` for a quicker run.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DeskmateDb } from '../lib/db/database';
import { runHistoryWorkload, type WorkloadFigures, type WorkloadOptions } from '../lib/history/workload';
import { fmtMs, percentile } from './stats';

const CHROMIUM = '/usr/bin/chromium';
/** What the bundled entry below puts on the page's globalThis. */
type PageWorkload = (opts: WorkloadOptions) => Promise<WorkloadFigures>;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function printFigures(f: WorkloadFigures): void {
  const perRecord = (ms: number, count: number) => `${((ms / count) * 1000).toFixed(1)} µs/record`;
  console.log(`records: ${f.records.toLocaleString('en')} over 180 days, ${f.customers.toLocaleString('en')} customers · generated in ${fmtMs(f.generateMs)}`);
  console.log(`bulk import (zod validation + merge + one transaction): ${fmtMs(f.importMs)} (${perRecord(f.importMs, f.records)})`);
  const s = f.lookupMs;
  console.log(`timeline lookup (${s.length} customers, all their keys, ${f.recordsPerLookup.toFixed(1)} records each): p50 ${fmtMs(percentile(s, 50))} · p95 ${fmtMs(percentile(s, 95))} · max ${fmtMs(Math.max(...s))}`);
  console.log(`export: ${fmtMs(f.exportMs)} · ${(f.exportJsonBytes / 1e6).toFixed(1)} MB JSON`);
  console.log(`purge > 90 days (batches of 500): ${fmtMs(f.purgeMs)} for ${f.purged.toLocaleString('en')} records (${perRecord(f.purgeMs, f.purged)})`);
  console.log(`purge again an hour later (almost nothing to remove): ${fmtMs(f.idlePurgeMs)}`);
}

async function inNode(opts: WorkloadOptions): Promise<void> {
  const version = (JSON.parse(readFileSync(new URL('../node_modules/fake-indexeddb/package.json', import.meta.url), 'utf8')) as { version: string }).version;
  console.log(`### Node ${process.version}, fake-indexeddb ${version} (in-memory JS IndexedDB; not representative of a browser)`);
  const db = new DeskmateDb(`deskmate-bench-${process.pid}`);
  try {
    printFigures(await runHistoryWorkload(db, opts));
  } finally {
    await db.delete();
  }
}

/** Bundles the workload for the browser; esbuild comes with tsx (not a direct dependency). */
async function bundleWorkload(): Promise<string | null> {
  const esbuild = await import('esbuild').catch(() => null);
  if (!esbuild) return null;
  const entry = `
    import { DeskmateDb } from './lib/db/database';
    import { runHistoryWorkload } from './lib/history/workload';
    globalThis.runHistoryWorkload = async (opts) => {
      const db = new DeskmateDb('deskmate-bench');
      try { return await runHistoryWorkload(db, opts); } finally { await db.delete(); }
    };`;
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts', sourcefile: 'history-bench-entry.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

async function inChromium(opts: WorkloadOptions): Promise<void> {
  const script = existsSync(CHROMIUM) ? await bundleWorkload() : null;
  if (!script) {
    console.warn(`### Chromium: skipped (${existsSync(CHROMIUM) ? 'esbuild not installed' : `${CHROMIUM} not found; apt-get install chromium`})`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    console.log(`### Headless Chromium ${browser.version()}, real IndexedDB, ordinary page (no extension messaging)`);
    const page = await browser.newPage();
    // Served by interception: an http origin (IndexedDB needs one) without any server or network.
    const origin = 'http://history-bench.localhost';
    await page.route(`${origin}/**`, (route) =>
      route.request().url().endsWith('/workload.js')
        ? route.fulfill({ contentType: 'text/javascript', body: script })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><script src="/workload.js"></script>' }),
    );
    await page.goto(`${origin}/`);
    const figures = await page.evaluate((o) => (globalThis as unknown as { runHistoryWorkload: PageWorkload }).runHistoryWorkload(o), opts);
    printFigures(figures);
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<void> {
  const opts: WorkloadOptions = { records: Number(process.env.HISTORY_BENCH_N ?? 100_000), lookups: 500 };
  await inNode(opts);
  await inChromium(opts);
  // The machine is shared: a load above the core count inflates every figure above.
  console.log(`load average (1/5/15 min) at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
}
