/**
 * The panel's lookup cards as plain data, and the pure steps that change
 * them: which cards the current plan needs, a card's text for Copy and for
 * "Insert into reply". The feature file does the I/O around these.
 */
import { fieldLabel, fillReplyTemplate, formatItems, formatLookupMessage, LookupCache, type LookupConnector, type LookupLang, type PlannedLookup, type TriggerField } from '../../../lookups';
import type { LookupResultMessage } from '../../../messaging/messages/lookups';

export interface LookupCard {
  /** Connector id + value: one card per lookup. */
  key: string;
  connectorId: string;
  name: string;
  system: string;
  field: TriggerField;
  value: string;
  loading: boolean;
  /** The attempt in progress while loading (2+ means "still trying"). */
  attempt: number;
  /** The last answer; kept on screen while a Refresh is running. */
  result: LookupResultMessage | null;
  /** The lookup could not be asked at all (extension reloaded, connector removed). */
  problem: string | null;
}

export interface LookupsState {
  cards: LookupCard[];
}

export const cardKey = (connectorId: string, value: string): string => LookupCache.key(connectorId, value);

/**
 * Cards for a new plan, in plan order: cards already shown for the same lookup
 * are kept as they are, new ones start loading, and cards whose value left the
 * conversation (another ticket, an edited message) go.
 */
export function reconcileCards(current: readonly LookupCard[], planned: readonly PlannedLookup[]): { cards: LookupCard[]; started: LookupCard[] } {
  const byKey = new Map(current.map((c) => [c.key, c]));
  const started: LookupCard[] = [];
  const cards = planned.map(({ connector, value }) => {
    const key = cardKey(connector.id, value);
    const existing = byKey.get(key);
    if (existing) return existing;
    const card: LookupCard = { key, connectorId: connector.id, name: connector.name, system: connector.system, field: connector.trigger.field, value, loading: true, attempt: 1, result: null, problem: null };
    started.push(card);
    return card;
  });
  return { cards, started };
}

/** The card's answer as plain text lines, for the clipboard. */
export function cardText(card: LookupCard, lang: LookupLang): string {
  const r = card.result;
  if (!r) return '';
  if (r.status === 'error') return formatLookupMessage(r.messageKey, r.params, lang);
  const pair = lang === 'zh' ? '：' : ': ';
  const lines = [`${card.name} (${card.value})`, ...r.fields.map((f) => `${fieldLabel(f, lang)}${pair}${f.value}`)];
  if (r.items.length > 0) lines.push(formatItems(r.items, lang));
  return lines.join('\n');
}

/** The connector's reply template filled with this card's answer; null when there is nothing to insert. */
export function replyText(card: LookupCard, connector: LookupConnector | undefined, lang: LookupLang): string | null {
  if (!connector?.replyTemplate || card.result?.status !== 'ok') return null;
  return fillReplyTemplate(connector.replyTemplate, { fields: card.result.fields, items: card.result.items }, lang);
}
