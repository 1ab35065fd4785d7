import { z } from 'zod';

/**
 * Small helpers that walk the settings schema. Only `z.object` nodes are
 * branches; everything else (arrays, records, enums, numbers…) is a leaf that
 * is validated, stored, merged and locked as one value.
 */
type AnySchema = z.ZodType;

/** Strip default/prefault/optional wrappers to reach the node that says what the value is. */
export function unwrap(schema: AnySchema): AnySchema {
  let s: AnySchema = schema;
  for (;;) {
    const def = (s as unknown as { _zod: { def: { type: string; innerType?: AnySchema } } })._zod.def;
    if ((def.type === 'default' || def.type === 'prefault' || def.type === 'optional') && def.innerType) s = def.innerType;
    else return s;
  }
}

export function objectShape(schema: AnySchema): Record<string, AnySchema> | null {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, AnySchema>) : null;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** Every leaf path of the schema, e.g. "features.autofill", "consoles.definitions". */
export function leafPaths(schema: AnySchema, prefix = ''): string[] {
  const shape = objectShape(schema);
  if (!shape) return [prefix];
  return Object.entries(shape).flatMap(([k, s]) => leafPaths(s, prefix ? `${prefix}.${k}` : k));
}

export function leafSchemaAt(schema: AnySchema, path: string): AnySchema | null {
  let s: AnySchema | null = schema;
  for (const part of path.split('.')) {
    const shape: Record<string, AnySchema> | null = s ? objectShape(s) : null;
    s = shape?.[part] ?? null;
    if (!s) return null;
  }
  return s;
}

export function getAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (isPlainObject(o) ? o[k] : undefined), obj);
}

export function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = obj;
  for (const k of parts.slice(0, -1)) {
    if (!isPlainObject(o[k])) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}
