import type { DeskmateDb } from '../db/database';
import type { HandlingRecord } from '../history/types';
import { hitRate } from '../knowledge/suggestion-events';
import { dayKey, daysInRange, type ReportRange } from './range';
import { repeatContacts, type RepeatContact } from './repeat-contacts';

/**
 * Sentiment buckets by a ticket's share of negative customer messages. A
 * ticket with no classified messages is "unknown" rather than calm.
 */
export const SENTIMENT_BUCKETS = { mixedFrom: 0.2, negativeFrom: 0.5 } as const;
export type SentimentBucket = 'calm' | 'mixed' | 'negative' | 'unknown';

export interface DayRow {
  day: string;
  tickets: number;
  calm: number;
  mixed: number;
  negative: number;
  unknown: number;
  abusiveMessages: number;
  escalations: number;
}

export interface Report {
  range: ReportRange;
  /** One row per day of the range, zero-filled, so charts show quiet days. */
  days: DayRow[];
  totals: { tickets: number; abusiveMessages: number; escalations: number };
  categories: Array<{ category: string | null; tickets: number }>;
  knowledge: { shown: number; used: number; useful: number; notUseful: number; hitRate: number | null };
  unanswered: Array<{ text: string; count: number; lastAskedAt: number; reason: string }>;
  repeatContacts: RepeatContact[];
}

export function sentimentBucket(s: HandlingRecord['sentiment']): SentimentBucket {
  if (!s || s.messages === 0) return 'unknown';
  if (s.negativeShare >= SENTIMENT_BUCKETS.negativeFrom) return 'negative';
  return s.negativeShare >= SENTIMENT_BUCKETS.mixedFrom ? 'mixed' : 'calm';
}

/**
 * Figures for [from, to) from the extension database. A ticket counts once,
 * on the day it was last worked (its `lastSeen`), with its latest category,
 * sentiment and outcome: the history keeps one record per ticket, not a log.
 */
export async function buildReport(db: DeskmateDb, range: ReportRange, opts: { unansweredLimit?: number } = {}): Promise<Report> {
  const { from, to } = range;
  const [records, knowledge, unanswered] = await Promise.all([
    db.history.where('lastSeen').between(from, to, true, false).toArray(),
    hitRate(db, from, to),
    db.unanswered.where('lastAskedAt').between(from, to, true, false).toArray(),
  ]);

  const byDay = new Map<string, DayRow>(
    daysInRange(range).map((day) => [day, { day, tickets: 0, calm: 0, mixed: 0, negative: 0, unknown: 0, abusiveMessages: 0, escalations: 0 }]),
  );
  const categories = new Map<string | null, number>();
  for (const r of records) {
    const row = byDay.get(dayKey(r.lastSeen));
    if (!row) continue;
    row.tickets++;
    row[sentimentBucket(r.sentiment)]++;
    row.abusiveMessages += r.sentiment?.abusiveCount ?? 0;
    if (r.outcome === 'escalated') row.escalations++;
    categories.set(r.category, (categories.get(r.category) ?? 0) + 1);
  }
  const days = [...byDay.values()];
  const sum = (k: 'tickets' | 'abusiveMessages' | 'escalations') => days.reduce((n, d) => n + d[k], 0);

  return {
    range,
    days,
    totals: { tickets: sum('tickets'), abusiveMessages: sum('abusiveMessages'), escalations: sum('escalations') },
    categories: [...categories].map(([category, tickets]) => ({ category, tickets })).sort((a, b) => b.tickets - a.tickets),
    knowledge: { shown: knowledge.shown, used: knowledge.used, useful: knowledge.useful, notUseful: knowledge.notUseful, hitRate: knowledge.shown ? knowledge.rate : null },
    unanswered: unanswered
      .sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt)
      .slice(0, opts.unansweredLimit ?? 20)
      .map(({ text, count, lastAskedAt, reason }) => ({ text, count, lastAskedAt, reason })),
    repeatContacts: repeatContacts(records),
  };
}
