import { send } from '@/lib/messaging/client';
import { consoleDefinitionSchema } from '@/lib/consoles/definition';

/**
 * Add the taught definition to settings (replacing one with the same id).
 * The settings update refuses it whole, with the field named, when policy
 * locks the console definitions or a value is invalid.
 */
export async function saveDefinition(draft: unknown): Promise<void> {
  const def = consoleDefinitionSchema.parse(draft);
  const eff = await send('settings.get', {});
  const others = eff.settings.consoles.definitions.filter((d) => d.id !== def.id);
  await send('settings.update', { changes: { 'consoles.definitions': [...others, def] } });
}
