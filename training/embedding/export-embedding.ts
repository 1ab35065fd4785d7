/**
 * Writes the EmbeddingModel as ONNX so transformers.js runs it as a "bert"
 * feature-extraction model: `last_hidden_state[b, i]` is the sum of the
 * embeddings of token i, its hashed bigram (i, i+1) and trigram (i, i+1, i+2)
 * while those neighbours are real tokens. The pipeline's mean pooling over the
 * attention mask, then normalisation, gives model.ts's `embed` (a sum and a
 * mean differ only in length, which normalising removes).
 * q8: int8 table with one scale per row, dequantised after each Gather.
 */
import type { HashSpec } from '../features';
import { floats, hashedNgramGraph, int64, io, node, onnx, quantizeRows, T } from '../export-onnx';
import type { EmbeddingModel } from './model';

export function exportEmbeddingOnnx(m: EmbeddingModel, spec: HashSpec, quantized: boolean): Uint8Array {
  const features = hashedNgramGraph(spec);
  const init = [...features.init, int64('ax2', [2])];
  const nodes = [...features.nodes];
  if (quantized) {
    const { q, scales } = quantizeRows(m);
    init.push(onnx.TensorProto.create({ name: 'emb_q', dataType: T.INT8, dims: [m.rows, m.dim], rawData: new Uint8Array(q.buffer) }), floats('emb_scale', [m.rows], scales));
  } else {
    init.push(floats('emb', [m.rows, m.dim], m.emb));
  }
  // [b, s] ids → [b, s, dim] rows, each weighted by its mask.
  const lookup = (ids: string, mask: string, out: string) => {
    if (quantized) {
      nodes.push(
        node('Gather', ['emb_q', ids], `${out}_q`, { axis: 0 }), node('Cast', [`${out}_q`], `${out}_f`, { to: T.FLOAT }),
        node('Gather', ['emb_scale', ids], `${out}_s`, { axis: 0 }), node('Mul', [`${out}_s`, mask], `${out}_sm`),
        node('Unsqueeze', [`${out}_sm`, 'ax2'], `${out}_w`), node('Mul', [`${out}_f`, `${out}_w`], out),
      );
    } else {
      nodes.push(node('Gather', ['emb', ids], `${out}_e`, { axis: 0 }), node('Unsqueeze', [mask, 'ax2'], `${out}_w`), node('Mul', [`${out}_e`, `${out}_w`], out));
    }
  };
  lookup('a', 'ma', 'e1');
  lookup('h2', 'm2', 'e2');
  lookup('h3', 'm3', 'e3');
  nodes.push(node('Add', ['e1', 'e2'], 'e12'), node('Add', ['e12', 'e3'], 'last_hidden_state'));
  const graph = onnx.GraphProto.create({
    name: 'deskmate_sentence_embedding', node: nodes, initializer: init,
    input: [io('input_ids', T.INT64, ['batch_size', 'sequence_length']), io('attention_mask', T.INT64, ['batch_size', 'sequence_length'])],
    output: [io('last_hidden_state', T.FLOAT, ['batch_size', 'sequence_length', m.dim])],
  });
  const model = onnx.ModelProto.create({ irVersion: 8, producerName: 'deskmate-training', opsetImport: [{ domain: '', version: 13 }], graph });
  return onnx.ModelProto.encode(model).finish();
}
