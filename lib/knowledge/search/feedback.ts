import { analyze, type AnalyzerOptions } from './analyzer';

/**
 * Pseudo-relevance feedback: assume the top hits are relevant and add their
 * most distinctive terms to the query. Helps when the customer's words differ
 * from the article's ("crossed out" vs "strikethrough") but the first pass
 * still finds the article through the words they share.
 */
export interface TermVector {
  tf: Map<string, number>;
  length: number;
}

export function termVector(text: string, analyzer: AnalyzerOptions = {}): TermVector {
  const tf = new Map<string, number>();
  const terms = analyze(text, analyzer);
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { tf, length: terms.length || 1 };
}

/** Document frequencies kept beside the index, so idf is known for candidate terms. */
export class DocumentFrequencies {
  private df = new Map<string, number>();
  count = 0;
  add(v: TermVector, sign: 1 | -1 = 1): void {
    this.count += sign;
    for (const t of v.tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + sign);
  }
  idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.count - n + 0.5) / (n + 0.5));
  }
}

/** The `n` terms most typical of `top` (tf share × idf, summed), excluding terms already queried. */
export function feedbackTerms(top: TermVector[], query: Map<string, number>, df: DocumentFrequencies, n: number): string[] {
  const score = new Map<string, number>();
  for (const v of top) {
    for (const [t, c] of v.tf) {
      if (query.has(t)) continue;
      score.set(t, (score.get(t) ?? 0) + (c / v.length) * df.idf(t));
    }
  }
  return [...score].sort((a, b) => b[1] - a[1]).slice(0, n).map(([t]) => t);
}
