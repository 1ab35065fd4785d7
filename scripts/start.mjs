// `npm start`: build the extension and the demo console, serve the console on
// localhost, and open it in Chromium with Deskmate loaded. Without a display,
// print how to load the extension by hand instead.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDemo } from '../demo/build.mjs';
import { startDemoServer } from '../demo/server.mjs';

const ext = resolve('.output/chrome-mv3');
console.log('Building the extension…');
// The demo build: the store build's Zendesk hosts plus loopback, where the demo console is served.
execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, DESKMATE_DEMO_HOSTS: '1' } });
console.log('Building the demo console…');
await buildDemo();
const demo = await startDemoServer({ port: Number(process.env.PORT ?? 5178) });
const url = `${demo.url}/agent/tickets/1001`;
console.log(`\nDemo console: ${url}`);

const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';
if (browserPath && hasDisplay && !process.env.CI) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'deskmate-demo-')), {
    executablePath: browserPath,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log('Chromium is open with Deskmate loaded. Close the window or press Ctrl+C to stop.');
  context.on('close', () => process.exit(0));
} else {
  console.log(`
No display (or no Chromium) here, so no browser was opened. To try Deskmate:
  1. Open chrome://extensions (or edge://extensions) and switch on Developer mode.
  2. Click "Load unpacked" and choose: ${ext}
  3. Open ${url}
The demo console keeps running until you press Ctrl+C.`);
}
