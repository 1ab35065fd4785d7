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

interface InputLine {
  id: unknown;
  text: string;
}

function parseLines(path: string): InputLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      const obj = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof obj.text !== 'string') throw new Error(`${path}:${n}: "text" must be a string`);
      return { id: obj.id ?? n, text: obj.text };
    });
}

export async function run(args: CliArgs): Promise<void> {
  const task = args.require('task');
  if (task !== 'abuse' && task !== 'sentiment') throw new Error('--task must be abuse or sentiment');
  const dtype = args.flags.dtype === 'fp32' ? 'fp32' : 'q8';
  const threshold = args.flags.threshold === undefined ? undefined : Number(args.flags.threshold);
  const inputs = parseLines(args.require('in'));
  const classifier = await createMessageClassifier({
    modelRoot: resolve(args.flags.models ?? 'public/models') + '/',
    dtype,
    abuseThreshold: threshold,
  });
  const started = performance.now();
  const results = await classifier.classify(inputs.map((x) => x.text));
  await classifier.dispose();
  const out = inputs.map((x, i) => JSON.stringify({ id: x.id, ...results[i]![task] }));
  writeFileSync(args.require('out'), out.join('\n') + '\n');
  console.error(`classify ${task}: ${inputs.length} messages in ${(performance.now() - started).toFixed(0)} ms (${dtype}) → ${args.flags.out}`);
}
