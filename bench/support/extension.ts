/**
 * Benchmarks that run inside the real extension: build if needed, launch
 * Debian's Chromium headless with `.output/chrome-mv3` loaded, and talk to the
 * extension through its real protocol from an extension page.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function withExtension<T>(fn: (ctx: { context: BrowserContext; extensionPage: Page; extensionId: string }) => Promise<T>): Promise<T> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'deskmate-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    let sw = context.serviceWorkers()[0];
    for (let i = 0; !sw && i < 60; i++) sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined));
    if (!sw) throw new Error('extension service worker did not start');
    const extensionId = new URL(sw.url()).host;
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    return await fn({ context, extensionPage, extensionId });
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Send one protocol message from the extension page and time the round trip (ms) inside the page. */
export async function timedSend(page: Page, name: string, payload: unknown): Promise<{ ms: number; reply: { ok: boolean; value?: unknown; error?: string } }> {
  return page.evaluate(
    async ([n, p]) => {
      const start = performance.now();
      const reply = (await chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: n, payload: p })) as { ok: boolean; value?: unknown; error?: string };
      return { ms: performance.now() - start, reply };
    },
    [name, payload] as const,
  );
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
