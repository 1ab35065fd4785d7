import type { DeskmateDb } from '../db/database';
import { parseKnowledgeFile } from '../knowledge/import/parse-knowledge-file';
import { replaceArticles, upsertArticles } from '../knowledge/store';
import { syncHelpCenter } from '../knowledge/helpcenter-sync';
import type { PolicyImportStatus } from '../messaging/messages/knowledge';

/**
 * Where knowledge comes from besides a file picked on the options page: the
 * Help Center of the console and the administrator's policy URL. Shared by the
 * offscreen handlers and the options page (both extension contexts with the
 * same database and host permissions).
 */
export const POLICY_SOURCE = 'policy-url';
export const POLICY_IMPORT_META_KEY = 'knowledge.policyImport';
export const helpCenterCursorKey = (origin: string) => `knowledge.helpcenter.cursor:${new URL(origin).origin}`;

export interface HelpCenterSyncResult {
  imported: number;
  incremental: boolean;
  total: number;
}

/**
 * First sync replaces that Help Center's articles (articles deleted there go);
 * later syncs ask only for what changed since the stored cursor. The cursor
 * is written after the articles, so a failed sync is retried from the old one.
 */
export async function syncHelpCenterIntoDb(
  db: DeskmateDb,
  origin: string,
  opts: { fetch: typeof fetch; full?: boolean; onProgress?: (pages: number, articles: number) => void; signal?: AbortSignal },
): Promise<HelpCenterSyncResult> {
  const key = helpCenterCursorKey(origin);
  const stored = opts.full ? undefined : ((await db.meta.get(key))?.value as number | undefined);
  const { articles, cursor } = await syncHelpCenter(origin, { fetch: opts.fetch, since: stored, onProgress: opts.onProgress, signal: opts.signal });
  if (stored === undefined) await replaceArticles(db, articles, `helpcenter:${new URL(origin).origin}`);
  else await upsertArticles(db, articles);
  await db.meta.put({ key, value: cursor });
  return { imported: articles.length, incremental: stored !== undefined, total: await db.articles.count() };
}

/**
 * The policy URL's file replaces the previous policy articles, all or nothing;
 * the outcome (with the parser's line/record message on failure) is stored for
 * the options page, because nobody watches an alarm.
 */
export async function importPolicyUrl(db: DeskmateDb, url: string, fetchImpl: typeof fetch = fetch, now = Date.now()): Promise<PolicyImportStatus> {
  let status: PolicyImportStatus;
  try {
    const res = await fetchImpl(url, { credentials: 'omit', cache: 'no-store' });
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    const filename = new URL(url).pathname.split('/').pop() || 'knowledge';
    const articles = await parseKnowledgeFile({ bytes: new Uint8Array(await res.arrayBuffer()), filename }, { source: POLICY_SOURCE });
    await replaceArticles(db, articles, POLICY_SOURCE);
    status = { time: now, url, ok: true, count: articles.length };
  } catch (err) {
    status = { time: now, url, ok: false, error: (err as Error).message };
  }
  await db.meta.put({ key: POLICY_IMPORT_META_KEY, value: status });
  return status;
}
