/**
 * Writes the trained FastTextModel as ONNX (onnx-proto) so transformers.js
 * runs it as a "bert" text-classification model. The graph recomputes the
 * hashed n-gram features of features.ts from input_ids, takes the
 * attention-masked mean of their embeddings and applies the linear layer.
 * fp32 → onnx/model.onnx; q8 (int8 table with one scale per row, dequantised
 * after the Gather so only the rows in use are touched) → onnx/model_quantized.onnx.
 */
import onnxProto from 'onnx-proto';
import type { FastTextModel } from './fasttext';
import { K_BIGRAM, K_TRIGRAM, type HashSpec } from './features';

export const { onnx } = onnxProto;
export const T = onnx.TensorProto.DataType;
type Node = ReturnType<typeof onnx.NodeProto.create>;
type Tensor = ReturnType<typeof onnx.TensorProto.create>;

export function int64(name: string, values: number[]): Tensor {
  return onnx.TensorProto.create({ name, dataType: T.INT64, dims: [values.length], int64Data: values });
}
export function scalarInt64(name: string, v: number): Tensor {
  return onnx.TensorProto.create({ name, dataType: T.INT64, dims: [], int64Data: [v] });
}
export function floats(name: string, dims: number[], data: Float32Array): Tensor {
  return onnx.TensorProto.create({ name, dataType: T.FLOAT, dims, rawData: new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) });
}
export function node(opType: string, input: string[], output: string, attrs: Record<string, number | number[]> = {}): Node {
  const A = onnx.AttributeProto.AttributeType;
  const attribute = Object.entries(attrs).map(([name, v]) => (Array.isArray(v) ? { name, type: A.INTS, ints: v } : { name, type: A.INT, i: v }));
  return onnx.NodeProto.create({ opType, input, output: [output], name: output, attribute });
}
export function io(name: string, elemType: number, dims: Array<string | number>) {
  const dim = dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d }));
  return onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: { dim } } } });
}

/** Per-row symmetric int8 quantisation of the embedding table. */
export function quantizeRows(m: Pick<FastTextModel, 'rows' | 'dim' | 'emb'>): { q: Int8Array; scales: Float32Array } {
  const q = new Int8Array(m.emb.length);
  const scales = new Float32Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let max = 0;
    for (let d = 0; d < m.dim; d++) max = Math.max(max, Math.abs(m.emb[r * m.dim + d]!));
    const s = max > 0 ? max / 127 : 1;
    scales[r] = s;
    for (let d = 0; d < m.dim; d++) q[r * m.dim + d] = Math.round(m.emb[r * m.dim + d]! / s);
  }
  return { q, scales };
}

/**
 * The hashed n-gram features of features.ts, computed in the graph from `input_ids` and
 * `attention_mask` ([batch, seq]): ids `a` (tokens), `h2` (bigram rows), `h3` (trigram rows),
 * each with its mask `ma`, `m2`, `m3` (1 while the neighbours are real tokens). Shared by the
 * classifier and the sentence-embedding exports, so both hash exactly as training does.
 */
export function hashedNgramGraph(spec: HashSpec): { init: Tensor[]; nodes: Node[] } {
  return {
    init: [
      int64('pads', [0, 0, 0, 2]), int64('ax1', [1]),
      int64('s0', [0]), int64('s1', [1]), int64('s2', [2]), int64('e_m2', [-2]), int64('e_m1', [-1]), int64('e_max', [2 ** 31 - 1]),
      scalarInt64('k1', K_BIGRAM), scalarInt64('k2', K_TRIGRAM), scalarInt64('buckets', spec.buckets), scalarInt64('vocab', spec.vocabSize), scalarInt64('one', 1),
    ],
    nodes: [
      node('Pad', ['input_ids', 'pads'], 'ids_p'),
      node('Cast', ['attention_mask'], 'mask_f', { to: T.FLOAT }),
      node('Pad', ['mask_f', 'pads'], 'mask_p'),
      // Position i, i+1, i+2 views of the padded sequence, all of the original length.
      node('Slice', ['ids_p', 's0', 'e_m2', 'ax1'], 'a'), node('Slice', ['ids_p', 's1', 'e_m1', 'ax1'], 'b'), node('Slice', ['ids_p', 's2', 'e_max', 'ax1'], 'c'),
      node('Slice', ['mask_p', 's0', 'e_m2', 'ax1'], 'ma'), node('Slice', ['mask_p', 's1', 'e_m1', 'ax1'], 'mb'), node('Slice', ['mask_p', 's2', 'e_max', 'ax1'], 'mc'),
      node('Mul', ['ma', 'mb'], 'm2'), node('Mul', ['m2', 'mc'], 'm3'),
      node('Mul', ['a', 'k1'], 'ak'), node('Add', ['ak', 'b'], 'ab'), node('Mod', ['ab', 'buckets'], 'h2m'), node('Add', ['h2m', 'vocab'], 'h2'),
      node('Add', ['h2m', 'one'], 't1'), node('Mul', ['t1', 'k2'], 'tk'), node('Add', ['tk', 'c'], 'tc'), node('Mod', ['tc', 'buckets'], 'h3m'), node('Add', ['h3m', 'vocab'], 'h3'),
    ],
  };
}

