/**
 * Which values in the active ticket may trigger a lookup. Auto-fill's
 * extraction is the source when it is there (one engine, one set of rules and
 * the agent's corrections); until it is, the same extraction engine runs here
 * over the conversation, so lookups never depend on auto-fill being enabled.
 */
import type { ChatMessage } from '../../../consoles/types';
import type { IncrementalExtractor, TicketExtraction } from '../../../extract';
import type { ExtractedLookupKeys } from '../../../lookups';

const values = (fields: ReadonlyArray<{ value: string }>): string[] => fields.map((f) => f.value);

export function lookupKeysFor(messages: readonly ChatMessage[], extraction: TicketExtraction | null, fallback: () => IncrementalExtractor): ExtractedLookupKeys {
  const found = extraction ?? fallback().update(messages);
  return {
    order_ids: values(found.order_ids),
    tracking_numbers: values(found.tracking_numbers),
    phones: values(found.phones),
    emails: values(found.emails),
    // Pattern connectors read what the customer wrote (agents' and internal lines excluded).
    text: messages
      .filter((m) => m.role === 'customer')
      .map((m) => m.text)
      .join('\n'),
  };
}
