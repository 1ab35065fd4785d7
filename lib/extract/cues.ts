/**
 * Words around a candidate that say what it is: "订单号" before a number makes
 * it an order, "骑手电话" makes a phone someone else's. The nearest cue before
 * the candidate wins, so "退货单号 SF…，订单号 5623…" labels each correctly.
 */

export type CueTable<K extends string> = ReadonlyArray<readonly [K, RegExp]>;

export interface CueHit<K extends string> {
  kind: K;
  start: number;
  end: number;
}

/** Sentence ends: a cue never reaches across them. */
const SENTENCE_END = /[。！？!?\n]/;
/** Clause ends: phone ownership is decided within one clause. */
const CLAUSE_END = /[。！？!?\n；;，,]/;

// A full stop ends a sentence only before a space ("1388.00", "a.b@c.com" go on).
function endsAt(text: string, i: number, clause: boolean): boolean {
  const ch = text[i]!;
  if (ch === '.') return /\s/.test(text[i + 1] ?? ' ');
  return (clause ? CLAUSE_END : SENTENCE_END).test(ch);
}

/** Start of the sentence (or clause) containing `pos`. */
export function boundaryBefore(text: string, pos: number, clause = false): number {
  for (let i = pos - 1; i >= 0; i--) if (endsAt(text, i, clause)) return i + 1;
  return 0;
}

/** End of the sentence (or clause) containing `pos`. */
export function boundaryAfter(text: string, pos: number, clause = false): number {
  for (let i = pos; i < text.length; i++) if (endsAt(text, i, clause)) return i;
  return text.length;
}

// Global twins of the cue regexes, compiled once (this runs per candidate).
const globalTwins = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globalTwins.get(re);
  if (!g) globalTwins.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  g.lastIndex = 0;
  return g;
}

/**
 * The cue ending closest before `pos`, looking back at most `window` chars
 * and never before `floor`. On equal ends the longer cue wins ("订单号" over "单号").
 */
export function nearestCueBefore<K extends string>(
  text: string,
  pos: number,
  table: CueTable<K>,
  window: number,
  floor = 0,
): CueHit<K> | null {
  const from = Math.max(floor, pos - window);
  const slice = text.slice(from, pos);
  let best: CueHit<K> | null = null;
  for (const [kind, re] of table) {
    for (const m of slice.matchAll(globalOf(re))) {
      const hit = { kind, start: from + m.index, end: from + m.index + m[0].length };
      if (!best || hit.end > best.end || (hit.end === best.end && hit.start < best.start)) best = hit;
    }
  }
  return best;
}

/** First cue found in text[from, to). */
export function firstCueIn<K extends string>(text: string, from: number, to: number, table: CueTable<K>): CueHit<K> | null {
  const slice = text.slice(from, to);
  let best: CueHit<K> | null = null;
  for (const [kind, re] of table) {
    const m = re.exec(slice);
    if (m && (!best || from + m.index < best.start)) best = { kind, start: from + m.index, end: from + m.index + m[0].length };
  }
  return best;
}

/** "打错了，是…", "sorry, typo: …": the message replaces an earlier value. */
export const CORRECTION =
  /打错|写错|输错|说错|发错|填错|记错|弄错|错了|更正|纠正|应该是|不对[，,]?是|typo|oh wait|wait,? no|wrong (?:number|email|address|order)|mistyped|i meant|correction|should (?:be|read)|sorry,? (?:it'?s|that'?s|i mean)|not .{1,40}, it'?s/i;

export function hasCorrection(text: string): boolean {
  return CORRECTION.test(text);
}
