import { toCsv } from '@/lib/reports/csv';
import type { Column } from './DataTable';

/** A table's rows as CSV: stable column ids as the header, raw values where a column has them (ISO times, category ids). */
export function tableToCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return toCsv(
    rows.map((r) => Object.fromEntries(columns.map((c) => [c.id, (c.csv ?? c.cell)(r)]))),
    columns.map((c) => c.id),
  );
}
