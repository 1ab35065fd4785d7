import { describe, expect, it } from 'vitest';
import { withTestDb } from '../history/test-support';
import { dispatch, type Handlers } from '../messaging/server';
import type { Envelope, Reply } from '../messaging/envelope';
import type { MessageName, ResponseOf } from '../messaging/protocol';
import { computeEffectiveSettings } from '../settings/effective';
import type { KnowledgeArticle } from '../knowledge/types';
import { INDEX_SNAPSHOT_META_KEY, knowledgeHandlers } from './knowledge-handlers';
import { importPolicyUrl, POLICY_SOURCE } from './knowledge-sources';

/** Through the same validation and dispatch the offscreen document uses. */
async function call<N extends MessageName>(handlers: Handlers<'offscreen'>, name: N, payload: unknown): Promise<ResponseOf<N>> {
  const env: Envelope = { deskmate: 1, to: 'offscreen', name, payload };
  const reply = (await dispatch('offscreen', handlers, {}, env, {})) as Reply<ResponseOf<N>>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const article = (id: string, title: string, body: string, tags: string[] = []): KnowledgeArticle => ({
  id, title, body, bodyHtml: body, tags, locale: 'zh-cn', url: null, source: 'import:test.csv', updatedAt: 1,
});
const KB = [
  article('delay', '物流延迟怎么办', '{{customer.name}}您好，您的订单 {{order.id}} 配送延迟，我们已联系快递公司加急处理物流。', ['logistics']),
  article('refund', '如何申请退款', '退款申请可以在我的订单中提交，1-3 个工作日原路退回。', ['refund_return']),
  article('password', 'Reset your password', 'Open the sign-in page and choose "Forgot password" to get a reset link by e-mail.', ['account_access']),
];
// Keyword ranking: these tests pin the index's behaviour; re-ranking has its own (knowledge-rerank.test.ts).
const handlersWith = (db: Parameters<typeof knowledgeHandlers>[0], knowledge: Record<string, unknown> = {}) =>
  knowledgeHandlers(db, async () => computeEffectiveSettings({ knowledge: { embeddingModelId: '', ...knowledge } }, {}));

describe('knowledge offscreen handlers', () => {
  it.each([
    ['我的订单物流一直没更新，配送延迟了', 'delay', true],
    ['How do I reset my password?', 'password', true],
    ['你们支持用比特币付款吗？', undefined, false],
  ])('search %s → best %s, answered %s', (question, best, answered) =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const res = await call(handlersWith(db), 'knowledge.search', { query: question, question, k: 3 });
      expect(res.articles).toBe(3);
      expect(res.answered).toBe(answered);
      if (best) {
        expect(res.hits[0]!.id).toBe(best);
        expect(res.hits[0]!.confident).toBe(true);
        expect(res.hits[0]!.snippet.some((s) => s.match)).toBe(true);
      }
    }),
  );

  it('keeps the index until told the articles changed, then rebuilds it', () =>
    withTestDb(async (db) => {
      const h = handlersWith(db);
      expect((await call(h, 'knowledge.search', { query: '退款' })).articles).toBe(0);
      await db.articles.bulkPut(KB);
      expect((await call(h, 'knowledge.search', { query: '退款' })).articles).toBe(0);
      expect(await call(h, 'knowledge.changed', {})).toEqual({ articles: 3 });
      expect((await call(h, 'knowledge.search', { query: '退款' })).hits[0]?.id).toBe('refund');
    }));

  it('adds the synonyms setting to the built-in groups', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const plain = await call(handlersWith(db), 'knowledge.search', { query: 'locked out', question: 'locked out' });
      expect(plain.hits.map((hit) => hit.id)).not.toContain('password');
      const withSynonyms = await call(handlersWith(db, { synonyms: [['locked out', 'reset password']] }), 'knowledge.search', { query: 'locked out', question: 'locked out' });
      expect(withSynonyms.hits[0]?.id).toBe('password');
    }));

  it('hides hits under minScore and counts hit rate from feedback events', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const strict = await call(handlersWith(db, { minScore: 100 }), 'knowledge.search', { query: '退款', question: '退款' });
      expect(strict.hits.every((hit) => !hit.confident)).toBe(true);
      expect(strict.answered).toBe(false);
      const h = handlersWith(db);
      await call(h, 'knowledge.feedback', { ticketId: '1', articleIds: ['refund', 'delay'], kind: 'shown' });
      await call(h, 'knowledge.feedback', { ticketId: '1', articleIds: ['refund'], kind: 'inserted' });
      await call(h, 'knowledge.unanswered', { question: '比特币？电话 13812345678', reason: 'no-match' });
      const stats = await call(h, 'knowledge.stats', {});
      expect(stats).toMatchObject({ articles: 3, unanswered: 1, hitRate: { shown: 2, used: 1, rate: 0.5 }, policyImport: null });
      expect((await db.unanswered.toArray())[0]!.text).not.toContain('13812345678');
    }));
});

