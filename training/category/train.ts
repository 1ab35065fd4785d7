/**
 * `npm run train:category [-- --dry]`: trains the English problem
 * classifier shipped as lib/extract/problem-model.json from the public intent
 * sets in ../shared/datasets/cs_intent (read in place, never copied), mapped
 * to the ticket categories by intent-map.ts. Prints cross-dataset figures
 * (train on two sources, test on the third) and a hashed 10 % held-out
 * figure, then trains on everything and writes the weights. Deterministic:
 * fixed seed, stable hash split, so the same inputs give the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATASETS, fnv1a, readCsv } from '../corpus';
import { seededRandom } from '../../lib/seeded/random';
import { compileProblemModel, guessProblem, problemFeatures, type ProblemModelFile } from '../../lib/extract/problem-model';
import { BANKING77, BITEXT, CLINC150, type ProblemClass } from './intent-map';

const SEED = 20261204;
const CLASSES: ProblemClass[] = ['logistics', 'refund_return', 'order_change', 'payment_billing', 'account_access', 'technical_issue', 'product_question', 'complaint', 'other', 'none'];
/** Features kept in the shipped file (by weight), and the least number of training texts a feature must occur in. */
const KEEP_FEATURES = 2000;
const MIN_COUNT = 3;
const EPOCHS = 6;
const LR = 0.5;
const L2 = 1e-5;
/** Per source and class at most this many examples: BANKING77 alone would make everything a payment. */
const CAP = 2500;

interface Row {
  text: string;
  label: number;
  source: 'bitext' | 'banking77' | 'clinc150';
}

function load(): Row[] {
  const rows: Row[] = [];
  const push = (text: string, cls: ProblemClass | undefined, source: Row['source']) => {
    if (cls && text.trim()) rows.push({ text, label: CLASSES.indexOf(cls), source });
  };
  for (const r of readCsv('cs_intent/bitext/train_20k.csv')) push(r.utterance ?? '', BITEXT[r.intent ?? ''], 'bitext');
  for (const r of readCsv('cs_intent/banking77/train.csv')) push(r.text ?? '', BANKING77[r.category ?? ''], 'banking77');
  const clinc = JSON.parse(readFileSync(resolve(DATASETS, 'cs_intent/clinc150/data/data_full.json'), 'utf8')) as Record<string, Array<[string, string]>>;
  for (const split of ['train', 'val', 'test']) for (const [text, intent] of clinc[split] ?? []) push(text, CLINC150[intent], 'clinc150');
  return capPerClass(rows);
}

function capPerClass(rows: Row[]): Row[] {
  const rand = seededRandom(SEED);
  const shuffled = rows.map((r) => ({ r, k: rand() })).sort((a, b) => a.k - b.k).map((x) => x.r);
  const seen = new Map<string, number>();
  return shuffled.filter((r) => {
    const key = `${r.source}|${r.label}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < CAP;
  });
}

/** Multinomial logistic regression by SGD with class-balanced weights; returns float weights per class. */
function fit(rows: Row[]): { features: string[]; w: Float64Array[]; b: Float64Array } {
  const counts = new Map<string, number>();
  const feats = rows.map((r) => problemFeatures(r.text));
  for (const f of feats) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  const features = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const ids = feats.map((f) => f.map((x) => index.get(x)).filter((i): i is number => i !== undefined));
  const K = CLASSES.length;
  const w = CLASSES.map(() => new Float64Array(features.length));
  const b = new Float64Array(K);
  const perClass = CLASSES.map((_, k) => rows.filter((r) => r.label === k).length || 1);
  const classWeight = perClass.map((n) => rows.length / (K * n));
  const rand = seededRandom(SEED + 1);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = LR / (1 + epoch);
    for (const n of order) {
      const x = ids[n]!;
      if (!x.length) continue;
      const scale = 1 / Math.sqrt(x.length);
      const logits = w.map((wk, k) => b[k]! + scale * x.reduce((s, i) => s + wk[i]!, 0));
      const max = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - max));
      const sum = exps.reduce((a, c) => a + c, 0);
      const cw = classWeight[rows[n]!.label]!;
      for (let k = 0; k < K; k++) {
        const g = cw * (exps[k]! / sum - (k === rows[n]!.label ? 1 : 0));
        b[k]! -= lr * g;
        const wk = w[k]!;
        for (const i of x) wk[i] = wk[i]! * (1 - lr * L2) - lr * g * scale;
      }
    }
  }
  return { features, w, b };
}

/**
 * int8 weights with one scale per class. Inference sums raw weights without
 * the 1/sqrt(n) factor used in training: messages are short and the softmax
 * only needs the ranking plus a rough confidence, which the threshold in
 * first-problem.ts is set against.
 */
function toFile(m: ReturnType<typeof fit>): ProblemModelFile {
  const strength = m.features.map((_, i) => Math.max(...m.w.map((wk) => Math.abs(wk[i]!))));
  const keep = strength.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]).slice(0, KEEP_FEATURES).map(([, i]) => i).sort((a, b) => a - b);
  return {
    classes: CLASSES,
    features: keep.map((i) => m.features[i]!),
    weights: m.w.map((wk, k) => {
      const max = Math.max(1e-9, ...keep.map((i) => Math.abs(wk[i]!)));
      const scale = max / 127;
      const q = Buffer.from(Int8Array.from(keep.map((i) => Math.round(wk[i]! / scale)))).toString('base64');
      return { bias: Number(m.b[k]!.toFixed(4)), scale: Number(scale.toPrecision(6)), q };
    }),
  };
}

function accuracy(file: ProblemModelFile, rows: Row[]): number {
  const compiled = compileProblemModel(file);
  let right = 0;
  for (const r of rows) if (guessProblem(r.text, compiled)?.category === CLASSES[r.label]) right++;
  return right / (rows.length || 1);
}

const rows = load();
console.log(`examples after the per-class cap: ${rows.length}`);
for (const c of CLASSES) console.log(`  ${c.padEnd(17)} ${rows.filter((r) => CLASSES[r.label] === c).length}`);
for (const held of ['bitext', 'banking77', 'clinc150'] as const) {
  const test = rows.filter((r) => r.source === held && r.label !== CLASSES.indexOf('none'));
  const file = toFile(fit(rows.filter((r) => r.source !== held)));
  console.log(`cross-dataset: train without ${held}, accuracy on ${held} (${test.length} texts, classes it has): ${accuracy(file, test).toFixed(3)}`);
}
const isDev = (r: Row) => fnv1a(r.text) % 10 === 0;
const heldOut = toFile(fit(rows.filter((r) => !isDev(r))));
console.log(`held-out 10 % (hash split), all sources: ${accuracy(heldOut, rows.filter(isDev)).toFixed(3)}`);
const file = toFile(fit(rows));
const out = new URL('../../lib/extract/problem-model.json', import.meta.url);
const json = JSON.stringify(file);
if (!process.argv.includes('--dry')) writeFileSync(out, json + '\n');
console.log(`${process.argv.includes('--dry') ? 'would write' : 'wrote'} ${out.pathname}: ${file.features.length} features, ${(json.length / 1024).toFixed(1)} KB`);
