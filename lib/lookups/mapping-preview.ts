/**
 * Field-by-field mapping report for the options page's "Test connector": where
 * `mapResponse` stops at the first broken pointer (the agent needs one clear
 * error), an administrator fixing a definition wants every pointer's outcome
 * at once, next to the raw response.
 */
import { LookupMappingError } from './errors';
import { resolvePointer } from './json-pointer';
import { mapResponse } from './mapping';
import type { DisplayOptions } from './display-value';
import type { DisplayField, LookupMapping } from './schema';

export interface FieldPreview {
  label: string;
  /** The absolute pointer tried (list fields: in the first item). */
  pointer: string;
  value?: string;
  error?: string;
}

export interface MappingPreview {
  fields: FieldPreview[];
  /** The list pointer's outcome, when the mapping has a list. */
  list?: { pointer: string; count?: number; error?: string };
  listFields: FieldPreview[];
}

function previewField(json: unknown, field: DisplayField, base: string, opts: Partial<DisplayOptions>): FieldPreview {
  const pointer = base + field.pointer;
  try {
    const mapped = mapResponse(json, { fields: [{ ...field, pointer }] }, opts);
    return { label: field.label, pointer, value: mapped.fields[0]!.value };
  } catch (e) {
    if (e instanceof LookupMappingError) return { label: field.label, pointer, error: e.detail };
    throw e;
  }
}

/** Parses `raw` (a response body) and reports every field; never throws on bad JSON. */
export function previewMapping(raw: string, mapping: LookupMapping, opts: Partial<DisplayOptions> = {}): MappingPreview | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { error: `not valid JSON: ${(e as Error).message}` };
  }
  const fields = mapping.fields.map((f) => previewField(json, f, '', opts));
  if (!mapping.list) return { fields, listFields: [] };
  const listPointer = mapping.list.pointer;
  const list = resolvePointer(json, listPointer);
  if (!list.found) return { fields, list: { pointer: listPointer, error: `${list.failedAt}: ${list.reason}` }, listFields: [] };
  if (!Array.isArray(list.value)) return { fields, list: { pointer: listPointer, error: `${listPointer || '(document)'} is not an array` }, listFields: [] };
  const listFields = list.value.length > 0 ? mapping.list.fields.map((f) => previewField(json, f, `${listPointer}/0`, opts)) : [];
  return { fields, list: { pointer: listPointer, count: list.value.length }, listFields };
}
