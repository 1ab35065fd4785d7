/**
 * Deterministic synthetic handling history for benches (Node here, the real
 * extension in the lead's bench) and load tests. About four tickets per
 * customer over half a year; each ticket carries only some of its customer's
 * keys, as real tickets do (user id on one, phone on the next), so lookups
 * exercise matching across keys.
 */
import { summaryForRecord } from './summary';
import { HANDLING_OUTCOMES, type HandlingOutcome, type HandlingRecord } from './types';
import { seededRandom } from '../seeded/random';

const DAY_MS = 86_400_000;
const CATEGORIES = ['refund', 'return', 'shipping', 'order_status', 'cancel_order', 'payment', 'account', 'product', 'complaint', null];
const OUTCOME_WEIGHTS: Record<HandlingOutcome, number> = { solved: 50, pending: 15, open: 10, refunded: 12, escalated: 8, other: 5 };

export { seededRandom } from '../seeded/random';

export interface GenerateOptions {
  /** Records are spread over the `spanDays` before this instant. @default Date.now() */
  now?: number;
  /** @default 180 */
  spanDays?: number;
  /** Distinct customers. @default ceil(n / 4) */
  customers?: number;
  /** @default 'zendesk' */
  consoleId?: string;
}

/** The full key set of generated customer `c` (user id always; e-mail and phone for most). */
export function generatedCustomerKeys(c: number, consoleId = 'zendesk'): string[] {
  const keys = [`user:${consoleId}:${100_000 + c}`];
  if (c % 10 < 7) keys.push(`email:customer${c}@example.com`);
  if (c % 10 >= 4) keys.push(`phone:+86138${String(c).padStart(8, '0').slice(-8)}`);
  return keys;
}

function weightedOutcome(r: number): HandlingOutcome {
  const total = HANDLING_OUTCOMES.reduce((s, o) => s + OUTCOME_WEIGHTS[o], 0);
  let x = r * total;
  for (const o of HANDLING_OUTCOMES) if ((x -= OUTCOME_WEIGHTS[o]) < 0) return o;
  return 'other';
}

/** `n` valid records, identical for the same (n, seed, options). */
export function generateHistoryRecords(n: number, seed: number, opts: GenerateOptions = {}): HandlingRecord[] {
  const rand = seededRandom(seed);
  const now = opts.now ?? Date.now();
  const spanMs = (opts.spanDays ?? 180) * DAY_MS;
  const customers = Math.max(1, opts.customers ?? Math.ceil(n / 4));
  const consoleId = opts.consoleId ?? 'zendesk';
  const records: HandlingRecord[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rand() * customers);
    const allKeys = generatedCustomerKeys(c, consoleId);
    const contactKeys = allKeys.filter(() => rand() < 0.6);
    if (contactKeys.length === 0) contactKeys.push(allKeys[Math.floor(rand() * allKeys.length)]!);
    const lastSeen = Math.round(now - rand() * spanMs);
    const lang = c % 5 < 3 ? 'zh' : 'en';
    const ticketId = String(1_000_000 + i);
    const outcome = weightedOutcome(rand());
    const record: HandlingRecord = {
      id: `${consoleId}:${ticketId}`,
      consoleId,
      ticketId,
      ticketUrl: `https://example.zendesk.com/agent/tickets/${ticketId}`,
      contactKeys,
      customerName: lang === 'zh' ? `客户${c}` : `Customer ${c}`,
      firstSeen: lastSeen - Math.round(rand() * 3 * DAY_MS),
      lastSeen,
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!,
      priority: rand() < 0.2 ? 'high' : 'normal',
      lang,
      sentiment: { negativeShare: Math.round(rand() * 100) / 100, abusiveCount: rand() < 0.05 ? 1 : 0, messages: 1 + Math.floor(rand() * 20) },
      outcome,
      autoOutcome: outcome,
      facts: { orderIds: rand() < 0.7 ? [String(20_000_000 + Math.floor(rand() * 9_000_000))] : [], trackingNumbers: rand() < 0.3 ? [`SF${1_000_000_000 + i}`] : [], detail: null },
      summary: '',
      summaryEdited: false,
      note: '',
      agent: `agent${i % 12}`,
    };
    record.summary = summaryForRecord(record);
    records.push(record);
  }
  return records;
}
