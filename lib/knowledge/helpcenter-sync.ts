import { z } from 'zod';
import type { KnowledgeArticle } from './types';
import { finishArticles, type ArticleDraft } from './import/article';
import { zendeskToDraft } from './import/json';

/**
 * Pulls articles from the Help Center of the Zendesk the agent is signed into,
 * on the console's own origin with the agent's session cookie
 * (`credentials: 'include'`), so no API token is ever stored.
 *
 * Endpoints (Zendesk Help Center API, shapes as documented by Zendesk):
 * - full: `GET /api/v2/help_center/articles.json?per_page=100` → `{articles, next_page, page, page_count, count}`,
 *   offset pagination: follow `next_page` (an absolute URL) until null. Cursor pagination
 *   (`meta.has_more` + `links.next`) is followed too, should the console answer with it.
 * - incremental (when `since` is given): `GET /api/v2/help_center/incremental/articles.json?start_time=<unix s>`
 *   → `{articles, next_page, count, end_time}`: only articles changed since then; the
 *   returned `cursor` is `end_time` (ms) to pass as `since` next time.
 * Drafts are skipped: agents must not paste unpublished answers.
 */
const Page = z.object({
  articles: z.array(z.unknown()),
  next_page: z.string().nullable().optional(),
  end_time: z.number().optional(),
  meta: z.object({ has_more: z.boolean() }).partial().optional(),
  links: z.object({ next: z.string().nullable() }).partial().optional(),
});

export class HelpCenterSyncError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'HelpCenterSyncError';
  }
}

export interface HelpCenterSyncOptions {
  fetch: typeof fetch;
  /** ms since epoch of the last sync's cursor: switches to the incremental endpoint. */
  since?: number;
  onProgress?: (pages: number, articles: number) => void;
  signal?: AbortSignal;
  /** Stops a misbehaving server from paging forever. @default 500 */
  maxPages?: number;
}

export async function syncHelpCenter(origin: string, opts: HelpCenterSyncOptions): Promise<{ articles: KnowledgeArticle[]; cursor: number }> {
  const base = new URL(origin).origin;
  let url: string | null = opts.since !== undefined
    ? `${base}/api/v2/help_center/incremental/articles.json?start_time=${Math.floor(opts.since / 1000)}`
    : `${base}/api/v2/help_center/articles.json?per_page=100`;
  const drafts: ArticleDraft[] = [];
  const visited = new Set<string>();
  let endTime: number | undefined;
  let pages = 0;
  let seen = 0; // record number across pages, for error messages
  while (url && !visited.has(url)) {
    if (pages >= (opts.maxPages ?? 500)) throw new HelpCenterSyncError(`stopped after ${pages} pages`);
    visited.add(url);
    const page = await fetchPage(url, opts);
    pages++;
    for (const raw of page.articles) {
      seen++;
      if ((raw as { draft?: unknown }).draft !== true) drafts.push(zendeskToDraft(raw, seen));
    }
    endTime = page.end_time ?? endTime;
    opts.onProgress?.(pages, drafts.length);
    const next: string | null | undefined = page.next_page ?? (page.meta?.has_more ? page.links?.next : null);
    if (!next || page.articles.length === 0) break;
    // The session cookie goes with every request: never follow a next page to another origin.
    if (new URL(next, base).origin !== base) throw new HelpCenterSyncError(`next page points to another origin: ${new URL(next, base).origin}`);
    url = new URL(next, base).href;
  }
  const articles = await finishArticles(drafts, `helpcenter:${base}`, (i) => ({ record: i + 1 }));
  const newest = Math.max(opts.since ?? 0, ...articles.map((a) => a.updatedAt));
  return { articles, cursor: endTime !== undefined ? endTime * 1000 : newest };
}

async function fetchPage(url: string, opts: HelpCenterSyncOptions): Promise<z.infer<typeof Page>> {
  const res = await opts.fetch(url, { credentials: 'include', signal: opts.signal, headers: { Accept: 'application/json' } });
  if (res.status === 401 || res.status === 403) throw new HelpCenterSyncError('not signed in to this Zendesk (or no Help Center access)', res.status);
  if (!res.ok) throw new HelpCenterSyncError(`Help Center answered ${res.status} for ${new URL(url).pathname}`, res.status);
  const parsed = Page.safeParse(await res.json());
  if (!parsed.success) throw new HelpCenterSyncError(`unexpected Help Center response: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  return parsed.data;
}
