/**
 * Text from an imported file may quote anything: NUL, escape sequences,
 * right-to-left overrides. Messages shown to a manager carry only printable
 * characters: controls, bidi controls and unpaired surrogates become `\u{…}`,
 * and an excerpt is cut at `max` characters.
 */
// C0 except tab/newline/CR, DEL, C1, bidi embeddings/overrides/isolates, zero-width and BOM, unpaired surrogates.
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeUnprintable = (s: string): string => s.replace(UNPRINTABLE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`);

export function printableExcerpt(s: string, max = 60): string {
  const chars = [...s.replace(/[\r\n\t]+/g, ' ')];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
  return escapeUnprintable(cut);
}

/** A message safe to show: unprintable characters escaped, at most `max` characters. */
export const printableMessage = (s: string, max = 400): string => printableExcerpt(s, max);
