/**
 * `npm run cli -- classify --task abuse|sentiment --in FILE.jsonl --out PRED.jsonl [--dtype q8|fp32] [--threshold 0.5]`
 * Input lines {"id","text"}; output lines {"id","label","score"}. Runs the
 * shipped model files (public/models) through the same createMessageClassifier
 * and normalizeForModel as the extension; q8 by default because that is what
 * the browser runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliArgs } from '../args';
import { createMessageClassifier } from '../../lib/classify/classifier';
import { formatPredictions, parseClassifyInput } from '../../lib/classify/jsonl';

export async function run(args: CliArgs): Promise<void> {
  const task = args.require('task');
  if (task !== 'abuse' && task !== 'sentiment') throw new Error('--task must be abuse or sentiment');
  const dtype = args.flags.dtype === 'fp32' ? 'fp32' : 'q8';
  const threshold = args.flags.threshold === undefined ? undefined : Number(args.flags.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new Error('--threshold must be a number in [0, 1]');
  const inPath = args.require('in');
  const outPath = args.require('out');
  const inputs = parseClassifyInput(readFileSync(inPath, 'utf8'), inPath);
  const classifier = await createMessageClassifier({
    modelRoot: resolve(args.flags.models ?? 'public/models') + '/',
    dtype,
    abuseThreshold: threshold,
  });
  const started = performance.now();
  const results = await classifier.classify(inputs.map((x) => x.text));
  await classifier.dispose();
  writeFileSync(outPath, formatPredictions(inputs.map((x, i) => ({ id: x.id, ...results[i]![task] }))));
  console.error(`classify ${task}: ${inputs.length} messages in ${(performance.now() - started).toFixed(0)} ms (${dtype}) → ${outPath}`);
}
