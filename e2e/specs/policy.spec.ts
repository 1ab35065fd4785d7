import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_ID, expect, test } from '../fixtures';
import { panel } from '../pages/panel';

/**
 * Real managed policy: Chromium reads /etc/chromium/policies/managed/*.json at
 * launch and hands `3rdparty.extensions.<id>` to the extension as
 * chrome.storage.managed (validated against public/managed_schema.json first).
 * The files are written before any browser of this spec starts and always removed.
 * They affect every Chromium on this machine while they exist: run this spec alone.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'deskmate-e2e.json');
const FORCELIST_FILE = join(POLICY_DIR, 'deskmate-e2e-forcelist.json');
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const POLICY = {
  'features.abuseMasking': false,
  'ui.language': 'zh-CN',
  'history.retentionDays': 30,
};
const policyFile = {
  '3rdparty': {
    extensions: {
      [EXTENSION_ID]: {
        features: { abuseMasking: false },
        ui: { language: 'zh-CN' },
        history: { retentionDays: 30 },
        lockedKeys: ['features.knowledge'],
        // Fits Chrome's schema (non-integer bounds cannot be expressed there), so only Deskmate's own check can refuse it.
        classification: { abuseThreshold: 5 },
        // Does not fit Chrome's schema at all ("integer"): Chrome or Deskmate drops it, nobody applies it.
        knowledge: { maxSuggestions: 'lots' },
      },
    },
  },
};

function writePolicy(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify(policyFile, null, 2));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

// Never at import time: Playwright imports every spec before running any, and
// the file must not be there while other specs' browsers start.
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => {
  const unwritable = writePolicy();
  test.skip(unwritable !== null, `cannot write ${POLICY_FILE} (${unwritable}); the managed-policy e2e needs root, as in CI`);
});
test.afterAll(() => {
  rmSync(POLICY_FILE, { force: true });
  rmSync(FORCELIST_FILE, { force: true });
});

/** The little of the extension API these tests call inside the extension's own contexts. */
interface ExtensionGlobal {
  chrome: { storage: { local: { set(v: object): Promise<void> } }; runtime: { id: string; getManifest(): { update_url?: string } } };
}

interface Effective {
  settings: { features: Record<string, boolean>; ui: { language: string }; history: { retentionDays: number }; classification: { abuseThreshold: number }; knowledge: { maxSuggestions: number } };
  locked: string[];
  issues: Array<{ path: string; message: string }>;
}

async function effectiveSettings(options: Page): Promise<Effective> {
  const reply = (await options.evaluate(() =>
    (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: 'settings.get', payload: {} }),
  )) as { ok: boolean; value: Effective; error?: string };
  if (!reply.ok) throw new Error(`settings.get: ${reply.error}`);
  return reply.value;
}

async function openOptions(context: BrowserContext, section: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#${section}`);
  return page;
}

test('policy values are locked on the options page, in the language policy chose, with the effective policy shown', async ({ context, extensionId }) => {
  expect(extensionId).toBe(EXTENSION_ID);
  const options = await openOptions(context, 'features');
  await expect(options.locator('h1')).toHaveText('Deskmate 设置');
  for (const path of ['features.abuseMasking', 'features.knowledge', 'ui.language']) {
    await expect(options.getByTestId(`locked-${path}`)).toContainText('由您的组织设置');
  }
  await expect(options.locator('[data-setting="features.abuseMasking"] input')).toBeDisabled();
  await expect(options.locator('[data-setting="features.abuseMasking"] input')).not.toBeChecked();
  // lockedKeys: locked at the default, without a value of its own
  await expect(options.locator('[data-setting="features.knowledge"] input')).toBeDisabled();
  await expect(options.locator('[data-setting="features.knowledge"] input')).toBeChecked();
  await expect(options.locator('[data-setting="ui.language"] select')).toBeDisabled();
  await expect(options.locator('[data-setting="features.autofill"] input')).toBeEnabled();

  await options.locator('a[href="#history"]').click();
  await expect(options.locator('[data-setting="history.retentionDays"] input')).toHaveValue('30');
  await expect(options.locator('[data-setting="history.retentionDays"] input')).toBeDisabled();
  await expect(options.getByTestId('locked-history.retentionDays')).toContainText('由您的组织设置');

  await options.locator('a[href="#policy"]').click();
  const shown = JSON.parse((await options.getByTestId('policy-json').textContent())!) as Record<string, unknown>;
  expect(shown).toMatchObject({ features: { abuseMasking: false }, ui: { language: 'zh-CN' }, history: { retentionDays: 30 }, lockedKeys: ['features.knowledge'] });
  // the invalid values (last test) are not part of the effective policy
  expect(JSON.stringify(shown)).not.toMatch(/abuseThreshold|maxSuggestions/);
  await expect(options.getByTestId('locked-list')).toContainText('history.retentionDays');
});

