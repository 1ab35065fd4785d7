import type { MaskState } from './mask-dom';

/**
 * What the agent may glimpse before the model answers (see ARCHITECTURE.md,
 * "Masking without blackouts"). Only the on-page lexicon may hide a message
 * before it is painted for good; a message that is merely unclassified is at
 * most held briefly, and only when it arrives live.
 */
export type UnclassifiedPolicy = 'show' | 'holdLive';

/** A message held as pending is released after this, whatever the settings say. */
export const MAX_PENDING_MS = 300;
/**
 * More new customer messages than this in one pass is a backlog (ticket
 * opened, tab switched, history re-rendered), not a live arrival: holding
 * them all would black the conversation out.
 */
export const LIVE_BURST = 3;
/**
 * What appears within this long of a ticket opening is still its backlog: a
 * page being parsed or a console rendering its history in pieces.
 */
export const BACKLOG_SETTLE_MS = 1000;
/** Messages per classification round trip: one for the visible ones first, then chunks of the rest. */
export const BATCH_SIZE = 32;

export interface FirstLook {
  /** The synchronous word check found abuse. */
  lexiconAbusive: boolean;
  /** The message arrived while the ticket was open (not part of what was there when it opened). */
  live: boolean;
  policy: UnclassifiedPolicy;
  /** The agent's wait setting; capped at MAX_PENDING_MS. */
  waitMs: number;
}

/** Whether new messages seen in one pass are a live arrival rather than backlog. */
export function isLiveArrival(openedAt: number | undefined, now: number, freshCount: number): boolean {
  return openedAt !== undefined && now - openedAt >= BACKLOG_SETTLE_MS && freshCount <= LIVE_BURST;
}

/** The state a customer message gets in the same microtask it is first seen, before the browser paints. */
export function firstMaskState(look: FirstLook): { state: MaskState; releaseAfterMs: number | null } {
  if (look.lexiconAbusive) return { state: 'hidden', releaseAfterMs: null };
  const wait = Math.min(Math.max(0, look.waitMs), MAX_PENDING_MS);
  if (look.policy === 'holdLive' && look.live && wait > 0) return { state: 'pending', releaseAfterMs: wait };
  return { state: 'clean', releaseAfterMs: null };
}

/** Pending masks older than the cap, measured by the clock rather than by a timer a busy page may delay. */
export function overduePending(pendingSince: ReadonlyMap<string, number>, now: number, waitMs: number): string[] {
  const wait = Math.min(Math.max(0, waitMs), MAX_PENDING_MS);
  return [...pendingSince].filter(([, since]) => now - since >= wait).map(([id]) => id);
}

/**
 * Round trips for a set of queued messages: those on screen first (in page
 * order), then the rest in chunks, so the agent's view is settled by the
 * first answer and a long backlog never waits on one huge request.
 */
export function classificationBatches<T>(queued: T[], onScreen: (item: T) => boolean, size = BATCH_SIZE): T[][] {
  const visible = queued.filter(onScreen);
  const rest = queued.filter((q) => !onScreen(q));
  const batches: T[][] = [];
  for (let i = 0; i < visible.length; i += size) batches.push(visible.slice(i, i + size));
  for (let i = 0; i < rest.length; i += size) batches.push(rest.slice(i, i + size));
  return batches;
}

/** Whether an element's box meets the viewport (a hidden element has an empty box and does not). */
export function isOnScreen(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) {
    // A message hidden by its own mask has no box: judge by its placeholder, which sits where it would be.
    const ph = el.previousElementSibling;
    if (ph && ph.getAttribute('data-deskmate') === 'mask') return isOnScreen(ph);
    return false;
  }
  return r.bottom > 0 && r.right > 0 && r.top < view.innerHeight && r.left < view.innerWidth;
}
