import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexableArticle } from '../search/knowledge-index';

/**
 * Loaders for the public retrieval sets in ../shared/datasets (read in place,
 * never copied into the repo). Node-only: used by the CLI, the eval test and the bench.
 */
export interface EvalQuery {
  id: string;
  query: string;
  relevant: string[];
  /** What makes the query hard (written_dev: paraphrase, partial, typo, traditional, codemix, emotional). */
  kind?: string;
}

export interface EvalSet {
  articles: IndexableArticle[];
  queries: EvalQuery[];
}

export const DATASETS_DIR = join(process.cwd(), '..', 'shared', 'datasets', 'kb_retrieval');
export const datasetsPresent = (dir = DATASETS_DIR) => existsSync(join(dir, 'stackfaq', 'articles.json')) && existsSync(join(dir, 'afqmc', 'dev.txt'));

/** Articles may come as `{id,title,body}` or, as in StackFAQ, `{id,title,answers[]}`. */
export function toIndexable(raw: { id: unknown; title?: unknown; body?: unknown; answers?: unknown }): IndexableArticle {
  const body = typeof raw.body === 'string' ? raw.body : Array.isArray(raw.answers) ? raw.answers.join('\n\n') : '';
  return { id: String(raw.id), title: typeof raw.title === 'string' ? raw.title : '', body };
}

/** StackFAQ: query lines carry no id, so the id is the query's line number (stable; the file is read-only). */
export function loadStackFaq(dir = DATASETS_DIR): EvalSet {
  const articles = (JSON.parse(readFileSync(join(dir, 'stackfaq', 'articles.json'), 'utf8')) as unknown[]).map((a) => toIndexable(a as never));
  const queries = readFileSync(join(dir, 'stackfaq', 'queries_dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const q = JSON.parse(l) as { id?: string; query: string; relevant: string | string[] };
      return { id: q.id ?? `q${i}`, query: q.query, relevant: [q.relevant].flat() };
    });
  return { articles, queries };
}

/**
 * A Chinese FAQ retrieval check from AFQMC's same-meaning pairs (dev split):
 * every first question becomes an "article" (title only, as FAQ entries are),
 * so questions from non-matching pairs act as distractors; the second question
 * of each same-meaning pair is a query whose answer is its partner.
 */
export function loadAfqmcRetrieval(dir = DATASETS_DIR): EvalSet {
  const ids = new Map<string, string>();
  const articleId = (q: string) => {
    if (!ids.has(q)) ids.set(q, `afqmc-${ids.size}`);
    return ids.get(q)!;
  };
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dir, 'afqmc', 'dev.txt'), 'utf8').split('\n')) {
    const [q1, q2, label] = line.split('\t');
    if (!q1 || !q2) continue;
    const id = articleId(q1);
    if (label?.trim() === '1' && q1 !== q2) relevant.set(q2, (relevant.get(q2) ?? new Set()).add(id));
  }
  const articles = [...ids].map(([q, id]) => ({ id, title: q, body: '' }));
  const queries = [...relevant].filter(([q]) => !ids.has(q)).map(([q, rel], i) => ({ id: `afqmc-q${i}`, query: q, relevant: [...rel] }));
  return { articles, queries };
}

/**
 * written_dev (issue 16): a service KB per language, 50 articles and 200 colloquial queries each,
 * every query tagged with its kind. Written for the project (CC0); a development set.
 */
export function loadWrittenDev(lang: 'zh' | 'en', dir = DATASETS_DIR): EvalSet {
  const base = join(dir, 'written_dev');
  const articles = (JSON.parse(readFileSync(join(base, `${lang}_articles.json`), 'utf8')) as unknown[]).map((a) => toIndexable(a as never));
  const queries = readFileSync(join(base, `${lang}_queries.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const q = JSON.parse(l) as { id: string; query: string; relevant: string; kind: string };
      return { id: q.id, query: q.query, relevant: [q.relevant], kind: q.kind };
    });
  return { articles, queries };
}

export const writtenDevPresent = (dir = DATASETS_DIR) => existsSync(join(dir, 'written_dev', 'zh_queries.jsonl'));
