import type { Category, Priority, TicketExtraction } from './types';

/** The flat shape of `npm run cli -- extract` output lines (without the id). */
export interface ExtractionRecord {
  name: string | null;
  phones: string[];
  emails: string[];
  order_ids: string[];
  tracking_numbers: string[];
  category: Category;
  priority: Priority;
  escalate: boolean;
}

export function toCliRecord(x: TicketExtraction): ExtractionRecord {
  return {
    name: x.name?.value ?? null,
    phones: x.phones.map((f) => f.value),
    emails: x.emails.map((f) => f.value),
    order_ids: x.order_ids.map((f) => f.value),
    tracking_numbers: x.tracking_numbers.map((f) => f.value),
    category: x.category.value,
    priority: x.priority.value,
    escalate: x.escalate.value,
  };
}
