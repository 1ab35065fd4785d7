/** Dev metrics per source, for the training log and the eval command. */
export interface Scored {
  source: string;
  lang: string;
  label: number;
  /** Predicted label index. */
  pred: number;
}

export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  /** F1 of class 0 (abusive / negative), the class the targets speak about. */
  f1Class0: number;
  precision0: number;
  recall0: number;
}

export function metrics(rows: Array<{ label: number; pred: number }>, classes: number): Metrics {
  const f1s: number[] = [];
  let p0 = 0;
  let r0 = 0;
  for (let c = 0; c < classes; c++) {
    const tp = rows.filter((r) => r.pred === c && r.label === c).length;
    const fp = rows.filter((r) => r.pred === c && r.label !== c).length;
    const fn = rows.filter((r) => r.pred !== c && r.label === c).length;
    const prec = tp + fp ? tp / (tp + fp) : 0;
    const rec = tp + fn ? tp / (tp + fn) : 0;
    if (c === 0) [p0, r0] = [prec, rec];
    // Classes absent from this set (e.g. neutral in SST-2) are left out of the macro average.
    if (tp + fn > 0) f1s.push(prec + rec ? (2 * prec * rec) / (prec + rec) : 0);
  }
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  return {
    n: rows.length,
    accuracy: rows.filter((r) => r.pred === r.label).length / Math.max(1, rows.length),
    macroF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    f1Class0: f1(p0, r0),
    precision0: p0,
    recall0: r0,
  };
}

export function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/** Training-log summary from in-process probabilities (arg-max). */
export function scoreBySource(task: string, rows: Array<{ source: string; lang: string; label: number; probs: Float32Array }>): string {
  const classes = rows[0]?.probs.length ?? 2;
  const scored = rows.map((r) => ({ ...r, pred: r.probs.indexOf(Math.max(...r.probs)) }));
  const lines = [...groupBy(scored, (r) => `${r.source} (${r.lang})`)].map(([k, xs]) => {
    const m = metrics(xs, classes);
    return `  ${k.padEnd(32)} n=${String(m.n).padStart(5)} acc=${m.accuracy.toFixed(3)} macroF1=${m.macroF1.toFixed(3)} F1[${task === 'abuse' ? 'abusive' : 'negative'}]=${m.f1Class0.toFixed(3)}`;
  });
  return `${task} dev (in-process, arg-max):\n${lines.join('\n')}`;
}
