// `npm run new:console -- <id> "<Name>"`: scaffolds a console adapter folder
// (adapter, selectors as data, a table-driven test over a saved page) and says
// which two lines to add to lib/consoles/registry.ts. For consoles that
// selectors alone describe, prefer a definition (lib/consoles/definitions/).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const [id, name = id] = process.argv.slice(2);
if (!id || !/^[a-z][a-z0-9-]{1,30}$/.test(id)) {
  console.error('usage: npm run new:console -- <id (lowercase, dashes)> "<Display name>"');
  process.exit(2);
}
const dir = new URL(`../lib/consoles/${id}/`, import.meta.url);
if (existsSync(dir)) {
  console.error(`lib/consoles/${id} exists already`);
  process.exit(2);
}
const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
mkdirSync(new URL('fixtures/', dir), { recursive: true });
writeFileSync(new URL('selectors.ts', dir), `/** ${name}: selectors as data, so a markup change is a one-line fix. */
export const SELECTORS = {
  ticketRoot: 'main',
  item: '.message',
  body: '.message-body',
  author: '.message-author',
  customerItem: '.from-customer',
  subject: 'h1',
  composer: 'textarea',
} as const;
`);
writeFileSync(new URL('index.ts', dir), `import type { ConsoleAdapter } from '../adapter';
import { createConfiguredAdapter } from '../configured';
import { consoleDefinitionSchema } from '../definition';
import { SELECTORS } from './selectors';

/**
 * ${name}. Example URL: https://${id}.example.com/tickets/123
 * Starts from the configured-console reader; replace any method that needs code.
 */
const base = createConfiguredAdapter(
  consoleDefinitionSchema.parse({
    id: '${id}',
    name: '${name.replace(/'/g, "\\'")}',
    urlPattern: 'https://${id}.example.com/tickets/*',
    ticketIdPattern: '/tickets/(\\\\d+)',
    ticketRoot: SELECTORS.ticketRoot,
    subject: SELECTORS.subject,
    messages: { item: SELECTORS.item, body: SELECTORS.body, author: SELECTORS.author, roles: [{ selector: \`:not(\${SELECTORS.customerItem})\`, role: 'agent' }] },
    composer: SELECTORS.composer,
  }),
);

export const ${camel}Adapter: ConsoleAdapter = { ...base };
`);
writeFileSync(new URL(`${id}.test.ts`, dir), `import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../fixture-dom';
import { ${camel}Adapter } from './index';

/** Save real pages of ${name} as fixtures/YYYY-MM-DD-<what>.html (scripts and tokens removed) and describe what each holds. */
const pages = readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => f.endsWith('.html'));

describe.skipIf(pages.length === 0)('${name} adapter', () => {
  it.each(pages)('%s: finds the conversation', (file) => {
    const doc = loadDocument(readFileSync(new URL(\`./fixtures/\${file}\`, import.meta.url), 'utf8'));
    expect(${camel}Adapter.detect(doc)).toBe(true);
  });
});
`);
console.log(`created lib/consoles/${id}/ (index.ts, selectors.ts, ${id}.test.ts, fixtures/)

Next:
  1. save a real page as lib/consoles/${id}/fixtures/$(date +%F)-<what>.html and make the test table-driven over what it holds;
  2. in lib/consoles/registry.ts add '${id}' to BuiltInConsoleId and
       ${id.includes('-') ? `'${id}'` : id}: ${camel}Adapter,   (import { ${camel}Adapter } from './${id}')
     to BUILT_IN_ADAPTERS (the compiler insists on both);
  3. add its host to host_permissions / content_scripts matches in wxt.config.ts and entrypoints/content/index.tsx.`);
