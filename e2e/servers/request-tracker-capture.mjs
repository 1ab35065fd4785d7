/**
 * Saves the RT pages the preset's fixture test reads
 * (lib/consoles/configured/request-tracker.test.ts): a live RT from
 * request-tracker.mjs, signed in as the agent in headless Chromium, each page
 * saved once RT's AJAX history has arrived.
 *
 *   node e2e/servers/request-tracker-capture.mjs [outDir]
 *
 * Files are dated (RT markup changes between versions); the RT version is
 * written beside them. Scripts are stripped: the fixtures are read, never run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startRequestTracker, RT_AGENT } from './request-tracker.mjs';

const out = process.argv[2] ?? fileURLToPath(new URL('../../lib/consoles/definitions/fixtures/request-tracker/', import.meta.url));
const day = new Date().toISOString().slice(0, 10);
mkdirSync(out, { recursive: true });

const rt = await startRequestTracker({ log: (m) => console.log(m) });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  const page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC' });
  await page.goto(`${rt.url}/`);
  await page.fill('input[name="user"]', RT_AGENT.user);
  await page.fill('input[name="pass"]', RT_AGENT.password);
  await Promise.all([page.waitForURL((u) => !u.pathname.includes('Login')), page.press('input[name="pass"]', 'Enter')]);

  const save = async (name, path, ready) => {
    await page.goto(`${rt.url}${path}`);
    if (ready) await page.locator(ready).first().waitFor({ state: 'attached' });
    const html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true);
      for (const s of doc.querySelectorAll('script')) s.remove();
      return `<!DOCTYPE html>\n${doc.outerHTML}\n`;
    });
    writeFileSync(join(out, `${day}-${name}.html`), html);
    console.log(`saved ${day}-${name}.html (${html.length} chars) from ${path}`);
  };
  const history = '.history-container .transaction[data-transaction-id]';
  await save('display-en', `/Ticket/Display.html?id=${rt.tickets.en}`, history);
  await save('display-zh', `/Ticket/Display.html?id=${rt.tickets.zh}`, history);
  await save('update-respond', `/Ticket/Update.html?id=${rt.tickets.en}&Action=Respond`, 'textarea[name="UpdateContent"]');
  await save('update-comment', `/Ticket/Update.html?id=${rt.tickets.en}&Action=Comment`, 'textarea[name="UpdateContent"]');
  await save('search-results', `/Search/Results.html?Query=${encodeURIComponent("Queue = 'General'")}`, 'table.ticket-list');
  writeFileSync(join(out, 'VERSION'), `RT ${rt.version} (Debian request-tracker5), captured ${day} by e2e/servers/request-tracker-capture.mjs\n`);
} finally {
  await browser.close();
  await rt.close();
}
