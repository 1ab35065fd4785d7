/**
 * Term matching shared by the lexicon, its builder and the keyword baseline.
 * Chinese terms match as substrings (no word boundaries in Chinese); English
 * terms match whole words so "ass" does not fire inside "class" or "pass".
 */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A predicate over normalised text; returns the matched terms (empty when none). */
export function termFinder(terms: readonly string[], lang: 'zh' | 'en'): (text: string) => string[] {
  if (terms.length === 0) return () => [];
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const body = sorted.map(escape).join('|');
  const re = lang === 'en' ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu') : new RegExp(body, 'gu');
  return (text) => [...new Set(text.match(re) ?? [])];
}

export function matcherFor(terms: readonly string[], lang: 'zh' | 'en'): (text: string) => boolean {
  const find = termFinder(terms, lang);
  return (text) => find(text).length > 0;
}
