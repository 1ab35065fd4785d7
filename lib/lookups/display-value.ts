/**
 * Turns one JSON value from a company system into the plain string a lookup
 * card shows. Output is text only (the card never renders HTML); invisible
 * characters that could disguise a value are removed and length is capped.
 */
import type { LookupLang } from './messages';

export type ValueFormat = 'text' | 'date' | 'money';

export interface DisplayOptions {
  lang: LookupLang;
  /** IANA zone for timestamps; the browser's zone when omitted. */
  timeZone?: string;
}

export const MAX_DISPLAY_LENGTH = 500;

const LOCALE: Record<LookupLang, string> = { en: 'en-GB', zh: 'zh-CN' };

// C0/C1 controls except tab and newline, plus bidi overrides/isolates and
// zero-width marks that could make "refunded" read differently from what it is.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function cleanText(text: string): string {
  const cleaned = text.replace(INVISIBLE, '').trim();
  return cleaned.length > MAX_DISPLAY_LENGTH ? `${cleaned.slice(0, MAX_DISPLAY_LENGTH - 1)}…` : cleaned;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building an Intl formatter costs ~50 µs; a card formats several values per lookup.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale, options));
  return formatters.get(key) as Intl.DateTimeFormat;
}
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(locale, options));
  return formatters.get(key) as Intl.NumberFormat;
}

function formatDate(raw: string | number, opts: DisplayOptions): string | null {
  const locale = LOCALE[opts.lang];
  if (typeof raw === 'string') {
    const m = DATE_ONLY.exec(raw);
    // A calendar date has no zone: format it as-is, never shifted by a zone.
    if (m) return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  }
  // Epoch numbers below 1e12 are seconds (1e12 ms is 2001, 1e12 s is year 33658).
  const ms = typeof raw === 'number' ? (raw < 1e12 ? raw * 1000 : raw) : Date.parse(raw);
  if (!Number.isFinite(ms)) return null;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: opts.timeZone }).format(ms);
}

function formatMoney(raw: unknown, opts: DisplayOptions): string | null {
  let amount: unknown = raw;
  let currency: unknown;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    // Accept the common {amount|value, currency} shapes of order systems.
    const o = raw as Record<string, unknown>;
    amount = o.amount ?? o.value ?? o.total;
    currency = o.currency ?? o.currencyCode;
  }
  const n = typeof amount === 'number' ? amount : typeof amount === 'string' && amount.trim() !== '' ? Number(amount) : NaN;
  if (!Number.isFinite(n)) return null;
  const locale = LOCALE[opts.lang];
  if (typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency)) {
    return numberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(n);
  }
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/**
 * The display string, or null when the value is an object or array that a
 * text field cannot show (the caller reports that as a mapping error).
 * A date or amount that does not parse is shown as the system sent it.
 */
export function toDisplayString(raw: unknown, format: ValueFormat, opts: DisplayOptions): string | null {
  if (raw === null || raw === undefined) return '';
  if (format === 'money') {
    const money = formatMoney(raw, opts);
    if (money !== null) return money;
  }
  if (typeof raw === 'object') return null;
  if (format === 'date' && (typeof raw === 'string' || typeof raw === 'number')) {
    const date = formatDate(raw, opts);
    if (date !== null) return date;
  }
  return cleanText(String(raw));
}
