// Saves the demo console's rendered Agent Workspace DOM (scripts removed) as a dated
// fixture page for the Zendesk adapter's tests: `node scripts/save-demo-fixture.mjs`.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { buildDemo } from '../demo/build.mjs';
import { startDemoServer } from '../demo/server.mjs';

await buildDemo();
const demo = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${demo.url}/agent/tickets/1001?live=0`);
await page.locator('[data-test-id="omni-log-container"]').first().waitFor();
const html = await page.evaluate(() => {
  document.querySelectorAll('script').forEach((s) => s.remove());
  return `<!doctype html>\n${document.documentElement.outerHTML}\n`;
});
const day = new Date().toISOString().slice(0, 10);
const out = new URL(`../lib/consoles/zendesk/fixtures/${day}-demo-agent-workspace.html`, import.meta.url);
writeFileSync(out, html);
console.log(`saved ${out.pathname}`);
await browser.close();
await demo.close();
