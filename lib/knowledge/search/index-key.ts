/**
 * MiniSearch keeps terms in a radix tree whose nodes find a child by scanning
 * every child key. Chinese terms start with one of thousands of characters,
 * so the root (and the bigram node) gets thousands of children and every
 * insert and lookup scans them: 2,000 zh/en articles took 14 s to index.
 * Spelling each non-ASCII character as '%' + 4 hex digits keeps every node
 * at most 16–40 children wide. The encoding is private to the index: search
 * results are decoded before they leave it.
 */
const ASCII_WITHOUT_PERCENT = /^[\0-$&-\x7f]*$/;

export function toIndexKey(term: string): string {
  // English terms, most of them, are their own key: skip the character-by-character copy.
  if (ASCII_WITHOUT_PERCENT.test(term)) return term;
  let out = '';
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    out += c < 128 && c !== 37 ? term[i] : `%${c.toString(16).padStart(4, '0')}`;
  }
  return out;
}

export function fromIndexKey(key: string): string {
  return key.replace(/%([0-9a-f]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