export function exportOnnx(m: FastTextModel, spec: HashSpec, quantized: boolean): Uint8Array {
  const features = hashedNgramGraph(spec);
  const init: Tensor[] = [
    ...features.init,
    onnx.TensorProto.create({ name: 'onef', dataType: T.FLOAT, dims: [], floatData: [1] }),
    floats('w', [m.w.length / m.classes, m.classes], m.w), floats('bias', [m.classes], m.bias),
  ];
  const nodes: Node[] = [
    ...features.nodes,
    node('Concat', ['a', 'h2', 'h3'], 'idx', { axis: 1 }),
    node('Concat', ['ma', 'm2', 'm3'], 'wts', { axis: 1 }),
  ];
  // Axis 2 is only needed by the q8 scales and the max-pool mask; an unused initializer makes ORT log a warning.
  if (quantized || m.pooling === 'meanmax') init.push(int64('ax2', [2]));
  if (quantized) {
    const { q, scales } = quantizeRows(m);
    init.push(onnx.TensorProto.create({ name: 'emb_q', dataType: T.INT8, dims: [m.rows, m.dim], rawData: new Uint8Array(q.buffer) }), floats('emb_scale', [m.rows], scales));
    nodes.push(
      node('Gather', ['emb_q', 'idx'], 'eq', { axis: 0 }), node('Cast', ['eq'], 'ef', { to: T.FLOAT }),
      node('Gather', ['emb_scale', 'idx'], 'sc', { axis: 0 }), node('Unsqueeze', ['sc', 'ax2'], 'sc3'), node('Mul', ['ef', 'sc3'], 'e'),
    );
  } else {
    init.push(floats('emb', [m.rows, m.dim], m.emb));
    nodes.push(node('Gather', ['emb', 'idx'], 'e', { axis: 0 }));
  }
  nodes.push(
    node('Unsqueeze', ['wts', 'ax1'], 'w3'), node('MatMul', ['w3', 'e'], 'sum3'), node('Squeeze', ['sum3', 'ax1'], 'sum'),
    node('ReduceSum', ['wts', 'ax1'], 'cnt', { keepdims: 1 }), node('Max', ['cnt', 'onef'], 'cnt1'), node('Div', ['sum', 'cnt1'], 'mean'),
  );
  let pooled = 'mean';
  if (m.pooling === 'meanmax') {
    // Masked max: padded positions get -1e4 added so they never win (embeddings are far smaller).
    init.push(onnx.TensorProto.create({ name: 'neg', dataType: T.FLOAT, dims: [], floatData: [1e4] }));
    nodes.push(
      node('Sub', ['wts', 'onef'], 'wm1'), node('Mul', ['wm1', 'neg'], 'penalty'), node('Unsqueeze', ['penalty', 'ax2'], 'penalty3'),
      node('Add', ['e', 'penalty3'], 'e_masked'), node('ReduceMax', ['e_masked'], 'maxpool', { axes: [1], keepdims: 0 }),
      node('Concat', ['mean', 'maxpool'], 'meanmax', { axis: 1 }),
    );
    pooled = 'meanmax';
  }
  nodes.push(node('MatMul', [pooled, 'w'], 'z'), node('Add', ['z', 'bias'], 'logits'));
  const graph = onnx.GraphProto.create({
    name: 'deskmate_embedding_bag', node: nodes, initializer: init,
    input: [io('input_ids', T.INT64, ['batch_size', 'sequence_length']), io('attention_mask', T.INT64, ['batch_size', 'sequence_length'])],
    output: [io('logits', T.FLOAT, ['batch_size', m.classes])],
  });
  const model = onnx.ModelProto.create({ irVersion: 8, producerName: 'deskmate-training', opsetImport: [{ domain: '', version: 13 }], graph });
  return onnx.ModelProto.encode(model).finish();
}
