import { fillTemplateReport, type FilledTemplate } from '../../../knowledge/template';
import { deliver } from '../../../messaging/outbox-client';
import { send } from '../../../messaging/client';
import type { KnowledgeHit } from '../../../messaging/messages/knowledge';
import type { FeatureHost } from '../../feature';
import type { Store } from '../../panel-store';
import type { Feedback, KnowledgeState } from './state';
import { templateVars } from './template-vars';
import { insertReplyAudited } from '../../audited-reply';
import { latestCustomerQuestion } from '../../../knowledge/query-from-messages';

/** The article text as it goes to the customer: variables filled from auto-fill and the console. */
export function filledText(host: FeatureHost, hit: KnowledgeHit): FilledTemplate {
  return fillTemplateReport(hit.body, templateVars(host.snapshot(), host.insights.get().extraction));
}

/** Variables left as `[name]`, for the status line (omitted when every variable was filled). */
const missingOf = (filled: FilledTemplate) => (filled.missing.length ? { missing: filled.missing } : {});

const ticketIdOf = (host: FeatureHost) => host.snapshot()?.ticketId ?? '';
/**
 * The customer question the article was used for: sent with copy, insert and "useful", so the
 * offscreen document learns it (masked) as a phrasing of the article (issue 16).
 */
const questionOf = (host: FeatureHost) => {
  const snapshot = host.snapshot();
  return (snapshot ? latestCustomerQuestion(snapshot.messages) : '').slice(0, 2000) || undefined;
};
const warn = (err: Error) => console.warn('[deskmate] knowledge:', err.message);

export async function copySuggestion(host: FeatureHost, store: Store<KnowledgeState>, hit: KnowledgeHit): Promise<void> {
  try {
    const filled = filledText(host, hit);
    await navigator.clipboard.writeText(filled.text);
    store.set({ action: { articleId: hit.id, kind: 'copied', ...missingOf(filled) } });
    void deliver('knowledge.feedback', { ticketId: ticketIdOf(host), articleIds: [hit.id], kind: 'copied', question: questionOf(host) }).catch(warn);
  } catch (err) {
    store.set({ action: { articleId: hit.id, kind: 'failed', error: (err as Error).message } });
  }
}

/** Into the console's composer through the adapter, audited like every console write. */
export async function insertSuggestion(host: FeatureHost, store: Store<KnowledgeState>, hit: KnowledgeHit): Promise<void> {
  const ctx = host.ticket();
  if (!ctx) return store.set({ action: { articleId: hit.id, kind: 'failed', error: 'no active ticket' } });
  const filled = filledText(host, hit);
  const { write, auditError } = await insertReplyAudited(host.adapter, ctx, filled.text, { action: 'reply:insert', field: 'reply', detail: `knowledge:${hit.id}` });
  store.set({ action: write.ok ? { articleId: hit.id, kind: 'inserted', ...missingOf(filled) } : { articleId: hit.id, kind: 'failed', error: write.error } });
  // The write already happened: a failed audit write is logged, not shown to the agent as a failed insert.
  if (auditError) warn(new Error(auditError));
  if (write.ok) void deliver('knowledge.feedback', { ticketId: ctx.ticketId ?? '', articleIds: [hit.id], kind: 'inserted', question: questionOf(host) }).catch(warn);
}

/** Per feature session: what to do when the agent has marked every suggestion not useful (log the question). */
const allNotUsefulHooks = new WeakMap<Store<KnowledgeState>, () => void>();
export const onAllNotUseful = (store: Store<KnowledgeState>, hook: () => void) => void allNotUsefulHooks.set(store, hook);

/** Records the agent's verdict; when every suggestion shown is now "not useful", the question counts as unanswered. */
export function giveFeedback(host: FeatureHost, store: Store<KnowledgeState>, hit: KnowledgeHit, kind: Feedback): void {
  const feedback = { ...store.get().feedback, [hit.id]: kind };
  store.set({ feedback });
  void deliver('knowledge.feedback', { ticketId: ticketIdOf(host), articleIds: [hit.id], kind, ...(kind === 'useful' ? { question: questionOf(host) } : {}) }).catch(warn);
  const { hits } = store.get();
  if (hits.length > 0 && hits.every((h) => feedback[h.id] === 'not-useful')) allNotUsefulHooks.get(store)?.();
}

/** Results an agent's own search lists at least, whatever `knowledge.maxSuggestions` says. */
const LOOKUP_HITS = 5;

/**
 * The agent's own search, for when the suggestions miss: its results replace the list until the
 * conversation moves on. Any article with a keyword match or close in meaning is listed (the agent
 * asked, so no score floor). Inserting, copying or marking one useful then teaches the search the
 * customer's question, not the agent's search words (issue 16).
 */
export async function lookupArticles(host: FeatureHost, store: Store<KnowledgeState>, text: string): Promise<void> {
  const query = text.trim().slice(0, 2000);
  if (!query) return store.set({ lookup: null });
  store.set({ status: 'searching', lookup: query });
  try {
    const k = Math.max(host.settings().settings.knowledge.maxSuggestions, LOOKUP_HITS);
    const res = await send('knowledge.search', { query, k });
    if (store.get().lookup !== query) return; // a newer search or the conversation replaced it
    store.set({ status: 'ready', hits: res.hits.filter((h) => h.score > 0 || h.related), articles: res.articles, error: null });
  } catch (err) {
    store.set({ status: 'error', error: (err as Error).message });
  }
}
