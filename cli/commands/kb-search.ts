/**
 * `npm run cli -- kb-search --articles ARTICLES.json --in QUERIES.jsonl --out RANKED.jsonl [--k 10] [--synonyms SYN.json] [--embedding-model ID|none]`
 * Articles: a JSON array of {"id","title","body"} (StackFAQ's {"id","title","answers"[]} is accepted too).
 * Query lines {"id","query"}; output lines {"id","ranked":[article ids, best first]}.
 * Ranks through createKnowledgeIndex and the embedding re-rank (searchWithRerank with
 * the bundled deskmate-embed model from public/models), the same two stages the
 * extension's panel uses by default. --embedding-model none: keyword ranking only.
 * --synonyms: a JSON array of phrase groups replacing the default list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CliArgs } from '../args';
import { createKnowledgeIndex } from '../../lib/knowledge/search/knowledge-index';
import { toIndexable } from '../../lib/knowledge/eval/datasets';
import { nodeReranker } from '../../lib/knowledge/eval/node-reranker';
import { searchWithRerank } from '../../lib/knowledge/search/rerank';

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
  const articles = raw.map((a) => toIndexable(a as never));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = createKnowledgeIndex(articles, { synonyms });
  const { rerank, embedder } = await nodeReranker(args.flags['embedding-model']);
  const t1 = performance.now();
  const queries = readQueries(args.require('in'));
  const lines: string[] = [];
  for (const q of queries) {
    const ranked = await searchWithRerank(index, (id) => byId.get(id), q.query, { k, rerank, dense: () => articles });
    lines.push(JSON.stringify({ id: q.id, ranked: ranked.map((h) => h.id) }));
  }
  await embedder?.dispose();
  writeFileSync(args.require('out'), lines.join('\n') + (lines.length ? '\n' : ''));
  const t2 = performance.now();
  console.error(`kb-search: ${raw.length} articles indexed in ${(t1 - t0).toFixed(0)} ms, ${queries.length} queries in ${(t2 - t1).toFixed(0)} ms (re-rank: ${embedder?.modelId ?? 'off'}) → ${args.require('out')}`);
}
