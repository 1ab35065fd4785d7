import type { TicketSnapshot } from '../../../consoles/adapter';
import { acceptedValues, type Decisions, type ReviewItem, type ReviewKind } from './review';

/** One console field Fill ticket will set, and which reviewed value it comes from. */
export interface PlannedWrite {
  field: string;
  value: string;
  from: ReviewKind | 'subject' | 'description';
}

export interface SkippedWrite {
  field: string;
  from: PlannedWrite['from'];
  reason: 'not-in-form';
}

export interface FillPlan {
  writes: PlannedWrite[];
  skipped: SkippedWrite[];
}

export interface FillPlanInput {
  items: readonly ReviewItem[];
  decisions: Decisions;
  snapshot: TicketSnapshot;
  /** `autofill.fieldMapping[consoleId]`: Deskmate field → console field key. */
  mapping: Record<string, string>;
  /** `adapter.writableFields(ctx)`. */
  writable: readonly string[];
}

/** Tag added when the agent accepts the escalation (routing rules in the console key on tags). */
export const ESCALATE_TAG = 'escalate';
const SUBJECT_MAX = 80;

/**
 * Subjects a console or channel gives a ticket before anyone reads it; only
 * those (or an empty one) are replaced, never a subject someone wrote.
 */
const DEFAULT_SUBJECT = /^(?:(?:chat|conversation|message|call|voicemail|sms|whatsapp)(?: (?:with|from) .*)?|new ticket|untitled|\(no subject\)|no subject|(?:来自.*的)?(?:聊天|会话|对话|留言|新工单)(?:记录)?|无主题)$/i;
export const isDefaultSubject = (subject: string): boolean => subject.trim() === '' || DEFAULT_SUBJECT.test(subject.trim());

/** First line of the first customer message, shortened at a word (or, in Chinese, a character) boundary. */
export function subjectFrom(text: string): string {
  const line = text.trim().split(/\n/)[0]!.trim();
  if (line.length <= SUBJECT_MAX) return line;
  const cut = line.slice(0, SUBJECT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUBJECT_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?，。；：、！？]+$/, '')}…`;
}

const splitTags = (tags: string): string[] => tags.split(',').map((t) => t.trim()).filter(Boolean);
const tagOf = (category: string): string => category.trim().toLowerCase().replace(/\s+/g, '_');

/**
 * What Fill ticket writes: requester (name), tags (category added to the
 * existing ones), priority, the subject when still empty/default, and the
 * mapped custom fields. A field already holding the value is left alone, so a
 * second Fill is a no-op and Undo only touches real changes.
 */
export function planFill({ items, decisions, snapshot, mapping, writable }: FillPlanInput): FillPlan {
  const writes: PlannedWrite[] = [];
  const skipped: SkippedWrite[] = [];
  const current = (field: string) => (field === 'requester' ? snapshot.requester.name : snapshot.fields[field] ?? '');
  const add = (field: string, value: string, from: PlannedWrite['from']) => {
    if (!value || writes.some((w) => w.field === field)) return;
    if (!writable.includes(field)) return void skipped.push({ field, from, reason: 'not-in-form' });
    if (current(field).trim() !== value) writes.push({ field, value, from });
  };
  const one = (kind: ReviewKind) => acceptedValues(items, decisions, kind)[0] ?? '';
  const firstCustomer = snapshot.messages.find((m) => m.role === 'customer' && !m.internal)?.text ?? '';

  if (isDefaultSubject(snapshot.subject) && firstCustomer) add('subject', subjectFrom(firstCustomer), 'subject');
  add('requester', one('name'), 'name');

  const existing = splitTags(snapshot.fields.tags ?? '');
  const extra = [...acceptedValues(items, decisions, 'category').map(tagOf), ...(one('escalate') ? [ESCALATE_TAG] : [])];
  const tags = [...existing, ...extra.filter((t) => !existing.includes(t))];
  if (tags.length > existing.length) add('tags', tags.join(', '), 'category');

  add('priority', one('priority'), 'priority');

  for (const [from, target] of Object.entries(mapping)) {
    const field = resolveFieldKey(target, writable);
    if (from === 'description') add(field, current(field).trim() ? '' : firstCustomer.trim(), 'description');
    else if (isKind(from)) add(field, acceptedValues(items, decisions, from).join(', '), from);
  }
  return { writes, skipped };
}

/**
 * The console field a mapping names. Managers copy ids from the console's admin ("custom field 360001", "360001",
 * "field-360001"): where the exact key is not in the form, a form field with the same numeric id is the one meant.
 */
export function resolveFieldKey(target: string, writable: readonly string[]): string {
  const key = target.trim();
  if (writable.includes(key)) return key;
  const id = /(\d{3,})\s*$/.exec(key)?.[1];
  return (id && writable.find((w) => new RegExp(`(^|[^\\d])${id}$`).test(w))) || key;
}

const KINDS: readonly string[] = ['name', 'phone', 'email', 'order_id', 'tracking_number', 'category', 'priority'] satisfies ReviewKind[];
const isKind = (k: string): k is ReviewKind => KINDS.includes(k);
