/**
 * Shared types and helpers for the training corpora. Every example carries its
 * source and split so the eval can report per dataset and per language.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { seededRandom as rng } from '../lib/seeded/random';

export type Lang = 'zh' | 'en';
export type Split = 'train' | 'dev';
export interface Example {
  text: string;
  /** Index into the task's label list (see lib/classify/labels.ts). */
  label: number;
  lang: Lang;
  source: string;
  split: Split;
}

/** ../shared/datasets relative to the repo; training and eval read it in place and never copy it. */
export const DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/datasets');

export function readText(rel: string): string {
  return readFileSync(resolve(DATASETS, rel), 'utf8').replace(/^\uFEFF/, '');
}

export function readCsv(rel: string, delimiter = ','): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(readText(rel), { header: true, skipEmptyLines: true, delimiter, quoteChar: delimiter === '\t' ? '\u0000' : '"' });
  return parsed.data;
}

/** FNV-1a 32-bit: a stable hash so held-out splits never move between runs or machines. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Fixed held-out split by text hash: the same text always lands on the same side, even across overlapping sets. */
export function heldOut(key: string, percent: number): Split {
  return fnv1a(key) % 100 < percent ? 'dev' : 'train';
}

export { seededRandom as rng } from '../lib/seeded/random';

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** Keep at most `max` training rows of a source (dev rows are never dropped), deterministically. */
export function capTrain(xs: Example[], max: number, seed: number): Example[] {
  const train = xs.filter((x) => x.split === 'train');
  if (train.length <= max) return xs;
  const kept = shuffle(train, rng(seed)).slice(0, max);
  return [...kept, ...xs.filter((x) => x.split === 'dev')];
}

/** Remove exact duplicate texts within a source (review sets repeat rows). */
export function dedupe(xs: Example[]): Example[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.text) ? false : (seen.add(x.text), true)));
}
