import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from './server';
import { unwrapReply } from './client';
import type { Envelope } from './envelope';

const sender = { id: fakeBrowser.runtime.id };
const env = (name: string, payload: unknown, to: Envelope['to'] = 'offscreen'): Envelope => ({ deskmate: 1, to, name, payload });

describe('dispatch', () => {
  const handlers = {
    'audit.list': (p: { limit: number; ticketId?: string }) => ({ entries: [], seen: p }),
  };

  it('validates the request before the handler runs, and names the bad field', async () => {
    const reply = await dispatch('offscreen', handlers as never, {}, env('audit.list', { limit: -3 }), sender);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/invalid request: limit/);
    expect(!reply.ok && reply.code).toBe('invalid');
  });

  it('applies request defaults and returns the handler value', async () => {
    let seen: unknown;
    const reply = await dispatch('offscreen', { 'audit.list': (p: unknown) => ((seen = p), { entries: [] }) } as never, {}, env('audit.list', {}), sender);
    expect(reply).toEqual({ ok: true, value: { entries: [] } });
    expect(seen).toEqual({ limit: 200 });
  });

  it('refuses unknown messages and messages for another context', async () => {
    expect(await dispatch('offscreen', {}, {}, env('nope', {}), sender)).toMatchObject({ ok: false, code: 'unknown' });
    expect(await dispatch('offscreen', {}, {}, env('settings.get', {}), sender)).toMatchObject({ ok: false, code: 'wrong-target' });
  });

  it('relays messages for another context when a relay is given (the background does this)', async () => {
    const reply = await dispatch('background', {}, { relay: async (e) => ({ ok: true, value: `relayed ${e.name}` }) }, env('db.stats', {}, 'background'), sender);
    expect(reply).toEqual({ ok: true, value: 'relayed db.stats' });
  });

  it('turns a thrown error into an error reply', async () => {
    const reply = await dispatch('offscreen', { 'db.stats': () => { throw new Error('disk full'); } } as never, {}, env('db.stats', {}), sender);
    expect(reply).toMatchObject({ ok: false, error: 'disk full' });
  });
});

describe('unwrapReply', () => {
  it('validates the response shape', () => {
    expect(() => unwrapReply('db.stats', { ok: true, value: { history: 'x' } })).toThrow();
    expect(unwrapReply('db.stats', { ok: true, value: { history: 1, articles: 2, audit: 3, unanswered: 0, persisted: null } })).toMatchObject({ history: 1 });
  });
  it('turns an error reply and a missing receiver into exceptions', () => {
    expect(() => unwrapReply('db.stats', { ok: false, error: 'boom' })).toThrow('boom');
    expect(() => unwrapReply('db.stats', undefined)).toThrow(/no answer/);
  });
});
