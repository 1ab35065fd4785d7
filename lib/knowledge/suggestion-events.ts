import type { DeskmateDb } from '../db/database';
import type { SuggestionEvent } from './types';

export async function recordSuggestionEvent(db: DeskmateDb, ev: Omit<SuggestionEvent, 'id'>): Promise<void> {
  await db.suggestionEvents.add(ev);
}

export interface HitRate {
  /** Distinct (ticket, article) suggestions shown. */
  shown: number;
  /** Of those, copied or inserted at least once. */
  used: number;
  useful: number;
  notUseful: number;
  /** used / shown (0 when nothing was shown). */
  rate: number;
}

/**
 * Hit rate for reports over [from, to) in ms. A suggestion re-shown as the
 * conversation moves counts once per ticket, so chatty tickets do not dilute it.
 */
export async function hitRate(db: DeskmateDb, from: number, to: number): Promise<HitRate> {
  const events = await db.suggestionEvents.where('time').between(from, to, true, false).toArray();
  const pairs = (kinds: SuggestionEvent['kind'][]) => new Set(events.filter((e) => kinds.includes(e.kind)).map((e) => `${e.ticketId}\u0000${e.articleId}`));
  const shown = pairs(['shown']);
  const used = [...pairs(['copied', 'inserted'])].filter((p) => shown.has(p)).length;
  return {
    shown: shown.size,
    used,
    useful: pairs(['useful']).size,
    notUseful: pairs(['not-useful']).size,
    rate: shown.size ? used / shown.size : 0,
  };
}
