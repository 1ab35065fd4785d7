import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_PATH = resolve(fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url)));
/** Fixed by the manifest key (scripts/keys/deskmate-dev.pub.b64). */
export const EXTENSION_ID = 'eppeacojielmpmaabpiefgcdgegjfgle';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchArgs(extra: string[] = []): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${EXTENSION_PATH}`,
    `--load-extension=${EXTENSION_PATH}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Everything not on loopback goes to the guard, which refuses and logs it.
    `--proxy-server=http://127.0.0.1:${process.env.DESKMATE_GUARD_PORT}`,
    ...extra,
  ];
}

export async function launchWithExtension(opts: { locale?: string; args?: string[] } = {}): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'deskmate-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: launchArgs([...(opts.locale ? [`--lang=${opts.locale}`] : []), ...(opts.args ?? [])]),
    locale: opts.locale ?? 'en-US',
    viewport: { width: 1400, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return { context, dir };
}

/**
 * Chromium's own background services (component and extension updater, account
 * sign-in, network time, autofill, spell-check dictionaries) still call Google even with the background
 * networking switches. They are the browser's, not Deskmate's, and are the only
 * hosts tolerated; anything else that tries to leave the machine fails the test.
 */
const BROWSER_SERVICE_HOSTS = /^(https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com|www\.google\.com|redirector\.gvt1\.com)(:443)?([/?]|$)/;

async function guardLog(): Promise<Array<{ method: string; url: string }>> {
  const res = await fetch(`http://127.0.0.1:${process.env.DESKMATE_GUARD_PORT}/__log`);
  return (await res.json()) as Array<{ method: string; url: string }>;
}

/** The extension's service worker; polls because it may register between a check and a wait. */
export async function serviceWorkerOf(context: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (sw) return sw;
    if (Date.now() > deadline) throw new Error('the extension service worker did not start (is .output/chrome-mv3 built and loadable?)');
    await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
  }
}

type Fixtures = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  demoUrl: string;
  /** Every request the pages made, for assertions about where data went. */
  requests: string[];
  openConsole: (ticketId?: string, query?: string) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use, testInfo) => {
    const before = (await guardLog()).length;
    const { context, dir } = await launchWithExtension();
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    const leaked = (await guardLog()).slice(before).filter((r) => !BROWSER_SERVICE_HOSTS.test(r.url));
    // The suite-wide promise: nothing but loopback and the extension itself.
    expect(leaked, `requests left the machine during "${testInfo.title}"`).toEqual([]);
  },
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    await use(seen);
    for (const url of seen) expect(url, 'request to a host other than localhost or the extension').toMatch(/^(chrome-extension:\/\/|http:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:|about:)/);
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  demoUrl: async ({}, use) => use(process.env.DESKMATE_DEMO_URL!),
  openConsole: async ({ context, demoUrl, serviceWorker: _sw, requests: _r }, use) => {
    await use(async (ticketId = '1001', query = 'live=0') => {
      const page = await context.newPage();
      await page.goto(`${demoUrl}/agent/tickets/${ticketId}?${query}`);
      await page.locator('deskmate-panel').waitFor({ state: 'attached' });
      return page;
    });
  },
});

export { expect };
