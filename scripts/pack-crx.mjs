#!/usr/bin/env node
// Packs the built Chrome extension as a signed CRX3 plus an update.xml, for
// organisations that host Deskmate themselves (docs/admin-guide.md, "Self-hosting").
//
//   npm run pack:crx -- --base-url https://intranet.example.com/deskmate
//   npm run pack:crx -- --key /secure/org-key.pem --base-url https://… [--no-build]
//
// The CRX container and its signature come from the `crx3` package; this script
// only decides what goes in: a staged copy of .output/chrome-mv3 whose manifest
// `key` is the signing key's public key (so the id Chrome derives from the CRX
// equals the id in the manifest, and policy files naming that id match) and,
// with --base-url, an `update_url` so later updates come from the same server.
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import crx3 from 'crx3';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEV_KEY = join(ROOT, 'scripts/keys/deskmate-dev.pem');

/** Chrome's extension id: the first 128 bits of SHA-256 of the public key (DER), hex digits 0–f written as a–p. */
export function extensionIdOf(publicKeyDer) {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The update manifest Chrome polls (https://developer.chrome.com/docs/extensions/how-to/distribute/host-on-linux). */
export function updateXml({ id, version, codebase }) {
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${attr(id)}">
    <updatecheck codebase="${attr(codebase)}" version="${attr(version)}"/>
  </app>
</gupdate>
`;
}

function fail(message) {
  console.error(`pack:crx: ${message}`);
  process.exit(1);
}

/**
 * Loopback hosts a manifest names (host permissions, content-script matches): only the demo/test build has them
 * (lib/permissions/shipped-hosts.ts), and a CRX that carries them runs Deskmate on every local web app.
 */
export function loopbackHostsIn(manifest) {
  const named = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? [])];
  return [...new Set(named.filter((h) => /^https?:\/\/(localhost|127\.0\.0\.1)\//.test(h)))];
}

async function main() {
  const { values } = parseArgs({
    options: {
      key: { type: 'string', default: DEV_KEY },
      'base-url': { type: 'string' },
      src: { type: 'string', default: join(ROOT, '.output/chrome-mv3') },
      out: { type: 'string', default: join(ROOT, '.output') },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const src = resolve(values.src);
  const out = resolve(values.out);
  const keyPath = resolve(values.key);
  const baseUrl = values['base-url']?.replace(/\/+$/, '');

  // Refuse rather than let crx3 invent a key: a new key means a new extension id,
  // and every policy file naming the old id would silently stop matching.
  if (!existsSync(keyPath)) fail(`no private key at ${keyPath}. Create one with: openssl genrsa -out org-key.pem 2048 (keep it secret; it fixes your extension id)`);
  if (baseUrl && !/^https?:\/\/[^/]+/.test(baseUrl)) fail(`--base-url must be an absolute http(s) URL, got "${baseUrl}"`);

  if (!values['no-build']) {
    // A store build whatever the caller's shell says: the demo flag must never reach a package.
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DESKMATE_DEMO_HOSTS: '' } });
    if (built.status !== 0) fail('wxt build failed');
  }
  if (!existsSync(join(src, 'manifest.json'))) fail(`no manifest.json in ${src}: run npm run build first`);

  const pem = readFileSync(keyPath);
  let publicDer;
  try {
    createPrivateKey(pem);
    publicDer = createPublicKey(pem).export({ type: 'spki', format: 'der' });
  } catch (e) {
    fail(`${keyPath} is not a PEM private key (${e.message})`);
  }
  const id = extensionIdOf(publicDer);

  const stage = mkdtempSync(join(tmpdir(), 'deskmate-crx-'));
  try {
    cpSync(src, stage, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(stage, 'manifest.json'), 'utf8'));
    const loopback = loopbackHostsIn(manifest);
    if (loopback.length) fail(`${src} is a demo/test build (it names ${loopback.join(', ')}); pack a store build: npm run pack:crx without --no-build, or npm run build first`);
    manifest.key = publicDer.toString('base64');
    if (baseUrl) manifest.update_url = `${baseUrl}/update.xml`;
    writeFileSync(join(stage, 'manifest.json'), JSON.stringify(manifest));

    mkdirSync(out, { recursive: true });
    const crxName = `deskmate-${manifest.version}.crx`;
    const crxPath = join(out, crxName);
    await crx3([join(stage, 'manifest.json')], { keyPath, crxPath });

    console.log(`extension id ${id}`);
    console.log(`wrote ${crxPath} (${(statSync(crxPath).size / 1024 / 1024).toFixed(2)} MB)`);
    if (baseUrl) {
      writeFileSync(join(out, 'update.xml'), updateXml({ id, version: manifest.version, codebase: `${baseUrl}/${crxName}` }));
      console.log(`wrote ${join(out, 'update.xml')}; serve both at ${baseUrl}/`);
    } else {
      console.log('no update.xml: pass --base-url <where you will serve the CRX> to write one');
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
