import Papa from 'papaparse';
import type { ArticleDraft } from './article';
import { splitTags } from './article';
import { KnowledgeImportError } from './errors';

/** Header names accepted per column: English, and what Chinese spreadsheets call them. */
const COLUMNS: Record<keyof Row, string[]> = {
  id: ['id', '编号'],
  title: ['title', '标题', '问题'],
  body: ['body', 'content', 'answer', '内容', '正文', '答案'],
  tags: ['tags', 'labels', 'category', '标签', '分类'],
  locale: ['locale', 'language', 'lang', '语言'],
  url: ['url', 'link', '链接'],
  // Issue 16: customer phrasings per article, separated by '|' or line breaks (they may hold commas).
  askedAs: ['also asked as', 'also_asked_as', 'asked as', '相似问法', '相似问题', '其他问法'],
};
interface Row { id?: string; title: string; body: string; tags?: string; locale?: string; url?: string; askedAs?: string }

export interface CsvDrafts {
  drafts: ArticleDraft[];
  /** File line where each draft starts (quoted fields may span lines). */
  lines: number[];
}

/** CSV with a header row (title and body required; tags, locale, id, url optional). */
export function parseCsvArticles(text: string): CsvDrafts {
  const rows: string[][] = [];
  const lines: number[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result) {
      // Papaparse reports where each row ends; count newlines as we go so errors name the file line.
      const end = result.meta.cursor;
      let pos = cursor;
      for (; pos < end && (text[pos] === '\n' || text[pos] === '\r'); pos++) if (text[pos] === '\n') line++;
      const startLine = line;
      for (let i = pos; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
      const err = result.errors[0];
      if (err) throw new KnowledgeImportError(`CSV: ${err.message}`, { line: startLine, record: rows.length || undefined });
      rows.push(result.data);
      lines.push(startLine);
    },
  });
  const [header, ...data] = rows;
  if (!header) throw new KnowledgeImportError('CSV: the file is empty', { line: 1 });
  const col = columnIndexes(header);
  const drafts = data.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new KnowledgeImportError(`CSV: ${cells.length} fields where the header has ${header.length}`, { line: lines[i + 1], record: i + 1 });
    }
    const get = (k: keyof Row) => (col[k] === undefined ? undefined : cells[col[k]!]);
    const askedAs = (get('askedAs') ?? '').split(/[|\n]/).map((q) => q.trim()).filter(Boolean);
    return { id: get('id'), title: get('title') ?? '', text: get('body') ?? '', tags: splitTags(get('tags')), locale: get('locale'), url: get('url') || null, ...(askedAs.length ? { askedAs } : {}) };
  });
  return { drafts, lines: lines.slice(1) };
}

function columnIndexes(header: string[]): Partial<Record<keyof Row, number>> {
  const names = header.map((h) => h.trim().toLowerCase());
  const col: Partial<Record<keyof Row, number>> = {};
  for (const [key, aliases] of Object.entries(COLUMNS) as [keyof Row, string[]][]) {
    const i = names.findIndex((n) => aliases.includes(n));
    if (i >= 0) col[key] = i;
  }
  for (const required of ['title', 'body'] as const) {
    if (col[required] === undefined) throw new KnowledgeImportError(`CSV: header has no "${required}" column (found: ${header.join(', ')})`, { line: 1 });
  }
  return col;
}
