import type { TicketSnapshot } from '../../../consoles/adapter';
import type { TicketExtraction } from '../../../extract/types';

/**
 * Values for an article's `{{…}}` variables: what auto-fill found in the
 * conversation first (the customer's own name beats an account nickname),
 * then what the console shows.
 */
export function templateVars(snapshot: TicketSnapshot | null, extraction: TicketExtraction | null): Record<string, string | undefined> {
  return {
    'customer.name': extraction?.name?.value || snapshot?.requester.name || undefined,
    'customer.email': extraction?.emails[0]?.value || snapshot?.requester.email || undefined,
    'order.id': extraction?.order_ids[0]?.value,
    'tracking.number': extraction?.tracking_numbers[0]?.value,
    'agent.name': snapshot?.agentName || undefined,
    'ticket.id': snapshot?.ticketId ?? undefined,
  };
}
