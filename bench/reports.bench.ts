/**
 * Reports and audit log over a busy team's quarter: 10k handling records,
 * 20k audit entries, 6k suggestion events, 500 unanswered questions, on
 * fake-indexeddb in Node (slower than Chromium's IndexedDB, so an upper bound
 * for the page's database part).
 */
import 'fake-indexeddb/auto';
import { DeskmateDb } from '../lib/db/database';
import type { HandlingRecord } from '../lib/history/types';
import type { AuditEntry } from '../lib/audit/types';
import { buildReport } from '../lib/reports/report';
import { auditToCsv, queryAudit } from '../lib/reports/audit-query';
import { toCsv } from '../lib/reports/csv';
import { rangeFromDates, lastDays } from '../lib/reports/range';
import { fmtMs, percentile } from './stats';
import { seededRandom } from '../lib/seeded/random';

const DAY = 86_400_000;
const CATEGORIES = ['logistics', 'refund_return', 'payment', 'account', 'complaint', 'invoice', null];

async function seed(db: DeskmateDb, now: number) {
  const rnd = seededRandom(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const records: HandlingRecord[] = Array.from({ length: 10_000 }, (_, i) => {
    const lastSeen = now - Math.floor(rnd() * 90 * DAY);
    // about a fifth of tickets come from 800 returning customers
    const customer = rnd() < 0.2 ? `phone:+86138${String(Math.floor(rnd() * 800)).padStart(8, '0')}` : `user:zendesk:${i}`;
    return {
      id: `zendesk:${i}`, consoleId: 'zendesk', ticketId: String(i), ticketUrl: '', contactKeys: [customer], customerName: null,
      firstSeen: lastSeen - DAY / 4, lastSeen, category: pick(CATEGORIES), priority: 'normal', lang: 'zh',
      sentiment: { negativeShare: rnd(), abusiveCount: rnd() < 0.05 ? 1 : 0, messages: 1 + Math.floor(rnd() * 12) },
      outcome: rnd() < 0.06 ? 'escalated' : 'solved', autoOutcome: null, facts: { orderIds: [], trackingNumbers: [], detail: null },
      summary: '', summaryEdited: false, note: '', agent: 'lily',
    };
  });
  const audit: Array<Omit<AuditEntry, 'id'>> = Array.from({ length: 20_000 }, (_, i) => ({
    time: now - Math.floor(rnd() * 90 * DAY), consoleId: 'zendesk', ticketId: String(i % 10_000), action: pick(['autofill:fill', 'autofill:undo', 'classify:priority', 'lookup:orders']),
    field: pick(['requester', 'priority', 'custom_order_number', 'tags']), oldValue: '', newValue: `value ${i}`, outcome: 'ok',
  }));
  await db.history.bulkAdd(records);
  await db.audit.bulkAdd(audit as AuditEntry[]);
  await db.suggestionEvents.bulkAdd(
    Array.from({ length: 6_000 }, (_, i) => ({ time: now - Math.floor(rnd() * 90 * DAY), ticketId: String(i % 3000), articleId: `a${i % 40}`, kind: pick(['shown', 'shown', 'shown', 'copied', 'inserted', 'useful'] as const) })),
  );
  await db.unanswered.bulkAdd(
    Array.from({ length: 500 }, (_, i) => ({ key: `q${i}`, text: `question ${i}`, count: 1 + Math.floor(rnd() * 30), firstAskedAt: now - 90 * DAY, lastAskedAt: now - Math.floor(rnd() * 90 * DAY), reason: 'no-match' as const })),
  );
}

async function time(label: string, runs: number, body: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await body();
    samples.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(52)} median ${fmtMs(percentile(samples, 50))} · p95 ${fmtMs(percentile(samples, 95))} (${runs} runs)`);
}

export async function run(): Promise<void> {
  const db = new DeskmateDb(`bench-reports-${process.pid}`);
  const now = Date.now();
  try {
    await seed(db, now);
    const last = (days: number) => { const r = lastDays(days, now); return rangeFromDates(r.fromDay, r.toDay); };
    const r30 = await buildReport(db, last(30));
    console.log(`seeded 10k records / 20k audit / 6k events / 500 questions; 30 days: ${r30.totals.tickets} tickets, ${r30.repeatContacts.length} repeat customers`);
    await time('buildReport, last 30 days', 5, () => buildReport(db, last(30)));
    await time('buildReport, last 90 days', 5, () => buildReport(db, last(90)));
    await time('queryAudit 30 days, text filter (limit 1000)', 5, () => queryAudit(db, { ...last(30), text: 'value 1', limit: 1000 }));
    const { entries } = await queryAudit(db, { ...last(90), limit: 1000 });
    await time('auditToCsv, 1000 entries', 5, async () => auditToCsv(entries));
    const rows = r30.days.map((d) => ({ ...d }));
    await time('toCsv, 30 day rows', 20, async () => toCsv(rows));
  } finally {
    await db.delete();
  }
}
