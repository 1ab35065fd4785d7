/**
 * `npm run bench`: runs every bench/*.bench.ts in turn and prints its figures.
 * `npm run bench -- extract kb` runs only the files whose name contains a word given.
 * Each bench file exports `run(): Promise<void>` and prints a titled block of figures.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

console.log(`Deskmate bench · ${new Date().toISOString()} · node ${process.version} · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}`);
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(`./${file}`)) as { run: () => Promise<void> };
  await mod.run();
}
