import { consoleDefinitionSchema, type ConsoleDefinition } from './definition';
import freescoutJson from './definitions/freescout.json';
import requestTrackerJson from './definitions/request-tracker.json';

/**
 * Console definitions for open-source helpdesks, enabled on the options page
 * with one click. Each is checked against saved pages of the real console
 * (lib/consoles/configured/*.test.ts) and, for Request Tracker, against a live
 * install in the e2e suite.
 */
export interface ConsolePreset {
  id: string;
  name: string;
  definition: ConsoleDefinition;
  /** `autofill.fieldMapping[id]` set with the preset when the manager has none for this console yet. */
  fieldMapping: Record<string, string>;
}

export const CONSOLE_PRESETS: readonly ConsolePreset[] = [
  { id: 'freescout', name: 'FreeScout', definition: consoleDefinitionSchema.parse(freescoutJson), fieldMapping: {} },
  {
    id: 'request-tracker',
    name: 'Request Tracker 5',
    definition: consoleDefinitionSchema.parse(requestTrackerJson),
    // The RT preset's custom fields "Order number" and "Tracking number" (see docs/admin-guide.md).
    fieldMapping: { order_id: 'custom_order_number', tracking_number: 'custom_tracking_number' },
  },
];

/**
 * The settings after enabling `preset`: its definition replaces one with the
 * same id (a reset to the preset) and the others stay; a field mapping the
 * manager already has for that console is kept.
 */
export function withPreset(
  definitions: readonly ConsoleDefinition[],
  fieldMapping: Readonly<Record<string, Record<string, string>>>,
  preset: ConsolePreset,
): { definitions: ConsoleDefinition[]; fieldMapping: Record<string, Record<string, string>> } {
  const at = definitions.findIndex((d) => d.id === preset.id);
  const next = [...definitions];
  if (at >= 0) next[at] = preset.definition;
  else next.push(preset.definition);
  const mapping = { ...fieldMapping };
  if (!mapping[preset.id] && Object.keys(preset.fieldMapping).length) mapping[preset.id] = { ...preset.fieldMapping };
  return { definitions: next, fieldMapping: mapping };
}
