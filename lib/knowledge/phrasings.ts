import Papa from 'papaparse';
import type { DeskmateDb } from '../db/database';
import type { ArticlePhrasing } from './types';
import { maskPersonalData } from './mask-personal-data';
import { unansweredKey } from './unanswered-log';

/**
 * Customer phrasings per article (issue 16): the words customers actually use for a need the
 * article answers. They are searched as part of the article from then on (knowledge-index's
 * `askedAs`), so a question once answered by hand is suggested next time even when it shares no
 * word with the article. Everything stays on the device; CSV moves them between installs.
 */
export const MAX_PHRASING_CHARS = 300;
/** Per article: beyond this the least recently confirmed go, so one busy article cannot grow the index without bound. */
export const MAX_PHRASINGS_PER_ARTICLE = 50;

const phrasingKey = (articleId: string, text: string) => `${articleId}\0${unansweredKey(text)}`;

/** Stores (or confirms again) that `question` is answered by `articleId`; masked first. Returns the row, or null for an empty question. */
export async function learnPhrasing(db: DeskmateDb, articleId: string, question: string, source: ArticlePhrasing['source'], now = Date.now()): Promise<ArticlePhrasing | null> {
  const text = maskPersonalData(question.replace(/\s+/g, ' ').trim()).slice(0, MAX_PHRASING_CHARS);
  if (!unansweredKey(text)) return null;
  const key = phrasingKey(articleId, text);
  return db.transaction('rw', db.phrasings, async () => {
    const old = await db.phrasings.get(key);
    const row: ArticlePhrasing = old ? { ...old, count: old.count + 1, lastUsedAt: now } : { key, articleId, text, source, count: 1, createdAt: now, lastUsedAt: now };
    await db.phrasings.put(row);
    const all = await db.phrasings.where('articleId').equals(articleId).toArray();
    if (all.length > MAX_PHRASINGS_PER_ARTICLE) {
      const drop = all.sort((a, b) => a.lastUsedAt - b.lastUsedAt).slice(0, all.length - MAX_PHRASINGS_PER_ARTICLE);
      await db.phrasings.bulkDelete(drop.map((p) => p.key));
    }
    return row;
  });
}

/** Phrasing texts by article id, for the index. */
export async function phrasingsByArticle(db: DeskmateDb): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  await db.phrasings.each((p) => out.set(p.articleId, [...(out.get(p.articleId) ?? []), p.text]));
  return out;
}

/** Most recently confirmed first. */
export const listPhrasings = (db: DeskmateDb, limit = 500) => db.phrasings.orderBy('lastUsedAt').reverse().limit(limit).toArray();

export const PHRASING_CSV_COLUMNS = ['article_id', 'article_title', 'phrasing', 'source', 'count'] as const;

/** CSV for KB owners; formula-looking cells escaped so spreadsheets do not run them. */
export function phrasingsToCsv(rows: ArticlePhrasing[], titleOf: (articleId: string) => string | undefined): string {
  return Papa.unparse(
    rows.map((p) => ({ article_id: p.articleId, article_title: titleOf(p.articleId) ?? '', phrasing: p.text, source: p.source, count: p.count })),
    { escapeFormulae: true, columns: [...PHRASING_CSV_COLUMNS] },
  );
}

/**
 * Reads a phrasings CSV (ours, or any with `article_id` and `phrasing` columns) into `db`.
 * Rows naming an article this install lacks are skipped and counted, not an error: KBs differ
 * between installs. Cells our export escaped (a leading ') are taken back.
 */
export async function importPhrasingsCsv(db: DeskmateDb, csv: string, knownArticle: (id: string) => boolean, now = Date.now()): Promise<{ imported: number; skipped: number }> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (!parsed.meta.fields?.includes('article_id') || !parsed.meta.fields.includes('phrasing')) throw new Error('a phrasings CSV needs the columns article_id and phrasing');
  let imported = 0;
  let skipped = 0;
  const unescape = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  for (const row of parsed.data) {
    const articleId = unescape(row.article_id?.trim() ?? '');
    const text = unescape(row.phrasing?.trim() ?? '');
    if (!articleId || !text || !knownArticle(articleId)) {
      skipped++;
      continue;
    }
    if (await learnPhrasing(db, articleId, text, 'import', now)) imported++;
    else skipped++;
  }
  return { imported, skipped };
}

export const removePhrasing = (db: DeskmateDb, key: string) => db.phrasings.delete(key);
