/**
 * "Write summary to ticket as internal note", so the console stays the
 * system of record for the whole team. The adapter interface has no
 * internal-note writer yet, so the note goes into the reply composer with a
 * visible marker for the agent to post as internal (the demo console and
 * Zendesk both let the agent switch the composer to an internal note).
 * Every write is audited, failed ones too.
 */
import type { ConsoleAdapter, TicketContext } from '../../../consoles/adapter';
import { summarizeHandling, type HandlingRecord } from '../../../history';
import { send } from '../../../messaging/client';

export const NOTE_MARKER = { zh: '【Deskmate 处理记录】', en: '[Deskmate handling note]' } as const;

/** The note's text: the agent's own summary when edited, else one generated with the agent's name; the agent note follows. */
export function noteText(record: HandlingRecord): string {
  const summary = record.summaryEdited
    ? record.summary
    : summarizeHandling(
        {
          lang: record.lang,
          category: record.category,
          orderIds: record.facts.orderIds,
          trackingNumbers: record.facts.trackingNumbers,
          outcome: record.outcome,
          detail: record.facts.detail,
          customerName: record.customerName,
          agent: record.agent,
        },
        { includeAgent: true },
      );
  const note = record.note.trim() ? `\n${record.note.trim()}` : '';
  return `${NOTE_MARKER[record.lang]} ${summary}${note}`;
}

export type WriteBackResult = { ok: true } | { ok: false; error: string };

export async function writeSummaryNote(adapter: ConsoleAdapter, ctx: TicketContext, record: HandlingRecord, now = Date.now()): Promise<WriteBackResult> {
  const text = noteText(record);
  let result: Awaited<ReturnType<ConsoleAdapter['insertReply']>>;
  try {
    result = await adapter.insertReply(ctx, text);
  } catch (err) {
    result = { ok: false, field: 'reply', error: (err as Error).message };
  }
  const entry = {
    time: now,
    consoleId: ctx.consoleId,
    ticketId: ctx.ticketId ?? '',
    action: 'history.writeBack',
    field: 'internal_note',
    oldValue: result.ok ? result.oldValue : '',
    newValue: result.ok ? result.newValue : text,
    outcome: result.ok ? ('ok' as const) : ('error' as const),
    ...(result.ok ? {} : { detail: result.error }),
  };
  try {
    await send('audit.record', { entries: [entry] });
  } catch (err) {
    // The console was written but the audit was not: say so rather than pretend all is well.
    if (result.ok) return { ok: false, error: `written, but the audit log failed: ${(err as Error).message}` };
  }
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
