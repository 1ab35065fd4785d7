import type { z } from 'zod';
import { isPlainObject, objectShape } from './schema-walk';

export interface SettingsIssue {
  path: string;
  message: string;
}

/**
 * Keep every field of `value` that is valid for `schema`, drop the rest one
 * field at a time, and say what was dropped. A bad stored value (an old
 * version's shape, a hand-edited policy) never resets the whole config.
 */
export function sanitizeSettings(
  schema: z.ZodType,
  value: unknown,
  prefix = '',
): { value: Record<string, unknown>; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const out = walk(schema, value, prefix, issues);
  return { value: isPlainObject(out) ? out : {}, issues };
}

const DROP = Symbol('drop');

function walk(schema: z.ZodType, value: unknown, path: string, issues: SettingsIssue[]): unknown {
  const shape = objectShape(schema);
  if (shape) {
    if (!isPlainObject(value)) {
      issues.push({ path: path || '(root)', message: 'expected an object' });
      return DROP;
    }
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const child = shape[key];
      const childPath = path ? `${path}.${key}` : key;
      if (!child) {
        issues.push({ path: childPath, message: 'unknown setting' });
        continue;
      }
      const cleaned = walk(child, v, childPath, issues);
      if (cleaned !== DROP) out[key] = cleaned;
    }
    return out;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  issues.push({ path, message: parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ') });
  return DROP;
}
