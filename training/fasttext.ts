/**
 * A fastText-style classifier: mean of feature embeddings → linear layer →
 * softmax, trained by plain SGD with a linearly decaying learning rate.
 * Hand-written because it is ~60 lines on Float32Arrays, needs no native
 * toolchain, and trains both models in minutes on 2 cores; the exported ONNX
 * graph computes the same function (export-onnx.ts).
 */
import { rng } from './corpus';

export interface FastTextModel {
  rows: number;
  dim: number;
  /**
   * 'mean': classic fastText. 'meanmax': the masked mean concatenated with the
   * element-wise max over the same features, so one insult inside a long polite
   * complaint is not averaged away.
   */
  pooling: Pooling;
  classes: number;
  /** rows × dim embedding table (vocabulary ids, then hashed n-gram buckets). */
  emb: Float32Array;
  /** (dim, or 2·dim for meanmax) × classes output weights, row-major. */
  w: Float32Array;
  bias: Float32Array;
}

export type Pooling = 'mean' | 'meanmax';

export interface TrainOptions {
  dim: number;
  pooling: Pooling;
  epochs: number;
  lr: number;
  seed: number;
  /** Per-class loss weight (e.g. to favour recall of the abusive class). */
  classWeight?: number[];
}

export function initModel(rows: number, classes: number, opts: Pick<TrainOptions, 'dim' | 'pooling' | 'seed'>): FastTextModel {
  const { dim, pooling } = opts;
  const rand = rng(opts.seed);
  const emb = new Float32Array(rows * dim);
  for (let i = 0; i < emb.length; i++) emb[i] = (rand() * 2 - 1) / dim;
  return { rows, dim, pooling, classes, emb, w: new Float32Array(hiddenSize(dim, pooling) * classes), bias: new Float32Array(classes) };
}

export function hiddenSize(dim: number, pooling: Pooling): number {
  return pooling === 'meanmax' ? 2 * dim : dim;
}

/**
 * Class probabilities for one feature list. `hidden` receives the pooled vector
 * (mean, then max for meanmax); `argmax[d]` the feature row that won dimension d.
 */
export function forward(m: FastTextModel, feats: Int32Array, hidden = new Float32Array(hiddenSize(m.dim, m.pooling)), argmax = new Int32Array(m.dim)): Float32Array {
  const { dim, classes, emb, w, bias } = m;
  const h = hidden.length;
  hidden.fill(0);
  if (m.pooling === 'meanmax') hidden.fill(-Infinity, dim);
  for (let k = 0; k < feats.length; k++) {
    const off = feats[k]! * dim;
    for (let d = 0; d < dim; d++) {
      const v = emb[off + d]!;
      hidden[d]! += v;
      if (m.pooling === 'meanmax' && v > hidden[dim + d]!) {
        hidden[dim + d] = v;
        argmax[d] = feats[k]!;
      }
    }
  }
  const inv = 1 / Math.max(1, feats.length);
  for (let d = 0; d < dim; d++) hidden[d]! *= inv;
  const p = new Float32Array(classes);
  let max = -Infinity;
  for (let c = 0; c < classes; c++) {
    let z = bias[c]!;
    for (let d = 0; d < h; d++) z += hidden[d]! * w[d * classes + c]!;
    p[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += p[c] = Math.exp(p[c]! - max);
  for (let c = 0; c < classes; c++) p[c]! /= sum;
  return p;
}

/** A training row; `weight` (default 1) scales its loss, e.g. to down-weight noisy auto-labelled rows. */
export interface TrainRow {
  feats: Int32Array;
  label: number;
  weight?: number;
}

export function train(m: FastTextModel, data: TrainRow[], opts: TrainOptions, log?: (msg: string) => void): void {
  const { dim, classes, emb, w, bias } = m;
  const rand = rng(opts.seed);
  const order = data.map((_, i) => i);
  const total = opts.epochs * data.length;
  const h = hiddenSize(dim, m.pooling);
  const hidden = new Float32Array(h);
  const gradH = new Float32Array(h);
  const argmax = new Int32Array(dim);
  const g = new Float32Array(classes);
  let step = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const idx of order) {
      const { feats, label, weight = 1 } = data[idx]!;
      const lr = opts.lr * (1 - step++ / total);
      const p = forward(m, feats, hidden, argmax);
      const cw = (opts.classWeight?.[label] ?? 1) * weight;
      loss -= Math.log(Math.max(1e-9, p[label]!)) * cw;
      for (let c = 0; c < classes; c++) g[c] = (p[c]! - (c === label ? 1 : 0)) * cw;
      for (let d = 0; d < h; d++) {
        let s = 0;
        for (let c = 0; c < classes; c++) s += w[d * classes + c]! * g[c]!;
        gradH[d] = s;
        for (let c = 0; c < classes; c++) w[d * classes + c]! -= lr * hidden[d]! * g[c]!;
      }
      for (let c = 0; c < classes; c++) bias[c]! -= lr * g[c]!;
      const scale = lr / Math.max(1, feats.length);
      for (let k = 0; k < feats.length; k++) {
        const off = feats[k]! * dim;
        for (let d = 0; d < dim; d++) emb[off + d]! -= scale * gradH[d]!;
      }
      // The max half only trains the row that won each dimension.
      if (m.pooling === 'meanmax') for (let d = 0; d < dim; d++) emb[argmax[d]! * dim + d]! -= lr * gradH[dim + d]!;
    }
    log?.(`epoch ${epoch + 1}/${opts.epochs} loss ${(loss / data.length).toFixed(4)}`);
  }
}
