/**
 * Maps a system's JSON response to labelled display fields with the
 * connector's JSON pointers. A pointer that does not resolve fails the whole
 * lookup with an error naming that pointer, unless the field is optional: a
 * half-filled card that looks complete is worse than a clear error.
 */
import { toDisplayString, type DisplayOptions } from './display-value';
import { LookupMappingError } from './errors';
import { resolvePointer } from './json-pointer';
import type { DisplayField, LookupMapping } from './schema';

export interface MappedField {
  label: string;
  labelZh?: string;
  /** Plain text; render as text only. '' when the system sent null. */
  value: string;
}

export interface MappedResponse {
  fields: MappedField[];
  /** One row per list item, each with the list's fields in order. */
  items: MappedField[][];
}

/** Up to this many line items are shown; the rest are summarised by the system itself. */
export const MAX_ITEMS = 50;

function mapField(document: unknown, field: DisplayField, base: string, opts: DisplayOptions): MappedField {
  const pointer = base + field.pointer;
  const found = resolvePointer(document, pointer);
  const labels = { label: field.label, ...(field.labelZh ? { labelZh: field.labelZh } : {}) };
  if (!found.found) {
    if (field.optional) return { ...labels, value: '' };
    throw new LookupMappingError(pointer, `${found.failedAt}: ${found.reason}`);
  }
  const value = toDisplayString(found.value, field.format, opts);
  if (value === null) {
    const kind = Array.isArray(found.value) ? 'an array' : 'an object';
    throw new LookupMappingError(pointer, `${pointer} is ${kind}, not a value; point at one of its members${Array.isArray(found.value) ? ' or map it as the list' : ''}`);
  }
  return { ...labels, value };
}

/** @throws LookupMappingError naming the pointer that failed. */
export function mapResponse(json: unknown, mapping: LookupMapping, opts: Partial<DisplayOptions> = {}): MappedResponse {
  const display: DisplayOptions = { lang: opts.lang ?? 'en', timeZone: opts.timeZone };
  const fields = mapping.fields.map((f) => mapField(json, f, '', display));
  if (!mapping.list) return { fields, items: [] };

  const list = resolvePointer(json, mapping.list.pointer);
  if (!list.found) throw new LookupMappingError(mapping.list.pointer, `${list.failedAt}: ${list.reason}`);
  if (!Array.isArray(list.value)) throw new LookupMappingError(mapping.list.pointer, `${mapping.list.pointer || '(document)'} is not an array`);
  const items = list.value
    .slice(0, MAX_ITEMS)
    .map((_item, i) => mapping.list!.fields.map((f) => mapField(json, f, `${mapping.list!.pointer}/${i}`, display)));
  return { fields, items };
}

/** The label to show in the agent's language. */
export function fieldLabel(field: Pick<MappedField, 'label' | 'labelZh'>, lang: DisplayOptions['lang']): string {
  return lang === 'zh' && field.labelZh ? field.labelZh : field.label;
}
