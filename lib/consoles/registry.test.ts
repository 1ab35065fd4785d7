import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ADAPTERS } from './registry';
import { consoleDefinitionSchema } from './definition';

/** Holds the architecture: every built-in adapter has its folder, a saved fixture page and a test; every example definition is valid. */
const here = new URL('./', import.meta.url);

describe('console registry', () => {
  it.each(Object.keys(BUILT_IN_ADAPTERS))('%s has a folder with dated fixture pages and a test', (id) => {
    const dir = new URL(`${id}/`, here);
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(new URL('fixtures/', dir)).filter((f) => /^\d{4}-\d\d-\d\d-.+\.html$/.test(f)).length).toBeGreaterThan(0);
    expect(readdirSync(dir).some((f) => f.endsWith('.test.ts'))).toBe(true);
    expect(BUILT_IN_ADAPTERS[id as keyof typeof BUILT_IN_ADAPTERS].id).toBe(id);
  });

  it.each(readdirSync(new URL('definitions/', here)).filter((f) => f.endsWith('.json')))('example definition %s is valid', (file) => {
    const parsed = consoleDefinitionSchema.safeParse(JSON.parse(readFileSync(new URL(`definitions/${file}`, here), 'utf8')));
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(parsed.data!.id).toBe(file.replace('.json', ''));
  });
});
