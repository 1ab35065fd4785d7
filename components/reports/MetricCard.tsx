import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { DataTable, type Column } from './DataTable';
import { downloadText } from './download';
import { tableToCsv } from './table-csv';

export interface MetricCardProps<R> {
  id: string;
  title: MessageKey;
  note?: string;
  /** Nothing to show: the card keeps its title and says so instead of drawing an empty chart. */
  empty: boolean;
  chart: ReactNode;
  /** Extra line above the chart (a headline figure). */
  headline?: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** File name without extension; the range is appended by the caller. */
  csvName: string;
}

/** One metric: chart, the same figures as a table, and their CSV export. */
export function MetricCard<R>(p: MetricCardProps<R>) {
  const { t } = useI18n();
  const exportCsv = () => downloadText(`${p.csvName}.csv`, tableToCsv(p.columns, p.rows));
  return (
    <section className="rp-card" data-metric={p.id} aria-labelledby={`rp-${p.id}`}>
      <header>
        <h2 id={`rp-${p.id}`}>{t(p.title)}</h2>
        {!p.empty && (
          <button type="button" className="rp-btn" onClick={exportCsv} data-testid={`export-${p.id}`}>
            {t('reports.export')}
          </button>
        )}
      </header>
      {p.note && <p className="rp-note">{p.note}</p>}
      {p.empty ? (
        <p className="rp-empty" data-testid={`empty-${p.id}`}>
          {t('reports.empty')}
        </p>
      ) : (
        <>
          {p.headline && (
            <p className="rp-headline" data-testid={`headline-${p.id}`}>
              {p.headline}
            </p>
          )}
          <div className="rp-chart">{p.chart}</div>
          <DataTable columns={p.columns} rows={p.rows} testId={`table-${p.id}`} />
        </>
      )}
    </section>
  );
}
