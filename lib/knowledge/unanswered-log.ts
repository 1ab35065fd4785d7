import Papa from 'papaparse';
import type { DeskmateDb } from '../db/database';
import type { UnansweredQuestion } from './types';
import { maskPersonalData } from './mask-personal-data';

/** Same question, same row: case, spacing and punctuation do not make a new question. */
export function unansweredKey(masked: string): string {
  return masked.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/**
 * Logs a customer question nothing answered (no article above the threshold,
 * or the agent marked every suggestion not useful), masked first: the log is
 * read by knowledge-base editors, not by whoever handled the ticket.
 */
export async function recordUnanswered(db: DeskmateDb, question: string, reason: UnansweredQuestion['reason'], now = Date.now()): Promise<UnansweredQuestion | null> {
  const text = maskPersonalData(question.trim()).slice(0, 1000);
  const key = unansweredKey(text);
  if (!key) return null;
  return db.transaction('rw', db.unanswered, async () => {
    const old = await db.unanswered.get(key);
    const row: UnansweredQuestion = old
      ? { ...old, count: old.count + 1, lastAskedAt: now, reason }
      : { key, text, count: 1, firstAskedAt: now, lastAskedAt: now, reason };
    await db.unanswered.put(row);
    return row;
  });
}

/** Most-asked first; ties by most recent. */
export async function topUnanswered(db: DeskmateDb, limit = 50): Promise<UnansweredQuestion[]> {
  const rows = await db.unanswered.orderBy('count').reverse().limit(limit * 2).toArray();
  return rows.sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt).slice(0, limit);
}

/** CSV for the options page export; formula-looking cells are escaped so spreadsheets do not run them. */
export function unansweredToCsv(rows: UnansweredQuestion[]): string {
  return Papa.unparse(
    rows.map((r) => ({
      question: r.text,
      count: r.count,
      first_asked: new Date(r.firstAskedAt).toISOString(),
      last_asked: new Date(r.lastAskedAt).toISOString(),
      reason: r.reason,
    })),
    { escapeFormulae: true, columns: ['question', 'count', 'first_asked', 'last_asked', 'reason'] },
  );
}
