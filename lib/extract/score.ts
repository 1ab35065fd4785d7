/**
 * Field-level scoring of extraction records against gold labels: micro P/R/F1
 * over list items (a value counts once per chat), exact-match accuracy for
 * name, category, priority and escalate. Shared by the CLI scorer and the
 * regression test so both report the same figures.
 */
import type { ExtractionRecord } from './cli-record';

export const LIST_FIELDS = ['phones', 'emails', 'order_ids', 'tracking_numbers'] as const;
export const EXACT_FIELDS = ['name', 'category', 'priority', 'escalate'] as const;
type ListField = (typeof LIST_FIELDS)[number];
type ExactField = (typeof EXACT_FIELDS)[number];

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  chats: number;
  lists: Record<ListField, Prf>;
  accuracy: Record<ExactField, number>;
  /** Per chat, the fields that differ (for tuning). */
  errors: Array<{ id: string; field: string; gold: unknown; pred: unknown }>;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function scoreExtractions(gold: ReadonlyArray<{ id: string } & ExtractionRecord>, pred: ReadonlyMap<string, ExtractionRecord>): ScoreReport {
  const counts = Object.fromEntries(LIST_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<ListField, { tp: number; fp: number; fn: number }>;
  const right = Object.fromEntries(EXACT_FIELDS.map((f) => [f, 0])) as Record<ExactField, number>;
  const errors: ScoreReport['errors'] = [];
  for (const g of gold) {
    const p = pred.get(g.id);
    for (const f of LIST_FIELDS) {
      const gs = new Set(g[f]);
      const ps = new Set(p?.[f] ?? []);
      const tp = [...ps].filter((v) => gs.has(v)).length;
      counts[f].tp += tp;
      counts[f].fp += ps.size - tp;
      counts[f].fn += gs.size - tp;
      if (tp !== gs.size || tp !== ps.size) errors.push({ id: g.id, field: f, gold: [...gs], pred: [...ps] });
    }
    for (const f of EXACT_FIELDS) {
      if (p && p[f] === g[f]) right[f]++;
      else errors.push({ id: g.id, field: f, gold: g[f], pred: p?.[f] });
    }
  }
  const n = gold.length || 1;
  return {
    chats: gold.length,
    lists: Object.fromEntries(LIST_FIELDS.map((f) => [f, prf(counts[f].tp, counts[f].fp, counts[f].fn)])) as Record<ListField, Prf>,
    accuracy: Object.fromEntries(EXACT_FIELDS.map((f) => [f, right[f] / n])) as Record<ExactField, number>,
    errors,
  };
}

export function formatReport(r: ScoreReport): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`${r.chats} chats`, 'field             P      R      F1     (tp/fp/fn)'];
  for (const f of LIST_FIELDS) {
    const s = r.lists[f];
    lines.push(`${f.padEnd(16)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`);
  }
  for (const f of EXACT_FIELDS) lines.push(`${(f + ' accuracy').padEnd(20)}${pct(r.accuracy[f])}`);
  return lines.join('\n');
}
