/**
 * A sentence-embedding model small enough to ship: the normalised sum of
 * token, hashed-bigram and hashed-trigram embeddings (features.ts), trained
 * contrastively (InfoNCE with in-batch negatives) so texts that mean the same
 * land close together. Hand-written on Float32Arrays for the same reasons as
 * fasttext.ts: no native toolchain, minutes on 2 cores, and export-embedding.ts
 * writes an ONNX graph computing exactly this function.
 */
import { rng } from '../corpus';

export interface EmbeddingModel {
  rows: number;
  dim: number;
  /** rows × dim, row-major. */
  emb: Float32Array;
}

export interface ContrastiveOptions {
  dim: number;
  epochs: number;
  /** Row-wise Adagrad learning rate. */
  lr: number;
  /** Softmax temperature on cosine similarities. */
  temperature: number;
  batchSize: number;
  seed: number;
}

/** One training pair: two feature lists that should embed close together; `group` keeps true positives out of each other's negatives. */
export interface Pair {
  a: Int32Array;
  b: Int32Array;
  group: string;
  /** A hard negative for `a`: close in words, wrong in meaning (e.g. the keyword ranking's best wrong article). */
  neg?: Int32Array;
}

export function initEmbedding(rows: number, dim: number, seed: number): EmbeddingModel {
  const rand = rng(seed);
  const emb = new Float32Array(rows * dim);
  for (let i = 0; i < emb.length; i++) emb[i] = (rand() * 2 - 1) * 0.1;
  return { rows, dim, emb };
}

/** Sum of the feature rows (unnormalised), into `out`. */
function pool(m: EmbeddingModel, feats: Int32Array, out: Float32Array): void {
  out.fill(0);
  const { dim, emb } = m;
  for (let k = 0; k < feats.length; k++) {
    const off = feats[k]! * dim;
    for (let d = 0; d < dim; d++) out[d]! += emb[off + d]!;
  }
}

/** Unit-length embedding of one feature list (what the ONNX graph + mean pooling + normalise gives). */
export function embed(m: EmbeddingModel, feats: Int32Array): Float32Array {
  const v = new Float32Array(m.dim);
  pool(m, feats, v);
  normalise(v);
  return v;
}

function normalise(v: Float32Array): number {
  let n = 0;
  for (let d = 0; d < v.length; d++) n += v[d]! * v[d]!;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < v.length; d++) v[d]! /= n;
  return n;
}

/**
 * Symmetric InfoNCE over batches of pairs: each a_i must pick b_i among the
 * batch's b (and vice versa). Batches never hold two pairs of one group, so no
 * paraphrase is ever pushed away from its own meaning. Row-wise Adagrad (one
 * accumulator per embedding row) suits the very sparse updates.
 */
