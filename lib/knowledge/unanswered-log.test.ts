import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DeskmateDb } from '../db/database';
import { recordUnanswered, topUnanswered, unansweredToCsv } from './unanswered-log';
import { hitRate, recordSuggestionEvent } from './suggestion-events';

let db: DeskmateDb;
beforeEach(async () => {
  db = new DeskmateDb(`kb-log-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

it('masks, merges repeats of the same question and ranks by count', async () => {
  await recordUnanswered(db, 'Can I pay with crypto? mail me at a@b.com', 'no-match', 1);
  await recordUnanswered(db, 'can i pay with CRYPTO?? mail me at z@y.org', 'all-not-useful', 5);
  await recordUnanswered(db, '我的订单 2024110512345 怎么开发票', 'no-match', 3);
  expect(await recordUnanswered(db, '  ', 'no-match')).toBeNull();
  const top = await topUnanswered(db, 10);
  expect(top.map((r) => [r.text, r.count])).toEqual([
    ['Can I pay with crypto? mail me at [email]', 2],
    ['我的订单 [order] 怎么开发票', 1],
  ]);
  expect(top[0]).toMatchObject({ firstAskedAt: 1, lastAskedAt: 5, reason: 'all-not-useful' });
});

it('exports CSV that a spreadsheet cannot execute', async () => {
  await recordUnanswered(db, '=HYPERLINK("http://x","click")', 'no-match', 0);
  await recordUnanswered(db, 'where is my parcel, "urgent"', 'no-match', 0);
  const csv = unansweredToCsv(await topUnanswered(db));
  const rows = Papa.parse<string[]>(csv).data;
  expect(rows[0]).toEqual(['question', 'count', 'first_asked', 'last_asked', 'reason']);
  expect(rows.map((r) => r[0])).toContain("'=HYPERLINK(\"http://x\",\"click\")");
  expect(rows.map((r) => r[0])).toContain('where is my parcel, "urgent"');
});

it('computes the hit rate over a time range, one count per ticket and article', async () => {
  const ev = (time: number, ticketId: string, articleId: string, kind: 'shown' | 'copied' | 'inserted' | 'useful' | 'not-useful') => recordSuggestionEvent(db, { time, ticketId, articleId, kind });
  await ev(10, 't1', 'a', 'shown');
  await ev(11, 't1', 'a', 'shown');
  await ev(12, 't1', 'a', 'inserted');
  await ev(13, 't1', 'a', 'copied');
  await ev(14, 't1', 'b', 'shown');
  await ev(15, 't1', 'b', 'not-useful');
  await ev(16, 't2', 'a', 'shown');
  await ev(99, 't3', 'a', 'shown');
  expect(await hitRate(db, 0, 50)).toEqual({ shown: 3, used: 1, useful: 0, notUseful: 1, rate: 1 / 3 });
  expect((await hitRate(db, 50, 100)).rate).toBe(0);
});
