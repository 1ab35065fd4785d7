import { describe, expect, it } from 'vitest';
import { adjustToPrior, estimatePrior, type SentimentPrior } from './prior';
import { seededRandom } from '../seeded/random';

const uniform: SentimentPrior = { negative: 1 / 3, neutral: 1 / 3, positive: 1 / 3 };

describe('adjustToPrior', () => {
  it('is the identity when the priors agree', () => {
    const s = { negative: 0.5, neutral: 0.3, positive: 0.2 };
    const out = adjustToPrior(s, uniform, uniform);
    for (const k of Object.keys(s) as Array<keyof SentimentPrior>) expect(out[k]).toBeCloseTo(s[k], 10);
  });

  it('moves a borderline message towards the class the deployment sees more often', () => {
    const s = { negative: 0.45, neutral: 0.4, positive: 0.15 };
    const out = adjustToPrior(s, uniform, { negative: 0.2, neutral: 0.6, positive: 0.2 });
    expect(out.neutral).toBeGreaterThan(out.negative);
    expect(out.negative + out.neutral + out.positive).toBeCloseTo(1, 10);
  });
});

describe('estimatePrior (EM on unlabelled posteriors)', () => {
  /** Posteriors of a calibrated model under a uniform training prior, for messages drawn from `truth`. */
  function sample(truth: number[], n: number): SentimentPrior[] {
    const rand = seededRandom(7);
    return Array.from({ length: n }, () => {
      const r = rand();
      const y = r < truth[0]! ? 0 : r < truth[0]! + truth[1]! ? 1 : 2;
      // Likelihoods: the true class is 3× as likely as each other class; uniform prior → posterior = likelihood share.
      const lik = [1, 1, 1].map((v, i) => (i === y ? 3 * v : v) * (0.8 + 0.4 * rand()));
      const s = lik.reduce((a, b) => a + b, 0);
      return { negative: lik[0]! / s, neutral: lik[1]! / s, positive: lik[2]! / s };
    });
  }

  it('recovers a skewed prior from unlabelled messages', () => {
    const est = estimatePrior(sample([0.15, 0.7, 0.15], 3000), uniform, { pseudoCount: 0 });
    expect(est.neutral).toBeGreaterThan(0.6);
    expect(est.negative).toBeLessThan(0.25);
  });

  it('stays near the training prior when there are only a few messages', () => {
    const est = estimatePrior(sample([0, 1, 0], 5), uniform);
    expect(est.neutral).toBeLessThan(0.6);
  });
});
