/**
 * Pure merge rules for one ticket's record. Updates arrive from several tabs
 * and may arrive out of order (a tab left open writes an older view after a
 * newer one), so the rules are:
 * - contact keys and facts only ever accumulate;
 * - firstSeen is the earliest and lastSeen the latest observation;
 * - a newer observation overwrites fields it knows; an older one only fills gaps;
 * - sentiment comes from whichever view covered more messages;
 * - an agent-edited summary is never regenerated.
 * Applying the same update twice gives the same record (idempotence).
 */
import { summaryForRecord } from './summary';
import { HISTORY_LIMITS, type HandlingFacts, type HandlingRecord, type HandlingOutcome, type HandlingUpdate, type SentimentSummary } from './types';

export function recordIdFor(consoleId: string, ticketId: string): string {
  return `${consoleId}:${ticketId}`;
}

/** a then the new items of b, capped at `max` (what was known first is kept). */
function union(a: string[], b: string[] | undefined, max: number): string[] {
  return b && b.length ? [...new Set([...a, ...b])].slice(0, max) : a;
}

function mergeFacts(base: HandlingFacts, update: Partial<HandlingFacts> | undefined, newer: boolean): HandlingFacts {
  if (!update) return base;
  const detail = update.detail?.trim() ? update.detail.trim() : null;
  return {
    orderIds: union(base.orderIds, update.orderIds, HISTORY_LIMITS.factIds),
    trackingNumbers: union(base.trackingNumbers, update.trackingNumbers, HISTORY_LIMITS.factIds),
    detail: detail && (newer || !base.detail) ? detail : base.detail,
  };
}

/** The view covering more messages; on a tie the newer observation. */
function freshestSentiment(current: SentimentSummary, incoming: SentimentSummary | undefined, newer: boolean): SentimentSummary {
  if (!incoming) return current;
  const wider = newer ? incoming.messages >= current.messages : incoming.messages > current.messages;
  return wider ? { ...incoming } : current;
}

/** See `HandlingRecord.autoOutcome`: an agent's edit holds until the console's status really changes. */
function mergeOutcome(base: HandlingRecord, reported: HandlingOutcome | undefined, newer: boolean): Pick<HandlingRecord, 'outcome' | 'autoOutcome'> {
  if (!reported || !newer) return { outcome: base.outcome, autoOutcome: base.autoOutcome };
  // Same status as last reported: keep whatever the outcome is now (the agent's, if edited).
  return { outcome: reported === base.autoOutcome ? base.outcome : reported, autoOutcome: reported };
}

/** Picks the update's value when it has one and is newer (or the record has none). */
function pick<T>(current: T | null, incoming: T | null | undefined, newer: boolean): T | null {
  if (incoming === undefined || incoming === null) return current;
  return newer || current === null ? incoming : current;
}

function emptyRecord(update: HandlingUpdate, now: number): HandlingRecord {
  return {
    id: recordIdFor(update.consoleId, update.ticketId),
    consoleId: update.consoleId,
    ticketId: update.ticketId,
    ticketUrl: update.ticketUrl,
    contactKeys: [],
    customerName: null,
    firstSeen: now,
    lastSeen: now,
    category: null,
    priority: null,
    lang: update.lang ?? 'en',
    sentiment: { negativeShare: 0, abusiveCount: 0, messages: 0 },
    outcome: 'open',
    autoOutcome: null,
    facts: { orderIds: [], trackingNumbers: [], detail: null },
    summary: '',
    summaryEdited: false,
    note: '',
    agent: '',
  };
}

function consoleOf(base: HandlingRecord, update: HandlingUpdate, newer: boolean): Pick<HandlingRecord, 'consoleName'> {
  const name = newer && update.consoleName ? update.consoleName : base.consoleName || update.consoleName;
  return name ? { consoleName: name } : {};
}

const earliest = (a: number | null | undefined, b: number | null | undefined) => (a == null ? (b ?? null) : b == null ? a : Math.min(a, b));
const latest = (a: number | null | undefined, b: number | null | undefined) => (a == null ? (b ?? null) : b == null ? a : Math.max(a, b));

