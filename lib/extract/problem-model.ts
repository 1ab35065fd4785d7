/**
 * A small English problem classifier (which of the nine ticket categories a
 * customer message is about, or 'none' for greetings and thanks), trained by
 * training/category/train.ts on the public intent sets (Bitext customer
 * support, BANKING77, CLINC150) mapped to the categories. It covers the
 * phrasings the keyword rules do not list; the rules stay first (see
 * first-problem.ts). Linear over word unigrams and bigrams, weights stored as
 * int8 with one scale per class, so it is a few tens of KB in the content
 * script and costs microseconds per message.
 */
import model from './problem-model.json';

export interface ProblemModelFile {
  /** Class names; 'none' = no problem stated (greeting, thanks, small talk). */
  classes: string[];
  /** Feature → index into the weight rows. */
  features: string[];
  /** Per class: bias, scale, then int8 weights (one per feature), base64. */
  weights: Array<{ bias: number; scale: number; q: string }>;
}

export interface ProblemGuess {
  category: string;
  /** Softmax probability of that class. */
  p: number;
}

/** Lowercased word tokens: the same function is used in training and here. */
export function problemTokens(text: string): string[] {
  return text.toLowerCase().replace(/[’`]/g, "'").match(/[a-z][a-z0-9']*|\d+/g) ?? [];
}

/** Unigrams and adjacent bigrams ("charged twice"), deduplicated. */
export function problemFeatures(text: string): string[] {
  const t = problemTokens(text);
  const out = new Set(t);
  for (let i = 0; i + 1 < t.length; i++) out.add(`${t[i]} ${t[i + 1]}`);
  return [...out];
}

interface Compiled {
  classes: string[];
  index: Map<string, number>;
  rows: Array<{ bias: number; scale: number; w: Int8Array }>;
}

function decode(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function compileProblemModel(file: ProblemModelFile): Compiled {
  return {
    classes: file.classes,
    index: new Map(file.features.map((f, i) => [f, i])),
    rows: file.weights.map((r) => ({ bias: r.bias, scale: r.scale, w: decode(r.q) })),
  };
}

let shipped: Compiled | null = null;

/** Class probabilities for one message (null when no known word occurs). */
export function guessProblem(text: string, compiled: Compiled = (shipped ??= compileProblemModel(model as ProblemModelFile))): ProblemGuess | null {
  const ids = problemFeatures(text)
    .map((f) => compiled.index.get(f))
    .filter((i): i is number => i !== undefined);
  if (!ids.length) return null;
  const logits = compiled.rows.map((r) => r.bias + r.scale * ids.reduce((s, i) => s + r.w[i]!, 0));
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let k = 1; k < exps.length; k++) if (exps[k]! > exps[best]!) best = k;
  return { category: compiled.classes[best]!, p: exps[best]! / sum };
}
