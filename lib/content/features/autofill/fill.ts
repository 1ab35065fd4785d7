import type { ConsoleAdapter, TicketContext, WriteResult } from '../../../consoles/adapter';
import type { AuditEntryInput } from '../../../messaging/protocol';
import type { PlannedWrite } from './fill-plan';

/** Stores audit entries (in the extension: `send('audit.record', { entries })`). */
export type AuditRecorder = (entries: AuditEntryInput[]) => Promise<unknown>;

/** What one Fill ticket did, kept so Undo can put every old value back. */
export interface FillRecord {
  ticketId: string | null;
  results: Array<{ write: PlannedWrite; result: WriteResult }>;
}

export const FILL_ACTION = 'autofill:fill';
export const UNDO_ACTION = 'autofill:undo';

function auditEntry(ctx: TicketContext, action: string, result: WriteResult, outcome: 'ok' | 'undone', attempted: string): AuditEntryInput {
  const base = { time: Date.now(), consoleId: ctx.consoleId, ticketId: ctx.ticketId ?? '', action, field: result.field };
  return result.ok
    ? { ...base, oldValue: result.oldValue, newValue: result.newValue, outcome }
    : { ...base, oldValue: '', newValue: attempted, outcome: 'error', detail: result.error };
}

/**
 * Writes one field after another, as an agent would (a Garden dropdown must
 * close before the next opens), then records them all in one audit message.
 * A failed write does not stop the others; it is recorded as an error.
 */
export async function applyFill(adapter: ConsoleAdapter, ctx: TicketContext, writes: readonly PlannedWrite[], record: AuditRecorder): Promise<FillRecord> {
  const results: FillRecord['results'] = [];
  for (const write of writes) {
    let result: WriteResult;
    try {
      result = await adapter.writeField(ctx, write.field, write.value);
    } catch (err) {
      result = { ok: false, field: write.field, error: (err as Error).message };
    }
    results.push({ write, result });
  }
  await record(results.map(({ write, result }) => auditEntry(ctx, FILL_ACTION, result, 'ok', write.value)));
  return { ticketId: ctx.ticketId, results };
}

/** Puts back the old value of every field the fill changed, newest first; audited as 'undone'. */
export async function undoFill(adapter: ConsoleAdapter, ctx: TicketContext, fill: FillRecord, record: AuditRecorder): Promise<WriteResult[]> {
  if (ctx.ticketId !== fill.ticketId) throw new Error(`the fill was made on ticket ${fill.ticketId ?? '?'}, not this one`);
  const undone: WriteResult[] = [];
  for (const { result } of [...fill.results].reverse()) {
    if (!result.ok) continue;
    let back: WriteResult;
    try {
      back = await adapter.writeField(ctx, result.field, result.oldValue);
    } catch (err) {
      back = { ok: false, field: result.field, error: (err as Error).message };
    }
    undone.push(back);
  }
  await record(undone.map((r) => auditEntry(ctx, UNDO_ACTION, r, 'undone', '')));
  return undone;
}
