import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withTestDb } from '../history/test-support';
import { dispatch, type Handlers } from './server';
import type { Envelope, Reply } from './envelope';
import { ProtocolError } from './envelope';
import { createOutbox, type OutboxEntry, type OutboxSend } from './outbox';
import { claimOrphanedOutboxes, ORPHAN_AFTER_MS, storageOutboxStore } from './outbox-storage';
import { historyHandlers } from '../offscreen/history-handlers';
import { applyOnce } from '../offscreen/write-once';
import { recordAudit } from '../audit/store';
import { recordSuggestionEvent } from '../knowledge/suggestion-events';
import { computeEffectiveSettings } from '../settings/effective';
import { seededRandom } from '../seeded/random';
import type { DeskmateDb } from '../db/database';

/**
 * The offscreen handlers for the three outbox messages, dispatched as the document does, behind a transport that
 * loses requests (worker stopped before the write) and loses replies after the write committed (stopped after).
 */
function flakyDatabase(db: DeskmateDb, rand: () => number, rates: { lostRequest: number; lostReply: number }) {
  const handlers: Handlers<'offscreen'> = {
    ...historyHandlers(db, async () => computeEffectiveSettings({}, {})),
    'audit.record': ({ entries, writeId }) => applyOnce(db, writeId, [db.audit], async () => ({ ids: await recordAudit(db, entries) })),
    'knowledge.feedback': ({ ticketId, articleIds, kind, writeId }) =>
      applyOnce(db, writeId, [db.suggestionEvents], async () => {
        for (const articleId of articleIds) await recordSuggestionEvent(db, { time: Date.now(), ticketId, articleId, kind });
        return { recorded: articleIds.length };
      }),
  };
  const stats = { lostRequests: 0, lostReplies: 0 };
  const send: OutboxSend = async (name, payload) => {
    if (rand() < rates.lostRequest) {
      stats.lostRequests++;
      throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    }
    const env: Envelope = { deskmate: 1, to: 'offscreen', name, payload };
    const reply = (await dispatch('offscreen', handlers, {}, env, {})) as Reply<never>;
    if (rand() < rates.lostReply) {
      stats.lostReplies++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    if (!reply.ok) throw new ProtocolError(reply.error, reply.code);
    return reply.value;
  };
  return { send, stats };
}

const audit = (i: number) => ({ entries: [{ time: 1_700_000_000_000 + i, consoleId: 'zendesk', ticketId: String(1000 + (i % 7)), action: 'reply:insert', field: 'reply', oldValue: '', newValue: `n${i}`, outcome: 'ok' as const }] });
const noSleep = () => Promise.resolve();

describe('outbox: writes survive a transport that drops requests and replies', () => {
  it.each([1, 2, 3])('seed %i: 200 audit + 200 feedback + history writes, 0 lost, 0 duplicated', (seed) =>
    withTestDb(async (db) => {
      const { send, stats } = flakyDatabase(db, seededRandom(seed), { lostRequest: 0.25, lostReply: 0.25 });
      const outbox = createOutbox({ send, sleep: noSleep });
      const answers: Promise<unknown>[] = [];
      for (let i = 0; i < 200; i++) {
        answers.push(outbox.deliver('audit.record', audit(i)));
        answers.push(outbox.deliver('knowledge.feedback', { ticketId: String(i), articleIds: [`a${i}`], kind: 'inserted' }));
        if (i % 20 === 0) {
          const t = String(2000 + i / 20);
          answers.push(outbox.deliver('history.record', { update: { consoleId: 'zendesk', ticketId: t, ticketUrl: `https://x.zendesk.com/agent/tickets/${t}`, outcome: 'open' }, contact: { emails: [`c${i}@example.com`], phones: [] } }));
        }
      }
      await Promise.all(answers);
      await outbox.idle();
      expect(stats.lostRequests + stats.lostReplies).toBeGreaterThan(50); // the transport really failed, often
      const audits = await db.audit.toArray();
      expect(audits).toHaveLength(200);
      expect(new Set(audits.map((a) => a.newValue)).size).toBe(200);
      // In the order they were queued, though retried.
      expect(audits.map((a) => a.newValue)).toEqual(Array.from({ length: 200 }, (_, i) => `n${i}`));
      const events = await db.suggestionEvents.toArray();
      expect(events).toHaveLength(200);
      expect(new Set(events.map((e) => e.articleId)).size).toBe(200);
      expect(await db.history.count()).toBe(10);
      expect(outbox.pending()).toBe(0);
    }),
  );

  it('a replayed write id answers the first response without writing again', () =>
    withTestDb(async (db) => {
      const first = await applyOnce(db, 'w1', [db.audit], async () => ({ ids: await recordAudit(db, audit(1).entries) }));
      const again = await applyOnce(db, 'w1', [db.audit], async () => ({ ids: await recordAudit(db, audit(1).entries) }));
      expect(again).toEqual(first);
      expect(await db.audit.count()).toBe(1);
    }),
  );

  it('a permanent error reaches the caller and does not hold the queue', async () => {
    const seen: string[] = [];
    const send: OutboxSend = async (name, payload) => {
      seen.push(name);
      if (name === 'knowledge.feedback') throw new ProtocolError('knowledge.feedback: invalid request: articleIds too small', 'invalid');
      return { ids: [1] } as never;
    };
    const outbox = createOutbox({ send, sleep: noSleep });
    const bad = outbox.deliver('knowledge.feedback', { ticketId: '1', articleIds: [], kind: 'shown' });
    const good = outbox.deliver('audit.record', audit(1));
    await expect(bad).rejects.toThrow('invalid request');
    await expect(good).resolves.toEqual({ ids: [1] });
    expect(seen).toEqual(['knowledge.feedback', 'audit.record']);
  });

  it('an invalidated extension context stops sending and keeps the queue stored', async () => {
    const saved: OutboxEntry[][] = [];
    const outbox = createOutbox({
      send: async () => {
        throw new Error('Extension context invalidated.');
      },
      store: { save: async (e) => void saved.push([...e]) },
      sleep: noSleep,
    });
    void outbox.deliver('audit.record', audit(1)).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 10));
    expect(outbox.pending()).toBe(1);
    expect(saved.at(-1)).toHaveLength(1);
    await expect(outbox.deliver('audit.record', audit(2))).rejects.toThrow('reload the page');
  });
});

describe('outbox storage: a closed tab\'s queue is adopted by the next script', () => {
  it('keeps the queue in storage.local until acknowledged, and hands stale queues over once', async () => {
    fakeBrowser.reset();
    const store = storageOutboxStore('tab-a');
    const entry: OutboxEntry = { writeId: 'w-1', name: 'audit.record', payload: audit(1), queuedAt: 5 };
    await store.save([entry]);
    expect(await claimOrphanedOutboxes()).toEqual([]); // its heartbeat is fresh: the tab may still be alive
    const later = Date.now() + ORPHAN_AFTER_MS + 1;
    expect(await claimOrphanedOutboxes(later)).toEqual([entry]);
    expect(await claimOrphanedOutboxes(later)).toEqual([]);
    await store.save([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
  });

  it('adopted entries are delivered with their own write ids', async () => {
    const sent: unknown[] = [];
    const outbox = createOutbox({ send: async (_n, p) => (sent.push(p), { ids: [1] }) as never, sleep: noSleep });
    outbox.adopt([{ writeId: 'old-1', name: 'audit.record', payload: audit(1), queuedAt: 1 }]);
    await outbox.idle();
    expect(sent).toEqual([{ ...audit(1), writeId: 'old-1' }]);
  });
});