describe('policy URL import', () => {
  const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

  it('replaces the policy articles and records the outcome', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const status = await importPolicyUrl(db, 'https://kb.example.com/team.csv', respond('title,body\n发票开具说明,可以开具电子发票\n'), 5);
      expect(status).toEqual({ time: 5, url: 'https://kb.example.com/team.csv', ok: true, count: 1 });
      expect(await db.articles.where('source').equals(POLICY_SOURCE).count()).toBe(1);
      expect(await db.articles.count()).toBe(4);
    }));

  it.each([
    ['a malformed file', respond('title,body\n,没有标题\n'), /line 2.*no title/],
    ['a server error', respond('nope', 503), /503/],
  ])('keeps the previous policy articles on %s and records why', (_what, fetchImpl, why) =>
    withTestDb(async (db) => {
      await importPolicyUrl(db, 'https://kb.example.com/team.csv', respond('title,body\n发票开具说明,可以开具电子发票\n'));
      const status = await importPolicyUrl(db, 'https://kb.example.com/team.csv', fetchImpl);
      expect(status.ok).toBe(false);
      expect(status.error).toMatch(why);
      expect(await db.articles.where('source').equals(POLICY_SOURCE).count()).toBe(1);
      expect((await call(handlersWith(db), 'knowledge.stats', {})).policyImport?.ok).toBe(false);
    }));
});

describe('index snapshot', () => {
  it('is stored after the first build and reused by the next offscreen document', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const first = await call(handlersWith(db), 'knowledge.search', { query: '物流延迟' });
      await new Promise((r) => setTimeout(r, 50)); // the snapshot write is not awaited by the search
      const stored = (await db.meta.get(INDEX_SNAPSHOT_META_KEY))?.value as { version: string } | undefined;
      expect(stored?.version).toBe('3:1|p0:0');
      const again = await call(handlersWith(db), 'knowledge.search', { query: '物流延迟' });
      expect(again.hits).toEqual(first.hits);
    }));

  it('is dropped when the articles change, so edited text is never searched from a stale index', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const h = handlersWith(db);
      await call(h, 'knowledge.search', { query: '发票' });
      await new Promise((r) => setTimeout(r, 50));
      // Same ids and update times, new text: only the change notice can tell.
      await db.articles.put({ ...KB[1]!, title: '发票开具说明', body: '可以开具电子发票。' });
      await call(h, 'knowledge.changed', {});
      expect((await call(handlersWith(db), 'knowledge.search', { query: '发票' })).hits[0]?.id).toBe('refund');
    }));
});

describe('phrasings learnt from agents (issue 16)', () => {
  const question = '钱什么时候能回到我卡上？我的电话 13812345678';

  it('an article inserted after a question nothing answered is the first, confident hit for that question from then on', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const h = handlersWith(db);
      const before = await call(h, 'knowledge.search', { query: question, question, k: 3 });
      expect(before.answered).toBe(false);
      expect(before.hits.filter((hit) => hit.confident)).toHaveLength(0);
      await call(h, 'knowledge.unanswered', { question, reason: 'no-match' });

      const reply = await call(h, 'knowledge.feedback', { ticketId: '7', articleIds: ['refund'], kind: 'inserted', question });
      expect(reply.learnt).toBe(true);
      expect((await db.phrasings.toArray()).map((p) => [p.articleId, p.text, p.source])).toEqual([['refund', '钱什么时候能回到我卡上？我的电话 [phone]', 'agent']]);
      expect(await db.unanswered.count()).toBe(0);

      // The loaded index took it at once, and a new offscreen document builds it in from the database.
      for (const handlers of [h, handlersWith(db)]) {
        const after = await call(handlers, 'knowledge.search', { query: '钱什么时候能回到我卡上', question: '钱什么时候能回到我卡上', k: 3 });
        expect(after.hits[0]).toMatchObject({ id: 'refund', confident: true });
        expect(after.answered).toBe(true);
      }
    }));

  it('learns only from one article used for a question, not from shown or not-useful', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const h = handlersWith(db);
      expect((await call(h, 'knowledge.feedback', { ticketId: '7', articleIds: ['refund'], kind: 'not-useful', question })).learnt).toBe(false);
      expect((await call(h, 'knowledge.feedback', { ticketId: '7', articleIds: ['refund', 'delay'], kind: 'shown', question })).learnt).toBe(false);
      expect((await call(h, 'knowledge.feedback', { ticketId: '7', articleIds: ['no-such-article'], kind: 'useful', question })).learnt).toBe(false);
      expect(await db.phrasings.count()).toBe(0);
    }));

  it('a KB owner attaches an unanswered question to an article; options-page edits reach the index', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(KB);
      const h = handlersWith(db);
      await call(h, 'knowledge.unanswered', { question: 'I cannot get into my account', reason: 'no-match' });
      const [row] = await db.unanswered.toArray();
      expect(await call(h, 'knowledge.attachPhrasing', { question: row!.text, articleId: 'password', unansweredKey: row!.key })).toEqual({ ok: true });
      expect(await db.unanswered.count()).toBe(0);
      const withPhrasing = (await call(h, 'knowledge.search', { query: 'cannot get into my account', k: 3 })).hits[0]!;
      expect(withPhrasing).toMatchObject({ id: 'password', confident: true });
      await db.phrasings.clear();
      expect(await call(h, 'knowledge.phrasingsChanged', {})).toEqual({ phrasings: 0 });
      const without = (await call(h, 'knowledge.search', { query: 'cannot get into my account', k: 3 })).hits.find((hit) => hit.id === 'password');
      expect(without?.score ?? 0).toBeLessThan(withPhrasing.score / 2);
    }));
});
