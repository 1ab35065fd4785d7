import type { KnowledgeArticle } from '../types';
import { fnv1aHex } from '../hash';
import { htmlToText, sanitizeArticleHtml, textToSafeHtml } from './html';
import { KnowledgeImportError } from './errors';

/** What every format yields per article before it becomes a stored `KnowledgeArticle`. */
export interface ArticleDraft {
  id?: string;
  title: string;
  /** Exactly one of text or html. */
  text?: string;
  html?: string;
  tags?: string[];
  locale?: string;
  url?: string | null;
  updatedAt?: number;
  /** "Also asked as": customer phrasings of the question this article answers (issue 16). */
  askedAs?: string[];
}

const CHUNK = 250;

/** Tags arrive as 'a, b', 'a|b', 'a;b' or Chinese 'a、b'. */
export function splitTags(raw: string | undefined): string[] {
  return (raw ?? '').split(/[,;|、，；]/).map((t) => t.trim()).filter(Boolean);
}

/**
 * Draft → article, with the checks every format shares. Articles without an id
 * get one from their title, so re-importing an edited file updates rather than
 * duplicates; duplicates within one file are an error (which one would win?).
 */
export async function finishArticles(
  drafts: ArticleDraft[],
  source: string,
  where: (i: number) => { line?: number; record?: number },
  onProgress?: (done: number, total: number) => void,
): Promise<KnowledgeArticle[]> {
  const seen = new Set<string>();
  const now = Date.now();
  const out: KnowledgeArticle[] = [];
  for (let i = 0; i < drafts.length; i++) {
    // Sanitising thousands of HTML bodies takes seconds: report and yield so the options page stays live.
    if (i % CHUNK === 0 && i > 0) {
      onProgress?.(i, drafts.length);
      await new Promise((r) => setTimeout(r, 0));
    }
    out.push(finishOne(drafts[i]!, i));
  }
  onProgress?.(drafts.length, drafts.length);
  return out;

  function finishOne(d: ArticleDraft, i: number): KnowledgeArticle {
    const title = d.title.trim();
    if (!title) throw new KnowledgeImportError('article has no title', where(i));
    const body = d.html !== undefined ? htmlToText(d.html) : (d.text ?? '').trim();
    if (!body) throw new KnowledgeImportError(`article "${title.slice(0, 40)}" has no body`, where(i));
    const id = d.id?.trim() || `kb-${fnv1aHex(title)}`;
    if (seen.has(id)) throw new KnowledgeImportError(`duplicate article id "${id}"${d.id ? '' : ' (same title twice)'}`, where(i));
    seen.add(id);
    return {
      id,
      title,
      body,
      bodyHtml: d.html !== undefined ? sanitizeArticleHtml(d.html) : textToSafeHtml(body),
      tags: d.tags ?? [],
      locale: d.locale?.trim() || 'und',
      url: d.url && /^https?:\/\//i.test(d.url) ? d.url : null,
      source,
      updatedAt: d.updatedAt ?? now,
      ...(d.askedAs?.length ? { askedAs: d.askedAs } : {}),
    };
  }
}
