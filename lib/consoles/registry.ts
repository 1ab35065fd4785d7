import type { ConsoleAdapter } from './adapter';
import { createConfiguredAdapter } from './configured';
import type { ConsoleDefinition } from './definition';
import { zendeskAdapter } from './zendesk';

/** Every console with a hand-written adapter. A new id without an adapter is a compile error. */
export type BuiltInConsoleId = 'zendesk';
export const BUILT_IN_ADAPTERS: Record<BuiltInConsoleId, ConsoleAdapter> = {
  zendesk: zendeskAdapter,
};

/**
 * The adapter for this page: built-in adapters first (when enabled), then
 * console definitions from settings/policy. Null when Deskmate should stay out.
 */
export function resolveAdapter(
  doc: Document,
  url: URL,
  opts: { enabled: Partial<Record<BuiltInConsoleId, boolean>>; definitions: ConsoleDefinition[] },
): ConsoleAdapter | null {
  for (const [id, adapter] of Object.entries(BUILT_IN_ADAPTERS) as Array<[BuiltInConsoleId, ConsoleAdapter]>) {
    if (opts.enabled[id] !== false && adapter.matchesUrl(url) && adapter.detect(doc)) return adapter;
  }
  for (const def of opts.definitions) {
    const adapter = createConfiguredAdapter(def);
    if (adapter.matchesUrl(url) && adapter.detect(doc)) return adapter;
  }
  return null;
}
