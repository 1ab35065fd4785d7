import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/lib/i18n';

export interface Column<R> {
  /** Column id, also the CSV header (stable across UI languages). */
  id: string;
  label: MessageKey;
  /** Text shown in the cell; rendered as text, never as HTML. */
  cell: (row: R) => string | number;
  /** Value written to CSV, when it differs from the cell (raw numbers, ISO times). */
  csv?: (row: R) => string | number;
  numeric?: boolean;
}

export function DataTable<R>({ columns, rows, testId }: { columns: readonly Column<R>[]; rows: readonly R[]; testId?: string }) {
  const { t } = useI18n();
  return (
    <div className="rp-table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined}>
                {t(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.id} data-col={c.id} className={c.numeric ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
