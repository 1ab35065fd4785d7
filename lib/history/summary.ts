/**
 * The one-line summary shown in the timeline and written back to the ticket
 * as an internal note, generated from what Deskmate knows, in the
 * conversation's language:
 *   "退货咨询 · 订单 1234 · 超过退货时效，已提交特殊申请 · 王敏"
 *   "Refund request · order 1234 · refunded · Wang Min"
 * The date is not part of it: the timeline shows `lastSeen` beside it.
 */
import { categoryLabel, OUTCOME_LABELS } from './labels';
import type { ConversationLang, HandlingOutcome, HandlingRecord } from './types';

export interface SummaryFacts {
  lang: ConversationLang;
  category?: string | null;
  orderIds?: string[];
  trackingNumbers?: string[];
  outcome: HandlingOutcome;
  /** Free-text outcome detail; when present it says more than the outcome label and replaces it. */
  detail?: string | null;
  customerName?: string | null;
  /** Agent who handled it; appended only when asked (the write-back note names no one by default). */
  agent?: string;
}

const SEPARATOR = ' · ';
/** Keeps the line to one line in the panel; ids beyond these are in the ticket. */
const MAX_IDS = 2;
const MAX_DETAIL = 60;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function idList(ids: string[] | undefined, zhWord: string, enWord: string, lang: ConversationLang): string | null {
  const unique = [...new Set((ids ?? []).map((id) => id.trim()).filter(Boolean))];
  if (unique.length === 0) return null;
  const shown = unique.slice(0, MAX_IDS).join(', ') + (unique.length > MAX_IDS ? ` +${unique.length - MAX_IDS}` : '');
  return lang === 'zh' ? `${zhWord} ${shown}` : `${enWord} ${shown}`;
}

export function summarizeHandling(facts: SummaryFacts, opts: { includeAgent?: boolean } = {}): string {
  const { lang } = facts;
  const parts: string[] = [];
  if (facts.category) parts.push(categoryLabel(facts.category, lang));
  const orders = idList(facts.orderIds, '订单', 'order', lang);
  if (orders) parts.push(orders);
  const tracking = idList(facts.trackingNumbers, '运单', 'tracking', lang);
  if (tracking) parts.push(tracking);
  parts.push(facts.detail?.trim() ? clip(facts.detail, MAX_DETAIL) : OUTCOME_LABELS[facts.outcome][lang]);
  if (facts.customerName?.trim()) parts.push(clip(facts.customerName, 40));
  if (opts.includeAgent && facts.agent?.trim()) parts.push(lang === 'zh' ? `经办 ${clip(facts.agent, 40)}` : `by ${clip(facts.agent, 40)}`);
  return parts.join(SEPARATOR);
}

/** The summary a record would get from its own facts (every automatic update; with the agent for a note written back). */
export function summaryForRecord(record: HandlingRecord, opts: { includeAgent?: boolean } = {}): string {
  return summarizeHandling(
    {
      lang: record.lang,
      category: record.category,
      orderIds: record.facts.orderIds,
      trackingNumbers: record.facts.trackingNumbers,
      outcome: record.outcome,
      detail: record.facts.detail,
      customerName: record.customerName,
      agent: record.agent,
    },
    opts,
  );
}

/** "11-03 退货咨询 · …": a timeline line with the local month-day of the latest contact. */
export function timelineLine(record: Pick<HandlingRecord, 'lastSeen' | 'summary' | 'ticketUpdatedAt'>): string {
  // The ticket's own latest date where the console showed it; when Deskmate saw it otherwise.
  const d = new Date(record.ticketUpdatedAt ?? record.lastSeen);
  const md = `${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${md} ${record.summary}`;
}
