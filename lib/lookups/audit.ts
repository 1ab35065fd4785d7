/**
 * The audit record of one lookup: which connector, on which field, when and
 * with what outcome. Deliberately without the looked-up value or the response
 * body, which are customer data the audit log must not accumulate.
 */
import type { AuditEntry } from '../audit/types';
import type { LookupResult } from './run-lookup';

export function lookupAuditEntry(result: LookupResult, context: { consoleId: string; ticketId: string }): AuditEntry {
  const detail =
    result.status === 'ok'
      ? `attempts=${result.attempts} ms=${result.durationMs}`
      : `${result.kind}${result.httpStatus ? ` ${result.httpStatus}` : ''}${result.pointer !== undefined ? ` pointer=${result.pointer}` : ''} attempts=${result.attempts} ms=${result.durationMs}`;
  return {
    time: result.fetchedAt,
    consoleId: context.consoleId,
    ticketId: context.ticketId,
    action: `lookup:${result.connectorId}`,
    field: result.field,
    oldValue: '',
    newValue: '',
    outcome: result.status === 'ok' ? 'ok' : 'error',
    detail,
  };
}