/** The ticket's own dates only widen: the first message seen is the earliest, the latest the newest. */
function ticketDates(base: HandlingRecord, update: HandlingUpdate): Pick<HandlingRecord, 'ticketCreatedAt' | 'ticketUpdatedAt'> {
  const created = earliest(base.ticketCreatedAt, update.ticketCreatedAt);
  const updated = latest(base.ticketUpdatedAt, update.ticketUpdatedAt);
  return { ...(created != null ? { ticketCreatedAt: created } : {}), ...(updated != null ? { ticketUpdatedAt: updated } : {}) };
}

/** A session id not seen before is a new visit of the same ticket; repeated updates of one visit count once. */
function visitsOf(base: HandlingRecord, update: HandlingUpdate, stored: boolean): Pick<HandlingRecord, 'visits' | 'sessionIds'> {
  const seen = base.sessionIds ?? [];
  const visits = base.visits ?? (seen.length || 1);
  if (!update.sessionId || seen.includes(update.sessionId)) return base.sessionIds ? { visits, sessionIds: seen } : {};
  // A record stored before visits were counted was visited at least once already.
  const known = base.sessionIds !== undefined || base.visits !== undefined;
  return { visits: known ? visits + 1 : stored ? 2 : 1, sessionIds: [...seen, update.sessionId].slice(-HISTORY_LIMITS.sessionIds) };
}

/** The record after applying `update` observed at `now` to `existing` (or to a new record). */
export function mergeHandling(existing: HandlingRecord | undefined, update: HandlingUpdate, now: number): HandlingRecord {
  const base = existing ?? emptyRecord(update, now);
  const newer = !existing || now >= existing.lastSeen;
  const merged: HandlingRecord = {
    ...base,
    ticketUrl: newer && update.ticketUrl ? update.ticketUrl : base.ticketUrl || update.ticketUrl,
    contactKeys: union(base.contactKeys, update.contactKeys, HISTORY_LIMITS.contactKeys),
    customerName: pick(base.customerName, update.customerName?.trim() || null, newer),
    firstSeen: Math.min(base.firstSeen, now),
    lastSeen: Math.max(base.lastSeen, now),
    category: pick(base.category, update.category, newer),
    priority: pick(base.priority, update.priority, newer),
    lang: newer && update.lang ? update.lang : base.lang,
    sentiment: freshestSentiment(base.sentiment, update.sentiment, newer),
    ...mergeOutcome(base, update.outcome, newer),
    facts: mergeFacts(base.facts, update.facts, newer),
    agent: newer && update.agent ? update.agent : base.agent || (update.agent ?? ''),
    ...consoleOf(base, update, newer),
    ...ticketDates(base, update),
    ...visitsOf(base, update, existing !== undefined),
  };
  if (!merged.summaryEdited) merged.summary = summaryForRecord(merged);
  return merged;
}

/**
 * Merges two stored copies of one record (import into an existing store):
 * the copy seen later wins its fields, keys and facts are united, and an
 * agent's edit or note survives from either side.
 */
export function mergeRecords(a: HandlingRecord, b: HandlingRecord): HandlingRecord {
  const [older, newer] = a.lastSeen <= b.lastSeen ? [a, b] : [b, a];
  const edited = newer.summaryEdited ? newer : older.summaryEdited ? older : newer;
  return {
    ...newer,
    contactKeys: union(older.contactKeys, newer.contactKeys, HISTORY_LIMITS.contactKeys),
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    facts: {
      orderIds: union(older.facts.orderIds, newer.facts.orderIds, HISTORY_LIMITS.factIds),
      trackingNumbers: union(older.facts.trackingNumbers, newer.facts.trackingNumbers, HISTORY_LIMITS.factIds),
      detail: newer.facts.detail ?? older.facts.detail,
    },
    summary: edited.summary,
    summaryEdited: edited.summaryEdited,
    note: newer.note || older.note,
    sentiment: newer.sentiment.messages >= older.sentiment.messages ? newer.sentiment : older.sentiment,
  };
}
