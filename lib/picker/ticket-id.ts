/**
 * Where the ticket id comes from: the page's own text ("Ticket #725739") and/or
 * the address (/conversation/1). Patterns are regular expressions with one
 * group, as the console definition expects.
 */

/** A pattern for the id inside an element's text, and the id it reads; null when the text holds no id. */
export function idPatternFromText(text: string): { pattern: string; id: string } | null {
  const t = text.trim();
  const rules: Array<[RegExp, string]> = [
    [/#\s*([A-Za-z0-9-]*\d[A-Za-z0-9-]*)/, '#\\s*([A-Za-z0-9-]*\\d[A-Za-z0-9-]*)'],
    [/(?:ticket|case|conversation|request|工单|编号)\D{0,4}(\d+)/i, '(?:ticket|case|conversation|request|工单|编号)\\D{0,4}(\\d+)'],
    [/(\d{2,})/, '(\\d{2,})'],
  ];
  if (/^\d+$/.test(t)) return { pattern: '', id: t };
  for (const [re, pattern] of rules) {
    const m = re.exec(t);
    if (m?.[1]) return { pattern, id: m[1] };
  }
  return null;
}

/** The URL regex that takes `id` from the address, e.g. "/conversation/(\\d+)"; '' when the address does not hold it. */
export function idPatternFromUrl(url: URL, id?: string): { pattern: string; id: string } | null {
  const segments = url.pathname.split('/');
  for (let i = segments.length - 1; i > 0; i--) {
    const seg = segments[i]!;
    const numeric = /^\d+$/.test(seg);
    if ((id && seg === id) || (!id && numeric)) {
      const before = segments.slice(Math.max(1, i - 1), i).map(escapeRe).join('/');
      return { pattern: `${before ? `/${before}` : ''}/(${numeric ? '\\d+' : '[^/?#]+'})`, id: seg };
    }
  }
  const q = [...url.searchParams].find(([k, v]) => (id ? v === id : /^\d+$/.test(v)) && /id|ticket|conv/i.test(k));
  if (q) return { pattern: `[?&]${escapeRe(q[0])}=(${/^\d+$/.test(q[1]) ? '\\d+' : '[^&#]+'})`, id: q[1] };
  return null;
}

/** "http://127.0.0.1:8081/conversation/1?folder_id=7" → "http://127.0.0.1:8081/conversation/*": origin plus the first path segment. */
export function urlPatternFor(url: URL): string {
  const first = url.pathname.split('/').filter(Boolean)[0];
  return `${url.origin}/${first && !/^\d+$/.test(first) ? `${first}/` : ''}*`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
