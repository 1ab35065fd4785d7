import Papa from 'papaparse';

export type CsvRow = Record<string, string | number | boolean | null>;

/**
 * CSV with a header row from the first row's keys (or `columns`), quoted by
 * papaparse. Cells starting with = + - @ are prefixed with a quote so a chat
 * line pasted by a customer cannot run as a spreadsheet formula. A UTF-8 BOM
 * is added so Excel opens Chinese text correctly.
 */
export function toCsv(rows: readonly CsvRow[], columns?: readonly string[]): string {
  const fields = columns ? [...columns] : Object.keys(rows[0] ?? {});
  const data = rows.map((r) => fields.map((f) => r[f] ?? ''));
  return '\uFEFF' + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}
