import type { KnowledgeArticle } from '../types';
import { finishArticles, type ArticleDraft } from './article';
import { parseCsvArticles } from './csv';
import { decodeKnowledgeBytes } from './decode';
import { KnowledgeImportError } from './errors';
import { isZendeskExport, jsonArticleDrafts, parseJsonText, zendeskArticleDrafts } from './json';
import { parseMarkdownArticles } from './markdown';

export type KnowledgeFormat = 'csv' | 'json' | 'markdown';

/** By extension; a file with none is sniffed (JSON starts with [ or {, Markdown with #). */
export function detectFormat(filename: string, text: string): KnowledgeFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') return 'json';
  if (start === '#') return 'markdown';
  return 'csv';
}

/**
 * Any supported knowledge file → articles, all-or-nothing: the first problem
 * throws `KnowledgeImportError` naming the line or record, and nothing is returned.
 * Formats: CSV (UTF-8 with/without BOM, or GBK), JSON array, Markdown, and the
 * Zendesk Help Center export `{"articles": [...]}` (HTML bodies sanitised).
 */
export async function parseKnowledgeFile(
  input: { bytes: Uint8Array; filename: string },
  opts: { onProgress?: (done: number, total: number) => void; source?: string } = {},
): Promise<KnowledgeArticle[]> {
  const { text } = decodeKnowledgeBytes(input.bytes);
  if (!text.trim()) throw new KnowledgeImportError('the file is empty', { line: 1 });
  const source = opts.source ?? `import:${input.filename}`;
  let drafts: ArticleDraft[];
  let where: (i: number) => { line?: number; record?: number } = (i) => ({ record: i + 1 });
  switch (detectFormat(input.filename, text)) {
    case 'csv': {
      const csv = parseCsvArticles(text);
      drafts = csv.drafts;
      where = (i) => ({ line: csv.lines[i], record: i + 1 });
      break;
    }
    case 'markdown': {
      const md = parseMarkdownArticles(text);
      drafts = md.drafts;
      where = (i) => ({ line: md.lines[i], record: i + 1 });
      break;
    }
    case 'json': {
      const data = parseJsonText(text);
      drafts = isZendeskExport(data) ? zendeskArticleDrafts(data) : jsonArticleDrafts(data);
      break;
    }
  }
  if (drafts.length === 0) throw new KnowledgeImportError('the file holds no articles');
  return finishArticles(drafts, source, where, opts.onProgress);
}
