import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { panelSection } from '../pages/panel';
import { seededRandom } from '../../lib/seeded/random';

/**
 * Issue 13, no lost writes: 200 Inserts from the panel, each an audit entry and a knowledge-feedback event,
 * while the service worker is stopped and the offscreen document closed at seeded random points (between
 * writes and while a write is in flight). The database must end with exactly 200 of each.
 */
const KB_SAMPLE = resolve(import.meta.dirname, '../../demo/kb/kb-sample.csv');
const SEED = Number(process.env.DESKMATE_OUTBOX_SEED ?? 13);
const WRITES = 200;
const SLOW = { timeout: 60_000 };

/** Counts rows in the extension's own database, read from one of its pages (same origin as the offscreen document). */
async function countRows(page: Page): Promise<{ inserts: number; insertIds: number; feedback: number; history: number }> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('deskmate');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['audit', 'suggestionEvents', 'history'], 'readonly');
          const all = <T,>(store: string) => new Promise<T[]>((r) => (tx.objectStore(store).getAll().onsuccess = (e) => r((e.target as IDBRequest<T[]>).result)));
          void Promise.all([all<{ action: string; newValue: string }>('audit'), all<{ kind: string }>('suggestionEvents'), all<unknown>('history')]).then(([audit, events, history]) => {
            const inserts = audit.filter((a) => a.action === 'reply:insert');
            db.close();
            done({ inserts: inserts.length, insertIds: new Set(inserts.map((a) => a.newValue)).size, feedback: events.filter((e) => e.kind === 'inserted').length, history: history.length });
          });
        };
      }),
  );
}

async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
}

async function closeOffscreenDocument(cdp: CDPSession): Promise<boolean> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; url: string }> };
  const doc = targetInfos.find((t) => t.url.endsWith('/offscreen.html'));
  if (doc) await cdp.send('Target.closeTarget', { targetId: doc.targetId }).catch(() => undefined);
  return !!doc;
}

async function importSample(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#knowledge`);
  await options.getByTestId('knowledge-import').setInputFiles(KB_SAMPLE);
  await expect(options.getByTestId('knowledge-count')).toHaveText('12 articles in the knowledge base', SLOW);
  return options;
}

test.describe('outbox: history, audit and feedback writes survive the worker and the offscreen document stopping', () => {
  test.describe.configure({ timeout: 900_000 });

  test(`${WRITES} writes with kills at seeded random points (seed ${SEED}): 0 lost, 0 duplicated`, async ({ context, extensionId, openConsole }) => {
    const options = await importSample(context, extensionId);
    const page = await openConsole('1001');
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const first = panelSection(page, 'knowledge').locator('.dm-kb-card').first();
    const insert = first.getByRole('button', { name: 'Insert' });
    await expect(insert).toBeVisible(SLOW);
    const composer = page.locator('[data-ticket-id="1001"] [data-test-id="omnicomposer-rich-text-ckeditor"]');

    const rand = seededRandom(SEED);
    const kills = { worker: 0, offscreen: 0, inFlight: 0 };
    const kill = async () => {
      const r = rand();
      if (r < 0.5) {
        kills.worker++;
        await stopServiceWorker(cdp);
      } else if (await closeOffscreenDocument(cdp)) kills.offscreen++;
    };
    const started = Date.now();
    for (let i = 0; i < WRITES; i++) {
      if (i % 10 === 0) await composer.evaluate((el) => (el.textContent = ''));
      const r = rand();
      if (r < 0.15) {
        // While this Insert's writes are on their way.
        kills.inFlight++;
        const delay = Math.floor(rand() * 40);
        await Promise.all([insert.click(), new Promise((d) => setTimeout(d, delay)).then(kill)]);
      } else {
        if (r < 0.3) await kill();
        await insert.click();
      }
    }
    await expect.poll(async () => (await countRows(options)).inserts, { timeout: 180_000, intervals: [1000] }).toBeGreaterThanOrEqual(WRITES);
    await expect.poll(async () => (await countRows(options)).feedback, { timeout: 180_000, intervals: [1000] }).toBeGreaterThanOrEqual(WRITES);
    // Settled: let any replay still in flight land before judging duplicates.
    await page.waitForTimeout(3000);
    const rows = await countRows(options);
    test.info().annotations.push({ type: 'outbox', description: JSON.stringify({ seed: SEED, writes: WRITES, ...kills, ...rows, seconds: (Date.now() - started) / 1000 }) });
    console.log(`[outbox e2e] seed ${SEED}: ${WRITES} Inserts; worker stopped ${kills.worker}×, offscreen closed ${kills.offscreen}× (${kills.inFlight} during a write); stored ${rows.inserts} audit entries, ${rows.feedback} feedback events, ${rows.history} history records in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(kills.worker).toBeGreaterThan(5);
    expect(kills.offscreen).toBeGreaterThan(5);
    expect(rows.inserts).toBe(WRITES);
    expect(rows.feedback).toBe(WRITES);
    expect(rows.history).toBeGreaterThanOrEqual(1);
  });
});
