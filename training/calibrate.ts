/**
 * Temperature scaling (Guo et al. 2017): one scalar T fitted on the dev rows
 * by minimising negative log-likelihood, then folded into the output layer
 * (w/T, bias/T). Arg-max labels do not change; probabilities stop sitting at
 * 0 or 1, so the abuse threshold and the neutral band behave smoothly.
 */
import { forward, type FastTextModel } from './fasttext';

export function fitTemperature(m: FastTextModel, rows: Array<{ feats: Int32Array; label: number }>): number {
  // log p differs from the logits by a per-row constant, which softmax(·/T) ignores.
  const logp = rows.map((r) => Array.from(forward(m, r.feats), (p) => Math.log(Math.max(p, 1e-30))));
  const nll = (t: number) =>
    rows.reduce((sum, r, i) => {
      const z = logp[i]!.map((v) => v / t);
      const max = Math.max(...z);
      const lse = max + Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0));
      return sum + lse - z[r.label]!;
    }, 0) / Math.max(1, rows.length);
  let best = 1;
  let bestNll = nll(1);
  for (let t = 0.5; t <= 8; t *= 1.05) {
    const v = nll(t);
    if (v < bestNll) [best, bestNll] = [t, v];
  }
  return best;
}

export function applyTemperature(m: FastTextModel, t: number): void {
  for (let i = 0; i < m.w.length; i++) m.w[i]! /= t;
  for (let i = 0; i < m.bias.length; i++) m.bias[i]! /= t;
}
