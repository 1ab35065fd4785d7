import { settingsSchema, type Settings } from './schema';
import { sanitizeSettings, type SettingsIssue } from './sanitize';
import { getAt, isPlainObject, leafPaths, objectShape, setAt } from './schema-walk';
import type { z } from 'zod';

/** What every context sees: the settings in force, and which of them the organisation decided. */
export interface EffectiveSettings {
  settings: Settings;
  /** Leaf paths set or locked by policy ("features.autofill"); the UI shows them locked. */
  locked: string[];
  /** The policy as read (sanitised), for the options page's "effective policy" view. */
  policy: Record<string, unknown>;
  issues: SettingsIssue[];
}

/** Policy-only keys that are not settings themselves. */
export const POLICY_LOCKED_KEYS = 'lockedKeys';

/**
 * defaults ← stored ← policy. Stored values under a locked path are ignored,
 * so writing storage cannot undo what policy decided; `lockedKeys` in policy
 * locks a path at its default without giving it a value.
 */
export function computeEffectiveSettings(stored: unknown, rawPolicy: unknown): EffectiveSettings {
  const policyIn = isPlainObject(rawPolicy) ? { ...rawPolicy } : {};
  const lockedKeys = Array.isArray(policyIn[POLICY_LOCKED_KEYS]) ? (policyIn[POLICY_LOCKED_KEYS] as unknown[]).filter((k): k is string => typeof k === 'string') : [];
  delete policyIn[POLICY_LOCKED_KEYS];

  const storedClean = sanitizeSettings(settingsSchema, stored ?? {});
  const policyClean = sanitizeSettings(settingsSchema, policyIn);
  const allLeaves = leafPaths(settingsSchema);
  const policyLeaves = allLeaves.filter((p) => getAt(policyClean.value, p) !== undefined);
  const locked = allLeaves.filter((p) => policyLeaves.includes(p) || lockedKeys.some((k) => p === k || p.startsWith(`${k}.`)));

  const merged = mergeBySchema(settingsSchema, storedClean.value, {});
  for (const p of locked) setAt(merged, p, undefined);
  const withPolicy = mergeBySchema(settingsSchema, merged, policyClean.value);
  const settings = settingsSchema.parse(stripUndefined(withPolicy));
  return {
    settings,
    locked,
    policy: { ...dropEmptySections(policyClean.value), ...(lockedKeys.length ? { [POLICY_LOCKED_KEYS]: lockedKeys } : {}) },
    issues: [...storedClean.issues.map((i) => ({ ...i, path: `stored: ${i.path}` })), ...policyClean.issues.map((i) => ({ ...i, path: `policy: ${i.path}` }))],
  };
}

export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || l.startsWith(`${path}.`) || path.startsWith(`${l}.`));
}

/** Objects merge key by key; every other value (arrays, records) is replaced whole. */
function mergeBySchema(schema: z.ZodType, base: unknown, over: unknown): Record<string, unknown> {
  const shape = objectShape(schema)!;
  const out: Record<string, unknown> = {};
  const b = isPlainObject(base) ? base : {};
  const o = isPlainObject(over) ? over : {};
  for (const key of Object.keys(shape)) {
    const child = shape[key]!;
    if (objectShape(child)) out[key] = mergeBySchema(child, b[key], o[key]);
    else out[key] = o[key] !== undefined ? o[key] : b[key];
  }
  return out;
}

/** A policy section whose only values were invalid shows as absent, not as `{}`. */
function dropEmptySections(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => !(isPlainObject(x) && Object.keys(x).length === 0)));
}

function stripUndefined(v: unknown): unknown {
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = stripUndefined(x);
  return out;
}
