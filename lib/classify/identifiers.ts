/**
 * Identifiers (e-mail addresses, phone and order numbers, booking and invoice
 * references) become placeholder words before the models see a message. A
 * message that is only data ("SF1402938475610", "+86 186 0012 3456") is then
 * the same input however the number is written, so the sentiment model learns
 * "data only = neutral" from a handful of shapes instead of memorising digit
 * n-grams that happened to co-occur with a label in training. Part of
 * normalizeForModel: the same code runs at training and at inference.
 */

/** Placeholder words: lower-case Latin, no digits, so masking is idempotent and each is one vocabulary token. */
export const PLACEHOLDER = { email: 'zzemail', number: 'zznumber', reference: 'zzref' } as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * A run of digits and the separators people type inside numbers, holding at least
 * six digits: phones (139 1234 0087, (404) 555-0163, +86 …), order and waybill
 * numbers, dates. Shorter numbers stay: prices, counts, "3-5 days", 12315 (the
 * consumer-complaint hotline is a signal, not an identifier).
 */
const NUMBER_RUN = /\+?\(?\d[\d\s\-().]*\d/g;
const MIN_NUMBER_DIGITS = 6;
/** A Latin-and-digit token of five or more characters with at least two digits: K7XQ2M, inv-2024-0042, sf1402938475610, req_8f3k29dkq1. */
const REFERENCE = /(?<![a-z0-9_])[a-z0-9][a-z0-9_-]{4,}(?![a-z0-9_])/g;
const MIN_REFERENCE_DIGITS = 2;

const digits = (s: string) => s.replace(/\D/g, '').length;

/** Expects lower-cased, NFKC-normalised text (normalizeForModel calls it at that point). */
export function maskIdentifiers(text: string): string {
  return text
    .replace(EMAIL, ` ${PLACEHOLDER.email} `)
    .replace(REFERENCE, (m) => (digits(m) >= MIN_REFERENCE_DIGITS && /[a-z]/.test(m) ? ` ${PLACEHOLDER.reference} ` : m))
    .replace(NUMBER_RUN, (m) => {
      if (digits(m) < MIN_NUMBER_DIGITS) return m;
      // Keep the spaces that bordered the run so neighbouring words do not glue to the placeholder.
      const lead = /^\s/.test(m) ? ' ' : '';
      return `${lead} ${PLACEHOLDER.number} `;
    });
}
