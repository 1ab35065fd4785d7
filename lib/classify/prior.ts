/**
 * Per-deployment calibration of the sentiment model by class prior. The model's
 * probabilities carry the class balance of its training data (reviews are half
 * negative; service chats are ~40% neutral, food-delivery reviews call lukewarm
 * negative). When the deployment's prior differs, Bayes' rule moves each
 * posterior by prior/trainPrior (Saerens, Latinne & Decaestecker 2002); the
 * deployment prior is either set (a domain setting) or estimated by EM from the
 * deployment's own unlabelled messages, which needs no labels at all.
 */
import { SENTIMENT_LABELS, type Sentiment } from './labels';

export type SentimentPrior = Record<Sentiment, number>;

function normalise(v: number[]): number[] {
  const s = v.reduce((a, b) => a + b, 0);
  return s > 0 ? v.map((x) => x / s) : v.map(() => 1 / v.length);
}
const asArray = (p: SentimentPrior) => SENTIMENT_LABELS.map((l) => p[l]);
const asRecord = (v: number[]) => Object.fromEntries(SENTIMENT_LABELS.map((l, i) => [l, v[i]!])) as SentimentPrior;

/** Posterior under prior `to` from a posterior under prior `from`: p'(y|x) ∝ p(y|x) · to(y) / from(y). */
export function adjustToPrior(scores: SentimentPrior, from: SentimentPrior, to: SentimentPrior): SentimentPrior {
  return asRecord(normalise(SENTIMENT_LABELS.map((l) => (scores[l] * to[l]) / Math.max(from[l], 1e-6))));
}

/**
 * EM estimate of the class prior of a set of unlabelled messages from the model's
 * posteriors (trained under `from`). Converges in a few iterations; with few
 * messages the estimate is shrunk towards `from` by `pseudoCount` virtual messages
 * so that ten messages cannot swing it to an extreme.
 */
export function estimatePrior(posteriors: SentimentPrior[], from: SentimentPrior, opts: { iterations?: number; pseudoCount?: number } = {}): SentimentPrior {
  const iterations = opts.iterations ?? 100;
  const pseudo = opts.pseudoCount ?? 20;
  const base = asArray(from);
  let prior = [...base];
  for (let it = 0; it < iterations; it++) {
    const sums = base.map((b) => b * pseudo);
    for (const p of posteriors) {
      const adj = normalise(SENTIMENT_LABELS.map((l, i) => (p[l] * prior[i]!) / Math.max(base[i]!, 1e-6)));
      adj.forEach((v, i) => (sums[i]! += v));
    }
    const next = normalise(sums);
    const moved = next.reduce((m, v, i) => Math.max(m, Math.abs(v - prior[i]!)), 0);
    prior = next;
    if (moved < 1e-6) break;
  }
  return asRecord(prior);
}
