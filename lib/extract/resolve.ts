/**
 * Conversation-level resolve over cached per-message scans: corrections
 * replace earlier values, agent-issued case numbers and agent addresses are
 * dropped, duplicates merge their evidence, and the category is the first
 * stated problem. Cheap (no regex over message text), so it reruns on every
 * new message.
 */
import type { Candidate } from './candidate';
import { firstStatedCategory } from './first-problem';
import { resolvePriority } from './priority';
import { resolveName, type PlacedName } from './resolve-name';
import type { MessageScan } from './scan-message';
import type { ExtractSignals, Field, Lang, TicketExtraction } from './types';

type Kind = Candidate['kind'];

interface ResolveInput {
  lang: Lang;
  scans: readonly MessageScan[];
  agentNames: readonly string[];
  /** Console sender names on customer messages. */
  displayNames?: readonly string[];
  signals?: ExtractSignals;
}

/**
 * Values the agent wrote (case numbers, addresses), each with the position of
 * the agent's first mention: a customer value is the agent's only when the
 * agent said it first. An agent reading back the customer's own e-mail or
 * order number ("sent to accounts+saas@…") does not take it away.
 */
function agentFirstMentions(scans: readonly MessageScan[], of: (s: MessageScan) => readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  scans.forEach((s, order) => {
    for (const v of of(s)) if (!first.has(v)) first.set(v, order);
  });
  return first;
}

function collect(scans: readonly MessageScan[], kind: Kind, agentSaid: ReadonlyMap<string, number>): Field<string>[] {
  let fields: Field<string>[] = [];
  const customerFirst = new Set<string>();
  for (const [order, scan] of scans.entries()) {
    if (scan.role !== 'customer') continue;
    for (const c of scan.candidates) {
      if (c.kind !== kind) continue;
      const agentAt = agentSaid.get(c.value);
      if (agentAt !== undefined && agentAt < order && !customerFirst.has(c.value)) continue;
      customerFirst.add(c.value);
      // A value after a correction phrase replaces the values given before it.
      if (scan.correctionAt >= 0 && c.start > scan.correctionAt) {
        fields = fields.filter((f) => f.value === c.value || f.evidence.some((e) => e.messageId === scan.messageId && e.start > scan.correctionAt));
      }
      const ev = { messageId: scan.messageId, start: c.start, end: c.end };
      const same = fields.find((f) => f.value === c.value);
      if (same) same.evidence.push(ev);
      else fields.push({ value: c.value, evidence: [ev] });
    }
  }
  return fields;
}

export function resolveExtraction({ lang, scans, agentNames, displayNames, signals }: ResolveInput): TicketExtraction {
  const issued = agentFirstMentions(scans, (s) => s.issuedIds);
  const agentEmails = agentFirstMentions(scans, (s) => s.agentEmails);
  const names: PlacedName[] = scans.flatMap((s, order) => s.names.map((n) => ({ ...n, messageId: s.messageId, order })));
  const category = firstStatedCategory(scans);
  const customer = scans.filter((s) => s.role === 'customer').map((s) => ({ messageId: s.messageId, cues: s.cues }));
  const order_ids = collect(scans, 'order', issued);
  const tracking_numbers = collect(scans, 'tracking', issued);
  const { priority, escalate } = resolvePriority(customer, category.value, signals, order_ids.length + tracking_numbers.length > 0);
  return {
    lang,
    name: resolveName(names, agentNames, displayNames),
    phones: collect(scans, 'phone', new Map()),
    emails: collect(scans, 'email', agentEmails),
    order_ids,
    tracking_numbers,
    category,
    priority,
    escalate,
  };
}
