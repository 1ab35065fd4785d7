import { z } from 'zod';
import type { ArticleDraft } from './article';
import { KnowledgeImportError, lineAt } from './errors';

const idField = z.union([z.string(), z.number()]).transform(String);

/** Deskmate's own JSON: an array of articles; body is plain text unless `html` is true. */
const PlainArticle = z.object({
  id: idField.optional(),
  title: z.string(),
  body: z.string(),
  html: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  locale: z.string().optional(),
  url: z.string().nullable().optional(),
});

/** Zendesk Help Center export / API page: `GET /api/v2/help_center/articles.json`. */
export const ZendeskArticle = z.object({
  id: idField,
  title: z.string(),
  body: z.string().nullable(),
  label_names: z.array(z.string()).optional(),
  locale: z.string().optional(),
  html_url: z.string().nullable().optional(),
  updated_at: z.string().optional(),
  draft: z.boolean().optional(),
});
export type ZendeskArticle = z.infer<typeof ZendeskArticle>;

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    // V8 says "at position N" (newer versions add "(line L column C)"); name the line either way.
    const line = Number(/line (\d+)/.exec(msg)?.[1]) || (/position (\d+)/.test(msg) ? lineAt(text, Number(/position (\d+)/.exec(msg)![1])) : undefined);
    throw new KnowledgeImportError(`JSON: ${msg}`, { line });
  }
}

export function isZendeskExport(data: unknown): data is { articles: unknown[] } {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Array.isArray((data as { articles?: unknown }).articles);
}

const issue = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ');

export function jsonArticleDrafts(data: unknown): ArticleDraft[] {
  if (!Array.isArray(data)) throw new KnowledgeImportError('JSON: expected an array of articles or a Help Center export {"articles": [...]}');
  return data.map((raw, i) => {
    const r = PlainArticle.safeParse(raw);
    if (!r.success) throw new KnowledgeImportError(`JSON: ${issue(r.error)}`, { record: i + 1 });
    const a = r.data;
    return { id: a.id, title: a.title, ...(a.html ? { html: a.body } : { text: a.body }), tags: a.tags, locale: a.locale, url: a.url };
  });
}

export function zendeskToDraft(raw: unknown, record: number): ArticleDraft {
  const r = ZendeskArticle.safeParse(raw);
  if (!r.success) throw new KnowledgeImportError(`Help Center article: ${issue(r.error)}`, { record });
  const a = r.data;
  const updated = a.updated_at ? Date.parse(a.updated_at) : NaN;
  return { id: `zd-${a.id}`, title: a.title, html: a.body ?? '', tags: a.label_names, locale: a.locale, url: a.html_url ?? null, updatedAt: Number.isFinite(updated) ? updated : undefined };
}

export function zendeskArticleDrafts(data: { articles: unknown[] }): ArticleDraft[] {
  return data.articles.map((raw, i) => zendeskToDraft(raw, i + 1));
}
