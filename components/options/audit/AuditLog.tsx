import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DeskmateDb } from '@/lib/db/database';
import type { AuditEntry } from '@/lib/audit/types';
import { useI18n } from '@/lib/i18n';
import { actionFamilies, auditToCsv, queryAudit } from '@/lib/reports/audit-query';
import { lastDays, rangeFromDates } from '@/lib/reports/range';
import { DataTable, type Column } from '@/components/reports/DataTable';
import { downloadText } from '@/components/reports/download';
import { isValidRange, RangeFilter, type DayRange } from '@/components/reports/RangeFilter';
import './audit-log.css';

const LIMIT = 1000;

/** Every write Deskmate made into a console: filter by date, ticket, action and text; export what the filter shows. */
export function AuditLog() {
  const { t, lang } = useI18n();
  const db = useMemo(() => new DeskmateDb(), []);
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const [ticketId, setTicketId] = useState('');
  const [action, setAction] = useState('');
  const [text, setText] = useState('');
  const valid = isValidRange(range);
  const query = useQuery({
    queryKey: ['audit', range, ticketId, action, text],
    queryFn: () => queryAudit(db, { ...rangeFromDates(range.fromDay, range.toDay), ticketId, action, text, limit: LIMIT }),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  // The action choices come from the date range alone, so picking one does not empty the list.
  const families = useQuery({
    queryKey: ['audit-families', range],
    queryFn: async () => actionFamilies((await queryAudit(db, { ...rangeFromDates(range.fromDay, range.toDay), limit: 5000 })).entries),
    enabled: valid,
  });
  const columns: Column<AuditEntry>[] = [
    { id: 'time', label: 'reports.audit.col.time', cell: (e) => new Date(e.time).toLocaleString(lang) },
    { id: 'console', label: 'reports.audit.col.console', cell: (e) => e.consoleId },
    { id: 'ticket', label: 'reports.audit.col.ticket', cell: (e) => e.ticketId },
    { id: 'action', label: 'reports.audit.col.action', cell: (e) => e.action },
    { id: 'field', label: 'reports.audit.col.field', cell: (e) => e.field },
    { id: 'old', label: 'reports.audit.col.old', cell: (e) => e.oldValue },
    { id: 'new', label: 'reports.audit.col.new', cell: (e) => e.newValue },
    { id: 'outcome', label: 'reports.audit.col.outcome', cell: (e) => e.outcome },
  ];
  const page = query.data;
  return (
    <div className="setting audit-log" data-testid="audit-log">
      <p className="description">{t('reports.audit.retention')}</p>
      <RangeFilter value={range} onChange={setRange} />
      <div className="control audit-filters">
        <label>
          {t('reports.audit.ticket')} <input type="text" value={ticketId} onChange={(e) => setTicketId(e.target.value)} data-testid="audit-ticket" />
        </label>
        <label>
          {t('reports.audit.action')}{' '}
          <select value={action} onChange={(e) => setAction(e.target.value)} data-testid="audit-action">
            <option value="">{t('reports.audit.anyAction')}</option>
            {(families.data ?? []).map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.audit.text')} <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="audit-text" />
        </label>
        <button type="button" disabled={!page?.entries.length} onClick={() => page && downloadText(`deskmate-audit-${range.fromDay}_${range.toDay}.csv`, auditToCsv(page.entries))} data-testid="audit-export">
          {t('reports.export')}
        </button>
      </div>
      {query.error && <p className="field-error">{t('reports.error', { error: query.error.message })}</p>}
      {page && (
        <>
          <p className="description" data-testid="audit-count">
            {page.truncated ? t('reports.audit.truncated', { count: LIMIT }) : t('reports.audit.count', { count: page.entries.length })}
          </p>
          {page.entries.length ? <DataTable columns={columns} rows={page.entries} testId="audit-table" /> : <p className="description">{t('reports.audit.empty')}</p>}
        </>
      )}
    </div>
  );
}
