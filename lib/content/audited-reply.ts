import type { ConsoleAdapter, TicketContext, WriteResult } from '../consoles/adapter';
import { send } from '../messaging/client';

/** Shown to the agent and kept in the audit log when a note is refused. */
export const NO_INTERNAL_CHANNEL = 'this console has no internal-note channel declared, so the note was not written (it would have gone to the customer-facing reply). A manager can declare one in the console definition.';

export interface AuditedReply {
  write: WriteResult;
  /** The console was written (or not) but the audit entry could not be stored. */
  auditError: string | null;
}

/**
 * Put text into the console's reply composer (or, when asked, its internal-note
 * channel: refused where the console has none) and record it in the audit log,
 * failed writes too: knowledge answers, lookup replies and history notes all
 * reach the console this one way.
 */
export async function insertReplyAudited(
  adapter: ConsoleAdapter,
  ctx: TicketContext,
  text: string,
  audit: { action: string; field: string; detail?: string; now?: number; internal?: boolean },
): Promise<AuditedReply> {
  let write: WriteResult;
  try {
    // A note never falls back to the reply: on a console without a declared internal channel it is refused.
    if (audit.internal) write = adapter.insertInternalNote ? await adapter.insertInternalNote(ctx, text) : { ok: false, field: 'internal_note', error: NO_INTERNAL_CHANNEL };
    else write = await adapter.insertReply(ctx, text);
  } catch (err) {
    write = { ok: false, field: 'reply', error: (err as Error).message };
  }
  const detail = [audit.detail, write.ok ? '' : write.error].filter(Boolean).join(' ');
  const entry = {
    time: audit.now ?? Date.now(),
    consoleId: ctx.consoleId,
    ticketId: ctx.ticketId ?? '',
    action: audit.action,
    field: audit.field,
    oldValue: write.ok ? write.oldValue : '',
    newValue: write.ok ? write.newValue : text,
    outcome: write.ok ? ('ok' as const) : ('error' as const),
    ...(detail ? { detail } : {}),
  };
  try {
    await send('audit.record', { entries: [entry] });
    return { write, auditError: null };
  } catch (err) {
    return { write, auditError: (err as Error).message };
  }
}
