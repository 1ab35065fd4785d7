/**
 * What the manager points at, in the order the picker asks. Each step says
 * what kind of selector it yields: one element on the page, the message item
 * of one kind, or something inside every message.
 */
export const PICKER_STEPS = [
  { id: 'conversation', kind: 'unique', scope: 'document' },
  { id: 'customerMessage', kind: 'message' },
  { id: 'agentMessage', kind: 'message' },
  { id: 'internalNote', kind: 'message' },
  { id: 'messageText', kind: 'inner' },
  { id: 'messageAuthor', kind: 'inner' },
  { id: 'messageTime', kind: 'inner' },
  { id: 'messageExclude', kind: 'inner' },
  { id: 'ticketId', kind: 'unique', scope: 'document' },
  { id: 'subject', kind: 'unique', scope: 'document' },
  { id: 'requesterName', kind: 'unique', scope: 'document' },
  { id: 'requesterEmail', kind: 'unique', scope: 'document' },
  { id: 'requesterPhone', kind: 'unique', scope: 'document' },
  { id: 'openReply', kind: 'unique', scope: 'document' },
  { id: 'composer', kind: 'unique', scope: 'document' },
  { id: 'noteSwitch', kind: 'unique', scope: 'document' },
] as const;

export type FixedStepId = (typeof PICKER_STEPS)[number]['id'];
/** Ticket fields are steps too, one per key the manager adds: "field:priority". */
export type StepId = FixedStepId | `field:${string}`;
export type MessageKind = 'customerMessage' | 'agentMessage' | 'internalNote';
export const MESSAGE_KINDS: MessageKind[] = ['customerMessage', 'agentMessage', 'internalNote'];
export const INNER_STEPS = ['messageText', 'messageAuthor', 'messageTime', 'messageExclude'] as const;
export type InnerStep = (typeof INNER_STEPS)[number];

/** Without these the definition reads nothing. */
export const REQUIRED_STEPS: StepId[] = ['messageText'];

export const isFieldStep = (id: StepId): id is `field:${string}` => id.startsWith('field:');
export const fieldKeyOf = (id: `field:${string}`) => id.slice('field:'.length);

/** Field keys Deskmate fills (extraction and escalation), offered first; any other key may be typed. */
export const SUGGESTED_FIELD_KEYS = ['priority', 'status', 'category', 'order_number', 'tracking_number', 'phone', 'email', 'customer_name', 'tags'] as const;
