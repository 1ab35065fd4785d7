import sanitizeHtml from 'sanitize-html';

/**
 * Help Center bodies are HTML written by anyone with edit rights, so they are
 * untrusted. Display markup keeps a strict allow-list: no script/style, no
 * attributes except a link's href, http(s)/mailto only, no images (a remote
 * image in the panel would leak that an agent opened the article).
 */
const DISPLAY: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'code', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'],
  // rel/target are set by the transform below (which runs before this filter), overwriting any supplied.
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, DISPLAY).trim();
}

const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|blockquote|pre|table)\s*>|<br\s*\/?>/gi;

/** Plain text for search and snippets: tags dropped, script/style contents dropped, entities decoded. */
export function htmlToText(html: string): string {
  const stripped = sanitizeHtml(html.replace(BLOCK_END, (m) => `${m}\n`), { allowedTags: [], allowedAttributes: {} });
  // sanitize-html escapes only these four in text; undo them, the result is never rendered as HTML.
  return stripped
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** Display markup for plain-text articles: escaped, one paragraph per blank-line block. */
export function textToSafeHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('');
}
