import type { DeskmateDb } from '../db/database';
import type { AuditEntry } from '../audit/types';
import { toCsv } from './csv';
import type { ReportRange } from './range';

export interface AuditQuery extends Partial<ReportRange> {
  ticketId?: string;
  /** An exact action ('field:priority') or its family ('field' matches every 'field:…'). */
  action?: string;
  /** Case-insensitive substring of field, old or new value, detail, ticket or console. */
  text?: string;
  /** @default 2000 */
  limit?: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** More entries matched than `limit`: narrow the filter to see them all. */
  truncated: boolean;
}

export function actionMatches(action: string, wanted: string): boolean {
  return action === wanted || action.startsWith(`${wanted}:`);
}

/**
 * Newest first over [from, to). Reads the time range in one `getAll` and
 * filters in memory: a Dexie `.filter()` walks a cursor entry by entry, which
 * measured about 30× slower on a 20k-entry log (docs/benchmarks.md), and
 * retention keeps the log to the history's window anyway.
 */
export async function queryAudit(db: DeskmateDb, q: AuditQuery): Promise<AuditPage> {
  const limit = q.limit ?? 2000;
  const ticket = q.ticketId?.trim();
  const action = q.action?.trim();
  const text = q.text?.trim().toLowerCase();
  const inRange = await db.audit.where('time').between(q.from ?? 0, q.to ?? Number.MAX_SAFE_INTEGER, true, false).toArray();
  const matches: AuditEntry[] = [];
  // index order is oldest first: walk backwards and stop one past the limit
  for (let i = inRange.length - 1; i >= 0 && matches.length <= limit; i--) {
    const e = inRange[i]!;
    if (ticket && e.ticketId !== ticket) continue;
    if (action && !actionMatches(e.action, action)) continue;
    if (text && ![e.field, e.oldValue, e.newValue, e.detail ?? '', e.ticketId, e.consoleId].some((v) => v.toLowerCase().includes(text))) continue;
    matches.push(e);
  }
  return { entries: matches.slice(0, limit), truncated: matches.length > limit };
}

/** Distinct action families seen ('field', 'reply', 'lookup' …), for the filter's choices. */
export function actionFamilies(entries: readonly AuditEntry[]): string[] {
  return [...new Set(entries.map((e) => e.action.split(':')[0]!))].sort();
}

export const AUDIT_CSV_COLUMNS = ['time', 'console', 'ticket', 'action', 'field', 'old_value', 'new_value', 'outcome', 'detail'] as const;

/** Stable English column names (a data file read by tools, not UI); time as ISO 8601 UTC. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  return toCsv(
    entries.map((e) => ({
      time: new Date(e.time).toISOString(),
      console: e.consoleId,
      ticket: e.ticketId,
      action: e.action,
      field: e.field,
      old_value: e.oldValue,
      new_value: e.newValue,
      outcome: e.outcome,
      detail: e.detail ?? '',
    })),
    AUDIT_CSV_COLUMNS,
  );
}
