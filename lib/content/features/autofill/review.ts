import type { Evidence, TicketExtraction } from '../../../extract';

/** Deskmate's own field names (the keys of `autofill.fieldMapping`). */
export type ReviewKind = 'name' | 'phone' | 'email' | 'order_id' | 'tracking_number' | 'category' | 'priority' | 'escalate';

/** One value the agent reviews before Fill ticket. */
export interface ReviewItem {
  /** kind + suggested value: a decision belongs to that value, so a new value is reviewed afresh. */
  key: string;
  kind: ReviewKind;
  value: string;
  evidence: Evidence[];
  /** Written unless the agent ignores it (a normal/low priority or "other" is only written when accepted). */
  suggested: boolean;
  /** Escalation reasons, shown with the escalate item. */
  detail?: string;
}

export interface Decision {
  status: 'accepted' | 'ignored';
  /** The agent's correction of the value. */
  edited?: string;
}

export type Decisions = Record<string, Decision>;

const item = (kind: ReviewKind, value: string, evidence: Evidence[], suggested = true, detail?: string): ReviewItem => ({
  key: `${kind}:${value}`,
  kind,
  value,
  evidence,
  suggested,
  ...(detail !== undefined ? { detail } : {}),
});

/** Every extracted value as a review item, in the order the card shows them. */
export function reviewItems(ex: TicketExtraction): ReviewItem[] {
  const items: ReviewItem[] = [];
  if (ex.name) items.push(item('name', ex.name.value, ex.name.evidence));
  for (const f of ex.phones) items.push(item('phone', f.value, f.evidence));
  for (const f of ex.emails) items.push(item('email', f.value, f.evidence));
  for (const f of ex.order_ids) items.push(item('order_id', f.value, f.evidence));
  for (const f of ex.tracking_numbers) items.push(item('tracking_number', f.value, f.evidence));
  items.push(item('category', ex.category.value, ex.category.evidence, ex.category.value !== 'other'));
  const p = ex.priority.value;
  items.push(item('priority', p, ex.priority.evidence, p === 'high' || p === 'urgent'));
  if (ex.escalate.value) {
    const evidence = ex.escalate.reasons.flatMap((r) => r.messageIds.map((messageId) => ({ messageId, start: 0, end: 0 })));
    items.push(item('escalate', 'true', evidence, true, ex.escalate.reasons.map((r) => r.detail).join(' · ')));
  }
  return items;
}

export const isAccepted = (it: ReviewItem, decisions: Decisions): boolean => {
  const d = decisions[it.key];
  return d ? d.status === 'accepted' : it.suggested;
};

/** The value to write: the agent's edit, else the suggestion. */
export const finalValue = (it: ReviewItem, decisions: Decisions): string => decisions[it.key]?.edited ?? it.value;

/** Accepted items of one kind, with their final values, duplicates dropped. */
export function acceptedValues(items: readonly ReviewItem[], decisions: Decisions, kind: ReviewKind): string[] {
  const out = items.filter((it) => it.kind === kind && isAccepted(it, decisions)).map((it) => finalValue(it, decisions).trim());
  return [...new Set(out.filter(Boolean))];
}
