/**
 * Decides which connectors to run for what auto-fill extracted from a chat.
 * Values are de-duplicated per connector (case- and space-insensitively) and
 * capped, so a chat pasted full of numbers cannot flood a company system.
 */
import { checkLookupValue } from './request-template';
import type { LookupConnector, TriggerField } from './schema';

export interface ExtractedLookupKeys {
  order_ids: string[];
  tracking_numbers: string[];
  phones: string[];
  emails: string[];
  /** The conversation text, scanned by 'pattern' connectors. */
  text?: string;
}

export interface PlannedLookup {
  connector: LookupConnector;
  value: string;
}

export interface MatchOptions {
  /** Values per connector; the first ones found win. @default 3 */
  maxPerConnector?: number;
  /**
   * Only the last this-many characters of `text` are scanned by patterns:
   * the recent messages matter, and it bounds the cost of a costly pattern.
   * @default 20000
   */
  maxTextChars?: number;
}

const FIELD_KEY: Record<Exclude<TriggerField, 'pattern'>, keyof Omit<ExtractedLookupKeys, 'text'>> = {
  order_id: 'order_ids',
  tracking_number: 'tracking_numbers',
  phone: 'phones',
  email: 'emails',
};

function patternValues(pattern: string, text: string): string[] {
  const values: string[] = [];
  // A capture group, when present, is the value (e.g. "单号[:：]\s*(\d{12})").
  for (const m of text.matchAll(new RegExp(pattern, 'g'))) values.push(m[1] ?? m[0]);
  return values;
}

function isUsable(value: string): boolean {
  try {
    checkLookupValue(value);
    return true;
  } catch {
    return false;
  }
}

export function matchConnectors(connectors: readonly LookupConnector[], extracted: ExtractedLookupKeys, options: MatchOptions = {}): PlannedLookup[] {
  const { maxPerConnector = 3, maxTextChars = 20_000 } = options;
  const text = (extracted.text ?? '').slice(-maxTextChars);
  const planned: PlannedLookup[] = [];
  for (const connector of connectors) {
    const { field, pattern } = connector.trigger;
    const candidates = field === 'pattern' ? (pattern ? patternValues(pattern, text) : []) : (extracted[FIELD_KEY[field]] ?? []);
    const seen = new Set<string>();
    for (const raw of candidates) {
      const value = raw.trim();
      const key = value.toLowerCase().replace(/\s+/g, '');
      if (seen.has(key) || !isUsable(value)) continue;
      seen.add(key);
      planned.push({ connector, value });
      if (seen.size >= maxPerConnector) break;
    }
  }
  return planned;
}
