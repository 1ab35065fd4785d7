import { z } from 'zod';
import { settingsSchema } from './schema';
import { POLICY_LOCKED_KEYS } from './effective';

/**
 * Chrome's managed-storage schema, generated from the settings schema so the
 * two can never drift (a test compares this with public/managed_schema.json;
 * `npm run gen:managed-schema` rewrites the file).
 *
 * Chrome accepts a subset of JSON Schema and refuses to load an extension whose
 * schema it cannot parse: keep only the keywords it knows (regex `pattern`s are
 * left out because Chrome checks them with RE2; zod still validates them).
 */
const KEEP = new Set(['type', 'title', 'description', 'properties', 'items', 'additionalProperties', 'enum', 'minimum', 'maximum']);

export function buildManagedSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const root = prune(json) as Record<string, unknown>;
  const properties = root.properties as Record<string, unknown>;
  properties[POLICY_LOCKED_KEYS] = {
    type: 'array',
    title: 'Locked settings',
    description: 'Setting paths (e.g. "features.autofill" or a whole section such as "history") locked at their default value without setting them.',
    items: { type: 'string' },
  };
  return { type: 'object', title: 'Deskmate policy', description: 'Settings an administrator sets for every agent; each one set here is locked in the options page.', properties };
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
}

function prune(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prune);
  if (typeof node !== 'object' || node === null) return node;
  // Chrome has no anyOf: where the settings accept a shorthand besides an object (a field given as a bare
  // selector), policy is described by the object form, which is what the shorthand is read as.
  const alternatives = (node as { anyOf?: unknown[] }).anyOf;
  if (Array.isArray(alternatives)) {
    const full = alternatives.find((a) => (a as { type?: string }).type === 'object') ?? alternatives[0];
    return prune({ ...(full as object), ...pick(node as Record<string, unknown>, ['title', 'description']) });
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (!KEEP.has(k)) continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, prune(pv)]));
    else if (k === 'additionalProperties' && typeof v === 'boolean') continue;
    else out[k] = prune(v);
  }
  // records without a value schema, and `z.unknown()` leaves, still need a type for Chrome
  if (!('type' in out) && !('enum' in out)) out.type = 'object';
  // Chrome refuses the whole schema (and the extension) when a non-integer has bounds.
  if (out.type !== 'integer') {
    delete out.minimum;
    delete out.maximum;
  }
  return out;
}
