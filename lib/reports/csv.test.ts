import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines and round-trips through a parser', () => {
    const rows = [
      { day: '2026-11-01', text: 'where is my order, please?' },
      { day: '2026-11-02', text: 'he said "refund"\nnow' },
      { day: '2026-11-03', text: '快递还没到' },
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFday,text\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(parsed.data).toEqual(rows);
  });
  it('neutralises spreadsheet formulas from untrusted text', () => {
    expect(toCsv([{ q: '=HYPERLINK("http://x")' }])).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
  it('writes a header even with no rows when columns are given', () => {
    expect(toCsv([], ['day', 'tickets']).trimEnd()).toBe('\uFEFFday,tickets');
  });
  it('orders cells by the given columns and blanks nulls', () => {
    expect(toCsv([{ b: 2, a: null }], ['a', 'b'])).toBe('\uFEFFa,b\r\n,2');
  });
});
