/**
 * Feature ids of one token sequence, exactly as the ONNX graph computes them
 * (export-onnx.ts): each position contributes its token id, a hashed bigram
 * (token, next) and a hashed trigram (token, next, next-but-one), the latter
 * two only while the neighbours are real tokens. Hashed ids live after the
 * vocabulary in one embedding table. All arithmetic stays below 2^53, so
 * JavaScript doubles and ONNX int64 agree bit for bit.
 */
export interface HashSpec {
  vocabSize: number;
  buckets: number;
}
export const K_BIGRAM = 1_000_003;
export const K_TRIGRAM = 999_983;

export function bigramBucket(a: number, b: number, buckets: number): number {
  return (a * K_BIGRAM + b) % buckets;
}
export function trigramBucket(a: number, b: number, c: number, buckets: number): number {
  return ((bigramBucket(a, b, buckets) + 1) * K_TRIGRAM + c) % buckets;
}

/** Feature ids (with repeats) for one unpadded sequence of token ids. */
export function featureIds(ids: ArrayLike<number>, spec: HashSpec): Int32Array {
  const n = ids.length;
  const out = new Int32Array(n + Math.max(0, n - 1) + Math.max(0, n - 2));
  let k = 0;
  for (let i = 0; i < n; i++) out[k++] = ids[i]!;
  for (let i = 0; i + 1 < n; i++) out[k++] = spec.vocabSize + bigramBucket(ids[i]!, ids[i + 1]!, spec.buckets);
  for (let i = 0; i + 2 < n; i++) out[k++] = spec.vocabSize + trigramBucket(ids[i]!, ids[i + 1]!, ids[i + 2]!, spec.buckets);
  return out;
}
