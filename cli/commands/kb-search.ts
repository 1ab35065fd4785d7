/**
 * `npm run cli -- kb-search --articles ARTICLES.json --in QUERIES.jsonl --out RANKED.jsonl [--k 10] [--synonyms SYN.json]`
 * Articles: a JSON array of {"id","title","body"} (StackFAQ's {"id","title","answers"[]} is accepted too).
 * Query lines {"id","query"}; output lines {"id","ranked":[article ids, best first]}.
 * Ranks through createKnowledgeIndex, the same index the extension's panel uses.
 * --synonyms: a JSON array of phrase groups replacing the default list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CliArgs } from '../args';
import { createKnowledgeIndex } from '../../lib/knowledge/search/knowledge-index';
import { toIndexable } from '../../lib/knowledge/eval/datasets';

function readQueries(path: string): Array<{ id: unknown; query: string }> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      const obj = JSON.parse(line) as { id?: unknown; query?: unknown };
      if (typeof obj.query !== 'string') throw new Error(`${path}:${n}: "query" must be a string`);
      // Lines without an id are named by line number, so the output can still be joined back.
      return { id: obj.id ?? n, query: obj.query };
    });
}

export async function run(args: CliArgs): Promise<void> {
  const k = Number(args.flags.k ?? 10);
  if (!Number.isInteger(k) || k < 1) throw new Error('--k must be a positive integer');
  const raw = JSON.parse(readFileSync(args.require('articles'), 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error('--articles must hold a JSON array of {"id","title","body"}');
  const synonyms = args.flags.synonyms ? (JSON.parse(readFileSync(args.flags.synonyms, 'utf8')) as string[][]) : undefined;
  const t0 = performance.now();
  const index = createKnowledgeIndex(raw.map((a) => toIndexable(a as never)), { synonyms });
  const t1 = performance.now();
  const queries = readQueries(args.require('in'));
  const lines = queries.map((q) => JSON.stringify({ id: q.id, ranked: index.search(q.query, { k }).map((h) => h.id) }));
  writeFileSync(args.require('out'), lines.join('\n') + (lines.length ? '\n' : ''));
  const t2 = performance.now();
  console.error(`kb-search: ${raw.length} articles indexed in ${(t1 - t0).toFixed(0)} ms, ${queries.length} queries in ${(t2 - t1).toFixed(0)} ms → ${args.require('out')}`);
}