test('writing storage directly cannot undo a locked setting, while an unlocked one written the same way applies', async ({ context, serviceWorker }) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ settings: { features: { abuseMasking: true, knowledge: false }, ui: { language: 'en' }, history: { retentionDays: 999 }, knowledge: { minScore: 7 } } }),
  );
  const options = await openOptions(context, 'features');
  const eff = await effectiveSettings(options);
  expect({ abuseMasking: eff.settings.features.abuseMasking, knowledge: eff.settings.features.knowledge, language: eff.settings.ui.language, retention: eff.settings.history.retentionDays }).toEqual({
    abuseMasking: POLICY['features.abuseMasking'],
    knowledge: true,
    language: POLICY['ui.language'],
    retention: POLICY['history.retentionDays'],
  });
  // proves the write above reached storage: the one path policy leaves free took it
  expect((eff.settings as unknown as { knowledge: { minScore: number } }).knowledge.minScore).toBe(7);
  // and the options page agrees, still locked
  await expect(options.locator('[data-setting="features.abuseMasking"] input')).not.toBeChecked();
  await expect(options.locator('[data-setting="features.abuseMasking"] input')).toBeDisabled();
});

test('an invalid policy value is ignored, reported, and locks nothing', async ({ context }) => {
  const options = await openOptions(context, 'policy');
  const eff = await effectiveSettings(options);
  expect(eff.settings.classification.abuseThreshold).toBe(0.5);
  expect(eff.locked).not.toContain('classification.abuseThreshold');
  expect(eff.issues.map((i) => i.path)).toContain('policy: classification.abuseThreshold');
  await expect(options.locator('.issues')).toContainText('classification.abuseThreshold');
  expect(eff.settings.knowledge.maxSuggestions).toBe(3);
  expect(eff.locked).not.toContain('knowledge.maxSuggestions');
  await options.locator('a[href="#classification"]').click();
  await expect(options.locator('[data-setting="classification.abuseThreshold"] input')).toBeEnabled();
  await expect(options.getByTestId('locked-classification.abuseThreshold')).toHaveCount(0);
});

test('the panel on the console follows policy: Chinese UI', async ({ openConsole }) => {
  const page = await openConsole('1002');
  await expect(panel(page)).toHaveAttribute('lang', 'zh-CN');
  await expect(panel(page).getByTestId('dm-reading')).toHaveText('正在读取 Zendesk Agent Workspace · 工单 #1002');
});

/**
 * Self-hosting end to end: the CRX from `npm run pack:crx` served with its
 * update.xml on loopback, force-installed by ExtensionInstallForcelist (no
 * --load-extension), is installed from the update server under Deskmate's fixed id.
 */
test('a self-hosted CRX, force-installed from its update.xml by policy, gets the fixed id', async () => {
  test.setTimeout(300_000);
  const out = mkdtempSync(join(tmpdir(), 'deskmate-selfhost-'));
  // A store build of its own (the suite's .output is the demo/test build, which pack:crx rightly refuses to package).
  const storeBuild = mkdtempSync(join(tmpdir(), 'deskmate-store-build-'));
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname; // the browser adds ?os=…&x=id%3D… to update checks
    hits.push(path);
    const file = path === '/update.xml' ? 'update.xml' : /^\/(deskmate-[\d.]+\.crx)$/.exec(path)?.[1];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension' });
    createReadStream(join(out, file)).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'deskmate-e2e-'));
  let context: BrowserContext | undefined;
  try {
    const root = new URL('../..', import.meta.url).pathname;
    execFileSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, DESKMATE_OUT_DIR: storeBuild, DESKMATE_DEMO_HOSTS: '' }, stdio: 'ignore', timeout: 240_000 });
    execFileSync('node', ['scripts/pack-crx.mjs', '--no-build', '--src', join(storeBuild, 'chrome-mv3'), '--out', out, '--base-url', baseUrl], { cwd: root });
    writeFileSync(FORCELIST_FILE, JSON.stringify({ ExtensionInstallForcelist: [`${EXTENSION_ID};${baseUrl}/update.xml`] }));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // No --load-extension: the extension must come from the update server. Playwright's
      // defaults would disable extensions and, with background networking, the extension
      // updater that performs force-installs. Other traffic still meets the egress guard.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-component-update', '--disable-sync', `--proxy-server=http://127.0.0.1:${process.env.DESKMATE_GUARD_PORT}`],
    });
    // Installed by the browser's updater after start-up. chrome://extensions-internals lists what
    // is installed, from where; (Playwright does not attach to the pages or worker of an extension
    // installed after launch, so the options page is checked in the tests above instead).
    const internals = await context.newPage();
    await expect(async () => {
      await internals.goto('chrome://extensions-internals');
      const installed = JSON.parse(await internals.locator('pre').first().innerText()) as Array<{ id: string; location: string; version: string; disable_reasons: unknown[] }>;
      expect(installed.find((e) => e.id === EXTENSION_ID)).toMatchObject({ location: 'EXTERNAL_POLICY_DOWNLOAD', version: VERSION, disable_reasons: [] });
    }).toPass({ timeout: 60_000, intervals: [1_000] });
    expect(hits).toEqual(expect.arrayContaining(['/update.xml', `/deskmate-${VERSION}.crx`]));
  } finally {
    await context?.close();
    rmSync(FORCELIST_FILE, { force: true });
    server.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(storeBuild, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
