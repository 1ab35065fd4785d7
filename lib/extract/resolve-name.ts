/**
 * The requester name from all name mentions, as an agent would type it:
 * a full name wins (without honorific); else surname + the honorific used by
 * either side (我姓王 + 王女士 → 王女士); else a first name as given; else the
 * bare surname. A surname spelled out later (弓长张) corrects the others.
 */
import { completeFromDisplayName } from './display-name';
import type { NameCandidate } from './name-candidate';
import type { Evidence, Field } from './types';

export interface PlacedName extends NameCandidate {
  messageId: string;
  /** Position of the message in the conversation. */
  order: number;
}

const ev = (c: PlacedName): Evidence => ({ messageId: c.messageId, start: c.start, end: c.end });

/** First candidate, unless a later one comes from a correcting message. */
function pick(cands: PlacedName[]): PlacedName | undefined {
  const corrected = cands.filter((c) => c.corrects && c.form !== 'surname-fix');
  return corrected.length ? corrected[corrected.length - 1] : cands[0];
}

function withSurname(value: string, oldSurname: string | undefined, fix: PlacedName | undefined, after: number): string {
  if (!fix || fix.order < after || !oldSurname || !value.startsWith(oldSurname)) return value;
  return fix.value + value.slice(oldSurname.length);
}

/** `displayNames`: the console's sender names on customer messages (they complete a partial name, see display-name.ts). */
export function resolveName(all: PlacedName[], agentNames: readonly string[], displayNames: readonly string[] = []): Field<string> | null {
  const banned = new Set(agentNames.map((n) => n.trim().toLowerCase()).filter(Boolean));
  const cands = all.filter((c) => !c.value.split(/\s+/).some((w) => banned.has(w.toLowerCase())) && !banned.has(c.value.toLowerCase()));
  const fixes = cands.filter((c) => c.form === 'surname-fix');
  const fix = fixes[fixes.length - 1];
  const of = (form: NameCandidate['form'], fromAgent: boolean) => cands.filter((c) => c.form === form && c.fromAgent === fromAgent);

  const full = pick(of('full', false)) ?? pick(of('full', true));
  if (full) {
    return { value: withSurname(full.value, full.surname, fix, full.order), evidence: [ev(full), ...(fix && fix.order > full.order ? [ev(fix)] : [])] };
  }

  const titled = [...of('titled', false), ...of('titled', true)].sort((a, b) => a.order - b.order);
  const surnames = of('surname', false);
  const stated = fix ?? surnames[surnames.length - 1];
  if (titled.length) {
    const t = pick(titled.filter((c) => !c.fromAgent)) ?? titled[0]!;
    // The customer's own statement of the surname beats an agent's mishearing.
    const surname = stated?.value ?? t.surname ?? '';
    const isLatin = /^[A-Za-z]/.test(t.value);
    const value = (!isLatin && completeFromDisplayName(t.value, 'titled', surname, displayNames)) || (isLatin ? t.value : `${surname}${t.honorific ?? ''}`);
    return { value, evidence: [ev(t), ...(stated && !isLatin ? [ev(stated)] : [])] };
  }

  const first = pick(of('first', false)) ?? pick(of('first', true));
  if (first) return { value: completeFromDisplayName(first.value, 'first', undefined, displayNames) ?? first.value, evidence: [ev(first)] };
  if (stated) return { value: completeFromDisplayName(stated.value, 'surname', undefined, displayNames) ?? stated.value, evidence: [ev(stated)] };
  return null;
}
