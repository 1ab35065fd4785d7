/**
 * Handling history through the real extension (issue 6, "Interfaces for
 * evaluation"): the built extension (.output/chrome-mv3, run `npx wxt build`
 * first) in headless Chromium; 100,000 generated records imported in chunks
 * through the protocol (`history.import`), then 500 `history.timeline` round
 * trips and one `history.purge`, each sent from an extension page exactly as
 * the panel sends them: runtime message → service worker → offscreen
 * document (Dexie on the browser's IndexedDB) → back.
 *
 * `HISTORY_BENCH_N=20000 npm run bench -- history-extension` for a quicker run.
 * Skipped with a notice when the build or Chromium is missing.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { generatedCustomerKeys, generateHistoryRecords, seededRandom } from '../lib/history/generate';
import { HISTORY_EXPORT_FORMAT, HISTORY_EXPORT_VERSION } from '../lib/history/schema';
import { fmtMs, percentile } from './stats';

const EXTENSION = resolve(fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url)));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Records per `history.import` message: ~3 MB of JSON, far below the 64 MB message cap. */
const CHUNK = 5000;
const LOOKUPS = 500;
const RETENTION_DAYS = 90;

/** Send one protocol message from the page; returns the reply and the in-page round-trip time. */
async function ask(page: Page, name: string, payload: unknown): Promise<{ value: unknown; ms: number }> {
  return page.evaluate(
    async ([n, p]) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome.runtime;
      const start = performance.now();
      const reply = await runtime.sendMessage({ deskmate: 1, to: 'background', name: n, payload: p });
      const ms = performance.now() - start;
      if (!reply?.ok) throw new Error(`${n}: ${reply?.error ?? 'no answer'}`);
      return { value: reply.value, ms };
    },
    [name, payload] as const,
  );
}

/** The panel sends who the customer is, not keys: turn a generated customer's keys back into that. */
function contactOf(keys: string[]) {
  const contact = { userId: null as string | null, emails: [] as string[], phones: [] as string[] };
  for (const key of keys) {
    if (key.startsWith('user:')) contact.userId = key.split(':')[2]!;
    else if (key.startsWith('email:')) contact.emails.push(key.slice(6));
    else if (key.startsWith('phone:')) contact.phones.push(key.slice(6));
  }
  return contact;
}

export async function run(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'manifest.json')) || !existsSync(join(EXTENSION, 'offscreen.html')) || !existsSync(CHROMIUM)) {
    console.warn(`history-extension: skipped (needs a build in ${EXTENSION} — run \`npx wxt build\` — and ${CHROMIUM})`);
    return;
  }
  const n = Number(process.env.HISTORY_BENCH_N ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'deskmate-bench-'));
  // A private copy of the build: a rebuild during the run (wxt empties .output first)
  // must not pull files from under the loaded extension. The manifest key keeps the id.
  const extension = join(dir, 'extension');
  cpSync(EXTENSION, extension, { recursive: true });
  // No egress guard here (the e2e suite has one); no proxy flag.
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    const chromeVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?'));
    console.log(`### Extension round trip, Chromium ${chromeVersion} headless, ${n.toLocaleString('en')} records`);
    await ask(page, 'history.clear', {}); // also creates the offscreen document, so no timing below pays for it

    const now = Date.now();
    const customers = Math.ceil(n / 4);
    const records = generateHistoryRecords(n, 42, { now, spanDays: 180, customers });
    let importMs = 0;
    for (let i = 0; i < n; i += CHUNK) {
      const file = { format: HISTORY_EXPORT_FORMAT, version: HISTORY_EXPORT_VERSION, exportedAt: new Date(now).toISOString(), records: records.slice(i, i + CHUNK) };
      const { value, ms } = await ask(page, 'history.import', { file });
      const reply = value as { result: unknown; issues: Array<{ path: string; message: string }> };
      if (!reply.result) throw new Error(`import rejected: ${JSON.stringify(reply.issues.slice(0, 3))}`);
      importMs += ms;
    }
    const { value: stats } = await ask(page, 'db.stats', {});
    console.log(`bulk import via history.import (${Math.ceil(n / CHUNK)} messages of ${CHUNK}): ${fmtMs(importMs)} (${((importMs / n) * 1000).toFixed(0)} µs/record); stored ${(stats as { history: number }).history.toLocaleString('en')}`);

    const rand = seededRandom(7);
    const lookupMs: number[] = [];
    // Interleaved with the lookups, a message the offscreen document answers without
    // any work: the protocol's own cost under the same machine load at the same moment.
    const emptyMs: number[] = [];
    let found = 0;
    for (let i = 0; i < LOOKUPS; i++) {
      const contact = contactOf(generatedCustomerKeys(Math.floor(rand() * customers)));
      const { value, ms } = await ask(page, 'history.timeline', { consoleId: 'zendesk', excludeTicketId: 'none', contact });
      lookupMs.push(ms);
      found += (value as { records: unknown[] }).records.length;
      emptyMs.push((await ask(page, 'classify.status', { warmup: false })).ms);
    }
    const dist = (s: number[]) => `p50 ${fmtMs(percentile(s, 50))} · p95 ${fmtMs(percentile(s, 95))} · max ${fmtMs(Math.max(...s))}`;
    console.log(`history.timeline round trip (${LOOKUPS} customers, ${(found / LOOKUPS).toFixed(1)} records each): ${dist(lookupMs)} (target p95 ≤ 20 ms)`);
    console.log(`empty offscreen round trip (classify.status, no work), interleaved: ${dist(emptyMs)}`);
    const purge = await ask(page, 'history.purge', { retentionDays: RETENTION_DAYS });
    const purged = purge.value as { history: number; ms: number };
    console.log(`history.purge > ${RETENTION_DAYS} days: ${fmtMs(purge.ms)} round trip (${fmtMs(purged.ms)} in the offscreen document) for ${purged.history.toLocaleString('en')} records`);
    const idle = await ask(page, 'history.purge', { retentionDays: RETENTION_DAYS });
    console.log(`history.purge again (nothing to remove): ${fmtMs(idle.ms)}`);
    console.log(`load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on 2 cores`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
