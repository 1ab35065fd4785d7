/** Writes one model folder in Hugging Face layout under public/models/<id>/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastTextModel } from './fasttext';
import { exportOnnx } from './export-onnx';
import type { HashSpec } from './features';
import { tokenizerConfigJson, tokenizerJson } from './vocab';

export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../public/models');

export function writeTokenizer(id: string, vocab: string[], root = MODELS_DIR): void {
  const dir = resolve(root, id);
  mkdirSync(resolve(dir, 'onnx'), { recursive: true });
  writeFileSync(resolve(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab)));
  writeFileSync(resolve(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfigJson(), null, 2) + '\n');
}

export interface ModelMeta {
  labels: readonly string[];
  spec: HashSpec;
  /** Free-form record of how the model was trained (shown in config.json for provenance). */
  training: Record<string, unknown>;
}

export function writeModel(id: string, model: FastTextModel, meta: ModelMeta): { fp32: number; q8: number } {
  const dir = resolve(MODELS_DIR, id);
  mkdirSync(resolve(dir, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertForSequenceClassification'],
    problem_type: 'single_label_classification',
    id2label: Object.fromEntries(meta.labels.map((l, i) => [String(i), l])),
    label2id: Object.fromEntries(meta.labels.map((l, i) => [l, i])),
    vocab_size: meta.spec.vocabSize,
    deskmate: { architecture: 'hashed n-gram embedding bag', dim: model.dim, hash_buckets: meta.spec.buckets, ...meta.training },
  };
  writeFileSync(resolve(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  const fp32 = exportOnnx(model, meta.spec, false);
  const q8 = exportOnnx(model, meta.spec, true);
  writeFileSync(resolve(dir, 'onnx/model.onnx'), fp32);
  writeFileSync(resolve(dir, 'onnx/model_quantized.onnx'), q8);
  return { fp32: fp32.length, q8: q8.length };
}
