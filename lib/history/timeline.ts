/**
 * The returning-customer timeline. One multi-entry index query on
 * `contactKeys` fetches exactly the records sharing a key with the customer,
 * so the cost grows with that customer's history, not with the store
 * (100,000 records: see docs/benchmarks.md).
 */
import type { DeskmateDb } from '../db/database';
import { contactKindOf } from './contact-keys';
import { UNRESOLVED_OUTCOMES, type ContactKind, type HandlingRecord, type TimelineEntry } from './types';

const DAY_MS = 86_400_000;

export interface TimelineOptions {
  /** The ticket on screen, as its record id "console:ticket": it is not a past contact (the same number on another console is). */
  excludeTicketId?: string;
  /** @default Date.now() */
  now?: number;
  /** Window for the "N contacts in the last D days" count. @default 30 */
  windowDays?: number;
  /** Most entries returned (newest first); the count is over all matches. @default 20 */
  limit?: number;
}

export interface Timeline {
  /** Newest first, one per ticket even when several keys matched it. */
  records: TimelineEntry[];
  /** Past tickets of this customer whose latest contact is within the window. */
  contactsInWindow: number;
}

function isExcluded(record: HandlingRecord, exclude: string | undefined): boolean {
  return exclude !== undefined && record.id === exclude;
}

/** Kinds of the keys shared with the lookup, in a stable order. */
function matchedKinds(record: HandlingRecord, wanted: Set<string>): ContactKind[] {
  const kinds = new Set(record.contactKeys.filter((k) => wanted.has(k)).map(contactKindOf));
  return (['user', 'email', 'phone'] as const).filter((k) => kinds.has(k));
}

/**
 * Past handling of the customer identified by `keys` (from `contactKeysFor`,
 * hashed or not exactly as at write time). Entries older than the window are
 * still listed (retention bounds them); only the count is windowed.
 */
export async function timelineFor(db: DeskmateDb, keys: string[], opts: TimelineOptions = {}): Promise<Timeline> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return { records: [], contactsInWindow: 0 };
  const now = opts.now ?? Date.now();
  const windowStart = now - (opts.windowDays ?? 30) * DAY_MS;
  const limit = opts.limit ?? 20;

  // One equality range per key rather than `anyOf`: Dexie implements anyOf
  // by cursor jumps, 2.5× slower in Chromium and walked linearly by
  // fake-indexeddb (docs/benchmarks.md); exact-key reads are index
  // seeks everywhere. One read transaction keeps the results one snapshot.
  const perKey = await db.transaction('r', db.history, () => Promise.all(unique.map((key) => db.history.where('contactKeys').equals(key).toArray())));
  const byId = new Map<string, HandlingRecord>();
  for (const record of perKey.flat()) if (!isExcluded(record, opts.excludeTicketId)) byId.set(record.id, record);

  // Dated by the ticket's own latest activity where the console showed it, else when Deskmate last saw it.
  const when = (r: HandlingRecord) => r.ticketUpdatedAt ?? r.lastSeen;
  const sorted = [...byId.values()].sort((a, b) => when(b) - when(a) || a.id.localeCompare(b.id));
  const contactsInWindow = sorted.filter((r) => when(r) >= windowStart).length;
  const wanted = new Set(unique);
  const records = sorted.slice(0, limit).map((r) => ({ ...r, unresolved: UNRESOLVED_OUTCOMES.has(r.outcome), matchedBy: matchedKinds(r, wanted) }));
  return { records, contactsInWindow };
}
