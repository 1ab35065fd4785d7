import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '../../../consoles/types';
import type { TicketSnapshot } from '../../../consoles/adapter';
import type { FeatureHost } from '../../feature';
import { emptyInsights } from '../../insights';
import { Store } from '../../panel-store';
import { computeEffectiveSettings } from '../../../settings/effective';
import { initialKnowledgeState, type KnowledgeState } from './state';
import { followConversation, SEARCH_DEBOUNCE_MS } from './suggestions';
import { insertSuggestion, lookupArticles } from './actions';
import { announceKnowledgeChange } from '../../../knowledge/changes';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sent: Array<{ name: string; payload: any }> = [];
let answer: { hits: any[]; answered: boolean; articles: number } = { hits: [], answered: true, articles: 3 };
vi.mock('../../../messaging/client', () => ({
  send: vi.fn(async (name: string, payload: unknown) => {
    sent.push({ name, payload });
    if (name === 'knowledge.search') return answer;
    return {};
  }),
}));

const hit = (id: string, confident = true, related = false) => ({ id, title: id, snippet: [], body: id, url: null, score: 10, coverage: 0.5, matchedTerms: [], confident, related });
const msg = (id: string, text: string, role: ChatMessage['role'] = 'customer'): ChatMessage => ({ id, role, name: '', text, time: null });

function fakeHost(messages: ChatMessage[]) {
  let snapshot: TicketSnapshot = { consoleId: 'zendesk', ticketId: '1001', url: '', subject: '', fields: {}, messages, agentName: 'Alex', requester: { name: 'Wang', email: '', phone: '', userId: '' } };
  const listeners: Array<() => void> = [];
  const abort = new AbortController();
  const host = {
    signal: abort.signal,
    settings: () => computeEffectiveSettings({}, {}),
    snapshot: () => snapshot,
    onSnapshot: (cb: () => void) => void listeners.push(cb),
    insights: new Store(emptyInsights('zendesk:1001')),
  } as unknown as FeatureHost;
  const move = (next: ChatMessage[]) => {
    snapshot = { ...snapshot, messages: next };
    listeners.forEach((l) => l());
  };
  return { host, move, abort };
}

const searches = () => sent.filter((s) => s.name === 'knowledge.search');
const logged = () => sent.filter((s) => s.name === 'knowledge.unanswered');

