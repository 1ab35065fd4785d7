/**
 * Masks what identifies a customer before a question is stored in the
 * unanswered log, which knowledge-base editors read. Hand-written patterns
 * rather than a phone library: the log needs "anything that looks like a
 * contact or order number is gone", not validated numbers, and over-masking
 * a question is harmless while under-masking leaks.
 * Order: e-mails, then phones, then order-like codes, so the longer, more
 * specific shapes are taken before the generic digit runs.
 */
type Rule = [RegExp, string | ((m: string) => string)];

const digitCount = (s: string) => s.replace(/\D/g, '').length;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isPhoneShaped = (m: string) => digitCount(m) >= 7 && digitCount(m) <= 15 && /^[+(]|[\s().-]/.test(m) && !ISO_DATE.test(m.trim());

// Lookarounds are ASCII-only on purpose: in Chinese text a number sits right
// against Han characters (手机号是13812345678) and must still be found.
const RULES: Rule[] = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, '[email]'],
  // Mainland mobiles: optional +86, 1[3-9] and 9 more digits, possibly spaced or dashed.
  [/(?<![0-9A-Za-z])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![0-9A-Za-z])/g, '[phone]'],
  // Order/tracking/ticket codes with letters: '#12345', 'ORD-2024-99812', 'SF1234567890'.
  [/#\d{3,}/g, '[order]'],
  [/(?<![0-9A-Za-z])[A-Za-z]{1,5}-?(?=[A-Za-z0-9-]*\d{4})[A-Za-z0-9-]*\d(?![0-9A-Za-z])/g, '[order]'],
  // Other phones: digits broken up by spaces, dots, dashes or brackets (or led by +), 7–15 digits in all.
  // An unbroken digit run is left to the order rule below: that is how order numbers are written.
  [/(?<![0-9A-Za-z+])(?:\+|\()?\d[\d\s().-]{5,}\d(?![0-9A-Za-z])/g, (m) => (isPhoneShaped(m) ? '[phone]' : m)],
  [/\d{6,}/g, '[order]'],
];

export function maskPersonalData(text: string): string {
  return RULES.reduce((t, [re, to]) => (typeof to === 'string' ? t.replace(re, to) : t.replace(re, to)), text);
}
