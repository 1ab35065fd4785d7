/**
 * The evaluation interface's file format (`npm run cli -- classify`):
 * input lines {"id","text"}, output lines {"id","label","score"}. Kept out of
 * the CLI command so the parsing rules are unit-tested.
 */
export interface ClassifyInput {
  /** Whatever the caller used (string or number); the line number when absent. */
  id: unknown;
  text: string;
}

/** Parse JSONL; blank lines are skipped, a line without a string "text" is an error naming file and line. */
export function parseClassifyInput(content: string, source: string): ClassifyInput[] {
  const out: ClassifyInput[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let obj: { id?: unknown; text?: unknown };
    try {
      obj = JSON.parse(line) as typeof obj;
    } catch {
      throw new Error(`${source}:${i + 1}: not valid JSON`);
    }
    if (typeof obj.text !== 'string') throw new Error(`${source}:${i + 1}: "text" must be a string`);
    out.push({ id: obj.id ?? i + 1, text: obj.text });
  });
  return out;
}

export function formatPredictions(rows: Array<{ id: unknown; label: string; score: number }>): string {
  return rows.map((r) => JSON.stringify({ id: r.id, label: r.label, score: Number(r.score.toFixed(6)) })).join('\n') + '\n';
}