export function trainContrastive(m: EmbeddingModel, pairs: Pair[], opts: ContrastiveOptions, log?: (msg: string) => void): void {
  const { dim, emb } = m;
  const rand = rng(opts.seed);
  const acc = new Float32Array(m.rows);
  const B = opts.batchSize;
  const inv = 1 / opts.temperature;
  const ua = Array.from({ length: B }, () => new Float32Array(dim));
  const ub = Array.from({ length: B }, () => new Float32Array(dim));
  const na = new Float32Array(B);
  const nb = new Float32Array(B);
  const ga = Array.from({ length: B }, () => new Float32Array(dim));
  const gb = Array.from({ length: B }, () => new Float32Array(dim));
  const un = Array.from({ length: B }, () => new Float32Array(dim));
  const nn = new Float32Array(B);
  const gn = Array.from({ length: B }, () => new Float32Array(dim));
  const sNeg = new Float32Array(B);
  const S = new Float32Array(B * B);
  const P = new Float32Array(B * B);
  const Q = new Float32Array(B * B);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const batches = makeBatches(pairs, B, rand);
    let loss = 0;
    let count = 0;
    for (const batch of batches) {
      const n = batch.length;
      for (let i = 0; i < n; i++) {
        pool(m, batch[i]!.a, ua[i]!);
        na[i] = normalise(ua[i]!);
        pool(m, batch[i]!.b, ub[i]!);
        nb[i] = normalise(ub[i]!);
        const neg = batch[i]!.neg;
        if (neg) {
          pool(m, neg, un[i]!);
          nn[i] = normalise(un[i]!);
          let s = 0;
          for (let d = 0; d < dim; d++) s += ua[i]![d]! * un[i]![d]!;
          sNeg[i] = s * inv;
        }
      }
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let d = 0; d < dim; d++) s += ua[i]![d]! * ub[j]![d]!;
          S[i * n + j] = s * inv;
        }
      // Row softmax (a → b, plus a's hard negative) and column softmax (b → a).
      const pNeg = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        const hasNeg = !!batch[i]!.neg;
        let max = hasNeg ? sNeg[i]! : -Infinity;
        for (let j = 0; j < n; j++) max = Math.max(max, S[i * n + j]!);
        let sum = 0;
        for (let j = 0; j < n; j++) sum += P[i * n + j] = Math.exp(S[i * n + j]! - max);
        if (hasNeg) sum += pNeg[i] = Math.exp(sNeg[i]! - max);
        for (let j = 0; j < n; j++) P[i * n + j]! /= sum;
        pNeg[i]! /= sum;
        loss -= Math.log(Math.max(1e-9, P[i * n + i]!));
      }
      for (let j = 0; j < n; j++) {
        let max = -Infinity;
        for (let i = 0; i < n; i++) max = Math.max(max, S[i * n + j]!);
        let sum = 0;
        for (let i = 0; i < n; i++) sum += Q[i * n + j] = Math.exp(S[i * n + j]! - max);
        for (let i = 0; i < n; i++) Q[i * n + j]! /= sum;
        loss -= Math.log(Math.max(1e-9, Q[j * n + j]!));
      }
      count += 2 * n;
      // dL/dS_ij = (P_ij - δ_ij) + (Q_ij - δ_ij), scaled by 1/τ for the cosines.
      for (let i = 0; i < n; i++) {
        ga[i]!.fill(0);
        gb[i]!.fill(0);
        if (!batch[i]!.neg) continue;
        const g = (pNeg[i]! * inv) / n;
        for (let d = 0; d < dim; d++) {
          ga[i]![d] = g * un[i]![d]!;
          gn[i]![d] = g * ua[i]![d]!;
        }
      }
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const g = (P[i * n + j]! + Q[i * n + j]! - (i === j ? 2 : 0)) * inv / n;
          if (g === 0) continue;
          for (let d = 0; d < dim; d++) {
            ga[i]![d]! += g * ub[j]![d]!;
            gb[j]![d]! += g * ua[i]![d]!;
          }
        }
      // Through the normalisation: d(u)/d(s) = (I − u uᵀ) / |s|; then the same gradient reaches every summed row.
      for (let i = 0; i < n; i++) {
        project(ga[i]!, ua[i]!, na[i]!);
        project(gb[i]!, ub[i]!, nb[i]!);
        update(batch[i]!.a, ga[i]!);
        update(batch[i]!.b, gb[i]!);
        const neg = batch[i]!.neg;
        if (neg) {
          project(gn[i]!, un[i]!, nn[i]!);
          update(neg, gn[i]!);
        }
      }
    }
    log?.(`epoch ${epoch + 1}/${opts.epochs} loss ${(loss / count).toFixed(4)} (${batches.length} batches)`);
  }

  function project(g: Float32Array, u: Float32Array, norm: number): void {
    let dot = 0;
    for (let d = 0; d < dim; d++) dot += g[d]! * u[d]!;
    for (let d = 0; d < dim; d++) g[d] = (g[d]! - dot * u[d]!) / norm;
  }
  function update(feats: Int32Array, g: Float32Array): void {
    let g2 = 0;
    for (let d = 0; d < dim; d++) g2 += g[d]! * g[d]!;
    g2 /= dim;
    for (let k = 0; k < feats.length; k++) {
      const r = feats[k]!;
      acc[r]! += g2;
      const step = opts.lr / Math.sqrt(acc[r]! + 1e-8);
      const off = r * dim;
      for (let d = 0; d < dim; d++) emb[off + d]! -= step * g[d]!;
    }
  }
}

/** Shuffled batches in which every group appears at most once. */
function makeBatches(pairs: Pair[], size: number, rand: () => number): Pair[][] {
  const order = pairs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const batches: Pair[][] = [];
  let open: Array<{ pairs: Pair[]; groups: Set<string> }> = [];
  for (const i of order) {
    const p = pairs[i]!;
    // First open batch without this group; a handful of open batches is enough to place nearly everything.
    let slot = open.find((b) => !b.groups.has(p.group));
    if (!slot) {
      slot = { pairs: [], groups: new Set() };
      open.push(slot);
    }
    slot.pairs.push(p);
    slot.groups.add(p.group);
    if (slot.pairs.length === size) {
      batches.push(slot.pairs);
      open = open.filter((b) => b !== slot);
    }
  }
  for (const b of open) if (b.pairs.length > 1) batches.push(b.pairs);
  return batches;
}
