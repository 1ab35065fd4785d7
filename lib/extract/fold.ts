/**
 * Width folding that keeps every character at its index, so a span found in
 * the folded text is the same span in the message the agent sees (evidence
 * highlighting depends on it). NFKC would be simpler but can change lengths.
 */

/** Full-width ASCII (！..～), the ideographic space and the full-width @ become ASCII. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    // Chinese punctuation that separates number groups the way ASCII does.
    else if (code === 0x2014 || code === 0x2013 || code === 0x2212) out += '-';
    else out += text[i];
  }
  return out;
}

/** Keeps only ASCII digits (after folding): "138-1234 5678" → "13812345678". */
export function digitsOnly(text: string): string {
  return foldWidth(text).replace(/\D+/g, '');
}
