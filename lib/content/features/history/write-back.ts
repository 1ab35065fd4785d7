/**
 * "Write summary to ticket as internal note", so the console stays the
 * system of record for the whole team. Only through the console's internal-note
 * channel (Zendesk's composer switcher, or the one a definition declares),
 * confirmed by reading the console; a console without one gets no note,
 * never the customer-facing reply. The note carries a visible marker and the
 * agent posts it.
 * Every write is audited, failed ones too.
 */
import type { ConsoleAdapter, TicketContext } from '../../../consoles/adapter';
import { summaryForRecord, type HandlingRecord } from '../../../history';
import { insertReplyAudited } from '../../audited-reply';

export const NOTE_MARKER = { zh: '【Deskmate 处理记录】', en: '[Deskmate handling note]' } as const;

/** The note's text: the agent's own summary when edited, else one generated with the agent's name; the agent note follows. */
export function noteText(record: HandlingRecord): string {
  const summary = record.summaryEdited ? record.summary : summaryForRecord(record, { includeAgent: true });
  const note = record.note.trim() ? `\n${record.note.trim()}` : '';
  return `${NOTE_MARKER[record.lang]} ${summary}${note}`;
}

export type WriteBackResult = { ok: true } | { ok: false; error: string };

export async function writeSummaryNote(adapter: ConsoleAdapter, ctx: TicketContext, record: HandlingRecord, now = Date.now()): Promise<WriteBackResult> {
  const { write, auditError } = await insertReplyAudited(adapter, ctx, noteText(record), { action: 'history.writeBack', field: 'internal_note', now, internal: true });
  // The console was written but the audit was not: say so rather than pretend all is well.
  if (write.ok && auditError) return { ok: false, error: `written, but the audit log failed: ${auditError}` };
  return write.ok ? { ok: true } : { ok: false, error: write.error };
}
