import { describe, expect, it } from 'vitest';
import type { Column } from './DataTable';
import { tableToCsv } from './table-csv';

type Row = { id: string; label: string; at: number; tickets: number };
const columns: Column<Row>[] = [
  { id: 'category', label: 'reports.col.category', cell: (r) => r.label, csv: (r) => r.id },
  { id: 'tickets', label: 'reports.col.tickets', cell: (r) => r.tickets, numeric: true },
  { id: 'last_contact', label: 'reports.col.lastSeen', cell: (r) => new Date(r.at).toLocaleString('zh-CN'), csv: (r) => new Date(r.at).toISOString() },
];

describe('tableToCsv', () => {
  it('writes column ids as the header and raw values instead of display text', () => {
    const csv = tableToCsv(columns, [{ id: 'refund_return', label: '退货退款', at: Date.UTC(2026, 10, 3, 2), tickets: 2 }]);
    expect(csv.slice(1).split('\r\n')).toEqual(['category,tickets,last_contact', 'refund_return,2,2026-11-03T02:00:00.000Z']);
  });
  it('falls back to the cell text when a column has no raw value', () => {
    expect(tableToCsv([columns[1]!], [{ id: '', label: '', at: 0, tickets: 7 }]).slice(1)).toBe('tickets\r\n7');
  });
});
