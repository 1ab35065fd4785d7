import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSOLE_HOSTS, DEMO_HOSTS, demoHostsIn } from '../../lib/permissions/shipped-hosts';
import { EXTENSION_PATH } from '../fixtures';

/**
 * Issue 13, least privilege: the packages an organisation installs (`npm run zip`, `npm run pack:crx`) name the
 * Zendesk hosts only; loopback (demo console, e2e servers) exists only in the demo/test build these specs load.
 * Builds the store package into a temporary directory, so the e2e build stays in place.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
type Manifest = { host_permissions?: string[]; optional_host_permissions?: string[]; permissions?: string[]; content_scripts?: { matches?: string[] }[] };

function run(cmd: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 180_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
/** manifest.json as packed inside a zip or a CRX (a CRX3 is a zip behind a signed header; unzip skips the header). */
const packedManifest = (archive: string): Manifest => JSON.parse(spawnSync('unzip', ['-p', archive, 'manifest.json'], { encoding: 'utf8' }).stdout) as Manifest;

test.describe('packaged manifest: shipped hosts', () => {
  test.describe.configure({ timeout: 300_000 });
  const out = mkdtempSync(join(tmpdir(), 'deskmate-store-'));
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('the store zip and the self-hosted CRX carry Zendesk hosts only; the demo flag cannot reach a package', async () => {
    // A stray demo flag in the shell: `wxt zip` must refuse rather than package loopback hosts.
    const refused = run('npx', ['wxt', 'zip'], { DESKMATE_OUT_DIR: join(out, 'demo'), DESKMATE_DEMO_HOSTS: '1' });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('Refusing to zip a demo/test build');

    const zipped = run('npx', ['wxt', 'zip'], { DESKMATE_OUT_DIR: out, DESKMATE_DEMO_HOSTS: '' });
    expect(zipped.status, zipped.output).toBe(0);
    const zip = readdirSync(out).find((f) => f.endsWith('-chrome.zip'));
    expect(zip, readdirSync(out).join(', ')).toBeDefined();
    for (const manifest of [packedManifest(join(out, zip!)), JSON.parse(readFileSync(join(out, 'chrome-mv3', 'manifest.json'), 'utf8')) as Manifest]) {
      expect(manifest.host_permissions).toEqual([...CONSOLE_HOSTS]);
      for (const cs of manifest.content_scripts ?? []) expect(cs.matches).toEqual([...CONSOLE_HOSTS]);
      expect(demoHostsIn(manifest)).toEqual([]);
      // Other consoles and connectors arrive through a manager's grant: optional, never required.
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      expect(manifest.permissions?.sort()).toEqual(['alarms', 'clipboardWrite', 'offscreen', 'scripting', 'storage']);
    }

    // pack:crx from that store build: the CRX's manifest names Zendesk only.
    const crx = run('node', ['scripts/pack-crx.mjs', '--no-build', '--src', join(out, 'chrome-mv3'), '--out', join(out, 'crx')], {});
    expect(crx.status, crx.output).toBe(0);
    const crxFile = readdirSync(join(out, 'crx')).find((f) => f.endsWith('.crx'))!;
    expect(packedManifest(join(out, 'crx', crxFile)).host_permissions).toEqual([...CONSOLE_HOSTS]);

    // …and pack:crx refuses the demo/test build.
    const demoCrx = run('node', ['scripts/pack-crx.mjs', '--no-build', '--src', EXTENSION_PATH, '--out', join(out, 'crx-demo')], {});
    expect(demoCrx.status).not.toBe(0);
    expect(demoCrx.output).toContain('is a demo/test build');
  });

  test('the e2e build is the demo/test build: Zendesk plus loopback', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.host_permissions).toEqual([...CONSOLE_HOSTS, ...DEMO_HOSTS]);
    for (const cs of manifest.content_scripts ?? []) expect(cs.matches).toEqual(expect.arrayContaining([...CONSOLE_HOSTS, ...DEMO_HOSTS]));
  });
});