describe('following the conversation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sent.length = 0;
    answer = { hits: [hit('a'), hit('b', false)], answered: true, articles: 3 };
  });

  it('shows a hit only meaning found ("related") in its rank, and leaves out one neither keywords nor meaning support', async () => {
    answer = { hits: [hit('near', false, true), hit('a'), hit('weak', false, false)], answered: false, articles: 3 };
    const { host } = fakeHost([msg('1', 'the machine swallowed my card')]);
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    followConversation(host, store);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(store.get().hits.map((h) => [h.id, h.related])).toEqual([['near', true], ['a', false]]);
  });
  afterEach(() => vi.useRealTimers());

  it('searches once per quiet period with the customer lines, shows only confident hits, records "shown" once', async () => {
    const { host, move } = fakeHost([msg('1', '物流一直没更新')]);
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    followConversation(host, store);
    move([msg('1', '物流一直没更新'), msg('2', '在吗')]);
    move([msg('1', '物流一直没更新'), msg('2', '在吗'), msg('3', '我在帮您查', 'agent')]);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(1);
    expect(searches()[0]!.payload.query.map((q: { text: string }) => q.text)).toEqual(['物流一直没更新', '在吗']);
    expect(store.get().hits.map((h) => h.id)).toEqual(['a']);
    // The agent's line changed nothing the query uses: no second search, no second "shown".
    move([msg('1', '物流一直没更新'), msg('2', '在吗'), msg('3', '我在帮您查', 'agent'), msg('4', '好的', 'agent')]);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(1);
    expect(sent.filter((s) => s.name === 'knowledge.feedback').map((s) => s.payload)).toEqual([{ ticketId: '1001', articleIds: ['a'], kind: 'shown', writeId: expect.any(String) }]);
  });

  it("the agent's own search lists any match, and ending it brings the conversation's suggestions back", async () => {
    const { host } = fakeHost([msg('1', 'do you take bitcoin?')]);
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    followConversation(host, store);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(1);
    answer = { hits: [{ ...hit('payment', false), score: 1.2 }, { ...hit('zero', false), score: 0 }], answered: false, articles: 3 };
    await lookupArticles(host, store, '  payment methods ');
    expect(searches()[1]!.payload).toMatchObject({ query: 'payment methods', k: 5 });
    expect(store.get()).toMatchObject({ lookup: 'payment methods', status: 'ready' });
    expect(store.get().hits.map((h) => h.id)).toEqual(['payment']);
    answer = { hits: [hit('a')], answered: true, articles: 3 };
    store.set({ lookup: null });
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(3);
    expect(store.get().hits.map((h) => h.id)).toEqual(['a']);
  });

  it("a conversation search already running when the agent looks up does not replace the agent's results; a new customer message does", async () => {
    const { host, move } = fakeHost([msg('1', 'do you take bitcoin?')]);
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    followConversation(host, store);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    let arrive!: (a: typeof answer) => void;
    answer = new Promise((r) => (arrive = r)) as never; // the conversation's search is slow to answer
    move([msg('1', 'do you take bitcoin?'), msg('2', 'or ether?')]);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    store.set({ lookup: 'payment', hits: [hit('payment')] }); // the agent's lookup lands meanwhile
    arrive({ hits: [hit('conversation')], answered: true, articles: 3 });
    await vi.advanceTimersByTimeAsync(10);
    expect(store.get().hits.map((h) => h.id)).toEqual(['payment']);
    answer = { hits: [hit('conversation')], answered: true, articles: 3 };
    move([msg('1', 'do you take bitcoin?'), msg('2', 'or ether?'), msg('3', 'hello??')]);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(store.get()).toMatchObject({ lookup: null });
    expect(store.get().hits.map((h) => h.id)).toEqual(['conversation']);
  });

  it('inserting an article sends the customer question with it, so the offscreen document learns the phrasing', async () => {
    const { host } = fakeHost([msg('1', 'do you take bitcoin? call 13812345678'), msg('2', 'one moment', 'agent')]);
    Object.assign(host, {
      ticket: () => ({ ticketId: '1001' }),
      adapter: { insertReply: async () => ({ ok: true }) },
      insights: new Store(emptyInsights('zendesk:1001')),
    });
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    await insertSuggestion(host, store, hit('payment') as never);
    // Through the outbox (queued in storage first, then sent with its write id).
    await vi.advanceTimersByTimeAsync(50);
    const feedback = sent.filter((s) => s.name === 'knowledge.feedback').map((s) => s.payload);
    expect(feedback).toEqual([{ ticketId: '1001', articleIds: ['payment'], kind: 'inserted', question: 'do you take bitcoin? call 13812345678', writeId: expect.any(String) }]);
  });

  it('logs an unanswered question once per ticket, however often it is searched', async () => {
    answer = { hits: [], answered: false, articles: 3 };
    const { host, move } = fakeHost([msg('1', '你们支持比特币吗？')]);
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    followConversation(host, store);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    move([msg('0', '你好'), msg('1', '你们支持比特币吗？')]); // a new query, the same latest question
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(2);
    expect(logged().map((s) => s.payload)).toEqual([{ question: '你们支持比特币吗？', reason: 'no-match' }]);
    expect(store.get().unanswered).toBe(true);
  });

  it('does not log chit-chat that no article answers ("在吗", "ok thanks")', async () => {
    answer = { hits: [], answered: false, articles: 3 };
    const { host, move } = fakeHost([msg('1', '在吗')]);
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    followConversation(host, store);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    move([msg('1', '在吗'), msg('2', 'ok thanks')]);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(2);
    expect(logged()).toEqual([]);
  });

  it('logs nothing while the knowledge base is empty', async () => {
    answer = { hits: [], answered: false, articles: 0 };
    const { host } = fakeHost([msg('1', '你们支持比特币吗？')]);
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    followConversation(host, store);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(logged()).toEqual([]);
    expect(store.get().articles).toBe(0);
  });

  it('stops when the session ends', async () => {
    const { host, move, abort } = fakeHost([msg('1', '退款')]);
    followConversation(host, new Store<KnowledgeState>(initialKnowledgeState));
    abort.abort();
    move([msg('1', '退款'), msg('2', '多久到账')]);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS * 3);
    expect(searches()).toEqual([]);
  });

  it('searches the same conversation again when the knowledge base changes (an import on the options page)', async () => {
    fakeBrowser.reset(); // the earlier tests' panels are still listening
    const { host, abort } = fakeHost([msg('1', '物流一直没更新')]);
    followConversation(host, new Store<KnowledgeState>(initialKnowledgeState));
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(1);
    await announceKnowledgeChange();
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(2);
    abort.abort();
    await announceKnowledgeChange();
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(searches()).toHaveLength(2);
  });
});
