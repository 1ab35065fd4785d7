import { consoleDefinitionSchema } from '../consoles/definition';
import { createConfiguredAdapter } from '../consoles/configured';
import { checkDefinition, describeProblems } from '../consoles/configured/check';

export interface PreviewMessage {
  role: 'customer' | 'agent' | 'system';
  internal: boolean;
  name: string;
  time: string | null;
  /** The first 140 characters: enough to recognise the message. */
  text: string;
}

export type Preview =
  | { ok: false; issues: string[] }
  | {
      ok: true;
      ticketId: string | null;
      subject: string;
      requester: { name: string; email: string; phone: string };
      counts: { customer: number; agent: number; system: number; internal: number };
      messages: PreviewMessage[];
      /** Selectors that found nothing, named by their place in the definition. */
      problems: string[];
    };

/**
 * What the draft definition reads on this page, through the very adapter that
 * will read it once saved: the preview cannot say something the panel won't.
 */
export function previewDefinition(draft: unknown, doc: Document, url: URL): Preview {
  const parsed = consoleDefinitionSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(definition)'}: ${i.message}`) };
  const def = parsed.data;
  const problems = describeProblems(checkDefinition(def, doc, url));
  const adapter = createConfiguredAdapter(def);
  const ctx = adapter.activeTicket(doc, url);
  if (!ctx) return { ok: true, ticketId: null, subject: '', requester: { name: '', email: '', phone: '' }, counts: { customer: 0, agent: 0, system: 0, internal: 0 }, messages: [], problems };
  const snap = adapter.readTicket(ctx);
  const counts = { customer: 0, agent: 0, system: 0, internal: 0 };
  for (const m of snap.messages) {
    counts[m.role]++;
    if (m.internal) counts.internal++;
  }
  return {
    ok: true,
    ticketId: snap.ticketId,
    subject: snap.subject,
    requester: { name: snap.requester.name, email: snap.requester.email, phone: snap.requester.phone },
    counts,
    messages: snap.messages.map((m) => ({ role: m.role, internal: !!m.internal, name: m.name, time: m.time, text: m.text.slice(0, 140) })),
    problems,
  };
}
