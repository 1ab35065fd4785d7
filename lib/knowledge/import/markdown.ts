import type { ArticleDraft } from './article';
import { splitTags } from './article';
import { KnowledgeImportError } from './errors';

/**
 * Markdown knowledge file: one article per heading. The article level is the
 * shallowest heading level that occurs more than once (so a file with one
 * `# FAQ` title and many `## question` headings splits on `##`); deeper
 * headings stay inside the article. A `Tags: a, b` (or `标签：`) line right
 * under the heading sets the tags. Fenced code is not scanned for headings.
 */
export function parseMarkdownArticles(text: string): { drafts: ArticleDraft[]; lines: number[] } {
  const lines = text.split(/\r?\n/);
  const headings: { line: number; level: number; title: string }[] = [];
  let fenced = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (m) headings.push({ line: i, level: m[1]!.length, title: m[2]! });
  });
  if (headings.length === 0) throw new KnowledgeImportError('Markdown: no headings; each article starts with a "# Title" line', { line: 1 });
  const level = articleLevel(headings.map((h) => h.level));
  const starts = headings.filter((h) => h.level === level);
  const firstContent = lines.findIndex((l) => l.trim() !== '');
  // Text above the first article is a preamble only when it sits under a shallower heading.
  if (firstContent < starts[0]!.line && !headings.some((h) => h.level < level && h.line <= firstContent)) {
    throw new KnowledgeImportError('Markdown: text before the first article heading', { line: firstContent + 1 });
  }
  const drafts = starts.map((h, n) => {
    const end = headings.find((x) => x.line > h.line && x.level <= level)?.line ?? lines.length;
    let bodyLines = lines.slice(h.line + 1, end);
    let tags: string[] = [];
    const first = bodyLines.findIndex((l) => l.trim() !== '');
    const tagLine = first >= 0 ? /^\s*(?:tags|标签)\s*[:：]\s*(.*)$/i.exec(bodyLines[first]!) : null;
    if (tagLine) {
      tags = splitTags(tagLine[1]);
      bodyLines = bodyLines.slice(first + 1);
    }
    if (!h.title.trim()) throw new KnowledgeImportError('Markdown: empty heading', { line: h.line + 1, record: n + 1 });
    return { title: stripInline(h.title), text: markdownToText(bodyLines.join('\n')), tags };
  });
  return { drafts, lines: starts.map((h) => h.line + 1) };
}

function articleLevel(levels: number[]): number {
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  return sorted.find((l) => levels.filter((x) => x === l).length > 1) ?? sorted[0]!;
}

/** Inline markup → text: links keep their label, emphasis and code marks go. */
function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/(\*\*|__|~~|`)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, '$1$2');
}

/**
 * Hand-written rather than a Markdown renderer: articles only need readable
 * plain text (display markup is built from it, escaped), and a renderer would
 * produce HTML that must then be sanitised again.
 */
function markdownToText(md: string): string {
  return md
    .split('\n')
    .filter((l) => !/^\s*(```|~~~)/.test(l))
    .map((l) => stripInline(l.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
