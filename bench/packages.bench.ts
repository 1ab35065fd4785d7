/**
 * Package sizes (issue 7, "Packaging"): the Chrome and Edge zips that
 * `npm run zip` writes into .output/, against the 20 MB target that includes
 * the models and the ONNX runtime, plus what each unpacks to and what takes
 * the room. Reads existing zips; builds them with `npm run zip` only when one
 * is missing (or `DESKMATE_BENCH_REZIP=1`), because a build rewrites
 * .output/chrome-mv3 under anything else using it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUTPUT = join(ROOT, '.output');
const TARGET_BYTES = 20 * 1024 * 1024;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function filesUnder(dir: string): Array<{ path: string; size: number }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), size: statSync(path).size };
    });
}

/** Where the bytes go, by what a reviewer would ask about. */
function kindOf(path: string): string {
  if (path.endsWith('.wasm')) return 'ONNX runtime (wasm)';
  if (path.startsWith('models/')) return 'models';
  if (/\.(m?js)$/.test(path)) return 'JavaScript';
  return 'other (html, css, json, icons, locales)';
}

function zipPath(browser: 'chrome' | 'edge'): string {
  return join(OUTPUT, `deskmate-${VERSION}-${browser}.zip`);
}

export async function run(): Promise<void> {
  const browsers = ['chrome', 'edge'] as const;
  if (process.env.DESKMATE_BENCH_REZIP === '1' || browsers.some((b) => !existsSync(zipPath(b)))) {
    console.log('building packages: npm run zip');
    const zipped = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (zipped.status !== 0) {
      console.log('npm run zip failed: no package figures');
      return;
    }
  }

  console.log(`target: each package ≤ ${mb(TARGET_BYTES)} (models and ONNX runtime included)`);
  console.log('package                              zip          unpacked     files   vs target');
  for (const browser of browsers) {
    const zip = statSync(zipPath(browser)).size;
    const dir = join(OUTPUT, `${browser}-mv3`);
    const files = existsSync(dir) ? filesUnder(dir) : [];
    const unpacked = files.reduce((s, f) => s + f.size, 0);
    const verdict = zip <= TARGET_BYTES ? `OK, ${mb(TARGET_BYTES - zip)} under` : `OVER by ${mb(zip - TARGET_BYTES)}`;
    console.log(`${relative(ROOT, zipPath(browser)).padEnd(36)} ${mb(zip).padEnd(12)} ${(files.length ? mb(unpacked) : 'n/a').padEnd(12)} ${String(files.length).padEnd(7)} ${verdict}`);
  }

  const crx = readdirSync(OUTPUT).find((f) => f === `deskmate-${VERSION}.crx`);
  if (crx) console.log(`self-hosted CRX (npm run pack:crx): ${mb(statSync(join(OUTPUT, crx)).size)}`);

  const chromeDir = join(OUTPUT, 'chrome-mv3');
  if (!existsSync(chromeDir)) return;
  const files = filesUnder(chromeDir);
  const byKind = new Map<string, number>();
  for (const f of files) byKind.set(kindOf(f.path), (byKind.get(kindOf(f.path)) ?? 0) + f.size);
  console.log('\nunpacked Chrome build by kind:');
  for (const [kind, size] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(40)} ${mb(size)}`);
  console.log('largest files:');
  for (const f of [...files].sort((a, b) => b.size - a.size).slice(0, 5)) console.log(`  ${f.path.padEnd(60)} ${mb(f.size)}`);
}
