import { buildQueryFromMessages, latestCustomerQuestion } from '../../../knowledge/query-from-messages';
import { send } from '../../../messaging/client';
import { deliver } from '../../../messaging/outbox-client';
import { watchKnowledgeChanges } from '../../../knowledge/changes';
import { isAskable } from '../../../knowledge/askable';
import type { FeatureHost } from '../../feature';
import type { Store } from '../../panel-store';
import { initialKnowledgeState, type KnowledgeState } from './state';

/** Quiet time after the conversation last moved before searching: a chat arriving line by line searches once. */
export const SEARCH_DEBOUNCE_MS = 500;

/**
 * Keeps the section's suggestions in step with the conversation: debounced,
 * skipped when the query did not change, and a late answer for a ticket the
 * agent has left is dropped. Questions no article answers are logged once per
 * ticket; "shown" is recorded once per ticket and article (hit rate).
 */
export function followConversation(host: FeatureHost, store: Store<KnowledgeState>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = '';
  let ticketKey = '';
  /** Ticket and customer text of the last search: a new customer message ends the agent's own lookup, a category change does not. */
  let lastConversation = '';
  const logged = new Set<string>();
  const shown = new Set<string>();

  async function search() {
    const snapshot = host.snapshot();
    if (!snapshot || host.signal.aborted) return;
    const ticket = `${snapshot.consoleId}:${snapshot.ticketId ?? ''}`;
    if (ticket !== ticketKey) {
      ticketKey = ticket;
      store.set(initialKnowledgeState);
    }
    const query = buildQueryFromMessages(snapshot.messages);
    const question = latestCustomerQuestion(snapshot.messages);
    const category = host.insights.get().extraction?.category.value;
    const useCategory = category && category !== 'other' ? category : undefined;
    const key = JSON.stringify([ticket, query, useCategory]);
    if (key === lastKey) return;
    lastKey = key;
    const conversation = JSON.stringify([ticket, query]);
    const moved = conversation !== lastConversation;
    lastConversation = conversation;
    const lookupAtStart = store.get().lookup;
    if (query.length === 0) return store.set({ status: 'ready', hits: [], unanswered: false, asked: false });
    if (lookupAtStart === null) store.set({ status: 'searching' });
    try {
      const k = host.settings().settings.knowledge.maxSuggestions;
      const res = await send('knowledge.search', { query, question: question || undefined, category: useCategory, k });
      if (key !== lastKey || host.signal.aborted) return; // the conversation moved on meanwhile
      // Keyword-confident hits, and those only meaning found ("related", labelled on the card): the
      // best answer is never hidden because it shares no word with the question (issue 16).
      const hits = res.hits.filter((h) => h.confident || h.related);
      // An empty KB is searched again at the next change too, in case an import's announcement was missed.
      if (res.articles === 0) lastKey = '';
      const lookup = store.get().lookup;
      // The agent's own results stay until the customer says something new (not when only the
      // category moved, nor for a search that was already running when the agent looked up).
      const keepLookup = lookup !== null && (!moved || lookup !== lookupAtStart);
      if (keepLookup) store.set({ articles: res.articles, unanswered: res.articles > 0 && !res.answered, asked: true });
      else {
        lookingUp = false; // replacing a lookup with the conversation's results is not "back to suggestions"
        store.set({ status: 'ready', hits, articles: res.articles, unanswered: res.articles > 0 && !res.answered, asked: true, error: null, lookup: null });
      }
      // Chit-chat ("在吗", "ok thanks") is not a gap in the KB: only questions and requests are logged.
      if (res.articles > 0 && !res.answered && question && isAskable(question)) logUnanswered(ticket, question, 'no-match');
      const fresh = keepLookup ? [] : hits.filter((h) => !shown.has(`${ticket}\0${h.id}`));
      fresh.forEach((h) => shown.add(`${ticket}\0${h.id}`));
      if (fresh.length) void deliver('knowledge.feedback', { ticketId: snapshot.ticketId ?? '', articleIds: fresh.map((h) => h.id), kind: 'shown' }).catch(warn);
    } catch (err) {
      if (key === lastKey) store.set({ status: 'error', error: (err as Error).message });
    }
  }

  /** Once per question per ticket, whatever the reason: the log counts askers, not re-renders. */
  function logUnanswered(ticket: string, question: string, reason: 'no-match' | 'all-not-useful') {
    const id = `${ticket}\0${question}`;
    if (logged.has(id)) return;
    logged.add(id);
    void send('knowledge.unanswered', { question: question.slice(0, 4000), reason }).catch(warn);
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), SEARCH_DEBOUNCE_MS);
  };
  host.onSnapshot(schedule);
  const unsubscribe = host.insights.subscribe(schedule);
  // The agent's own search ended ("back to suggestions"): the conversation's suggestions come back.
  let lookingUp = false;
  const unwatchLookup = store.subscribe(() => {
    const now = store.get().lookup !== null;
    if (lookingUp && !now) {
      lastKey = '';
      schedule();
    }
    lookingUp = now;
  });
  // A KB imported or synced meanwhile: the same conversation deserves a fresh search.
  const unwatch = watchKnowledgeChanges(() => {
    lastKey = '';
    schedule();
  });
  host.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    unsubscribe();
    unwatch();
    unwatchLookup();
  });
  if (host.snapshot()) schedule();
  return {
    /** The agent marked every suggestion shown as not useful: the question was not answered after all. */
    allNotUseful() {
      const snapshot = host.snapshot();
      const question = snapshot ? latestCustomerQuestion(snapshot.messages) : '';
      if (question) logUnanswered(ticketKey, question, 'all-not-useful');
    },
  };
}

const warn = (err: Error) => console.warn('[deskmate] knowledge:', err.message);
