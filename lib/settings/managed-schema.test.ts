import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema } from './managed-schema';
import { leafPaths } from './schema-walk';
import { settingsSchema } from './schema';

const checkedIn = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'));

function untitled(node: Record<string, unknown>, path: string): string[] {
  const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
  const missing: string[] = [];
  for (const [key, child] of Object.entries(props)) {
    const p = path ? `${path}.${key}` : key;
    if (!child.title || !child.description) missing.push(p);
    missing.push(...untitled(child, p));
    if (child.items && typeof child.items === 'object') missing.push(...untitled(child.items as Record<string, unknown>, `${p}[]`));
  }
  return missing;
}

describe('public/managed_schema.json', () => {
  it('is exactly what the settings schema generates (run `npm run gen:managed-schema`)', () => {
    expect(checkedIn).toEqual(buildManagedSchema());
  });

  it('covers every setting', () => {
    for (const path of leafPaths(settingsSchema)) {
      const node = path.split('.').reduce<Record<string, unknown>>((n, k) => (n.properties as Record<string, Record<string, unknown>>)[k]!, checkedIn);
      expect(node, path).toBeDefined();
    }
  });

  it('gives every key a title and a description', () => {
    expect(untitled(checkedIn, '')).toEqual([]);
  });

  it('uses only keywords Chrome accepts', () => {
    const allowed = new Set(['type', 'title', 'description', 'properties', 'items', 'additionalProperties', 'enum', 'minimum', 'maximum']);
    const walk = (n: unknown): void => {
      if (Array.isArray(n) || typeof n !== 'object' || n === null) return;
      for (const [k, v] of Object.entries(n)) {
        expect(allowed.has(k), k).toBe(true);
        if ((k === 'minimum' || k === 'maximum') && (n as { type?: string }).type !== 'integer') throw new Error(`bounds on a non-integer: Chrome would refuse the schema`);
        if (k === 'properties') Object.values(v as object).forEach(walk);
        else walk(v);
      }
    };
    walk(checkedIn);
  });
});
