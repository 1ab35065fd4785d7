import { describe, expect, it } from 'vitest';
import { HelpCenterSyncError, syncHelpCenter } from './helpcenter-sync';

const ORIGIN = 'https://acme.zendesk.com';
const art = (id: number, extra: object = {}) => ({ id, title: `Article ${id}`, body: `<p>Body ${id}</p>`, label_names: [], locale: 'en-us', html_url: `${ORIGIN}/hc/en-us/articles/${id}`, updated_at: `2026-03-0${id}T00:00:00Z`, draft: false, ...extra });

/** A fake fetch serving canned pages by URL, recording every request. */
function fakeFetch(pages: Record<string, unknown>, status = 200) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    init?.signal?.throwIfAborted();
    if (!(url in pages)) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify(pages[url]), { status });
  }) as typeof fetch;
  return { fn, calls };
}

describe('syncHelpCenter', () => {
  const first = `${ORIGIN}/api/v2/help_center/articles.json?per_page=100`;
  const second = `${ORIGIN}/api/v2/help_center/articles.json?page=2&per_page=100`;

  it('follows next_page with the session cookie and skips drafts', async () => {
    const { fn, calls } = fakeFetch({
      [first]: { articles: [art(1), art(2, { draft: true })], next_page: second, page: 1, page_count: 2, count: 3 },
      [second]: { articles: [art(3)], next_page: null, page: 2, page_count: 2, count: 3 },
    });
    const progress: number[][] = [];
    const { articles, cursor } = await syncHelpCenter(`${ORIGIN}/agent/tickets/1`, { fetch: fn, onProgress: (p, a) => progress.push([p, a]) });
    expect(articles.map((a) => a.id)).toEqual(['zd-1', 'zd-3']);
    expect(articles[0]).toMatchObject({ body: 'Body 1', source: `helpcenter:${ORIGIN}` });
    expect(calls.map((c) => c.url)).toEqual([first, second]);
    expect(calls.every((c) => c.init?.credentials === 'include')).toBe(true);
    expect(progress).toEqual([[1, 1], [2, 2]]);
    expect(cursor).toBe(Date.parse('2026-03-03T00:00:00Z'));
  });

  it('uses the incremental export from a cursor and returns its end_time', async () => {
    const url = `${ORIGIN}/api/v2/help_center/incremental/articles.json?start_time=1700000000`;
    const { fn } = fakeFetch({ [url]: { articles: [art(4)], next_page: null, count: 1, end_time: 1700000500 } });
    const r = await syncHelpCenter(ORIGIN, { fetch: fn, since: 1_700_000_000_000 });
    expect(r.articles.map((a) => a.id)).toEqual(['zd-4']);
    expect(r.cursor).toBe(1_700_000_500_000);
  });

  it('follows cursor pagination (meta.has_more + links.next)', async () => {
    const next = `${ORIGIN}/api/v2/help_center/articles.json?page[after]=abc`;
    const { fn } = fakeFetch({
      [first]: { articles: [art(1)], meta: { has_more: true }, links: { next } },
      [next]: { articles: [art(2)], meta: { has_more: false }, links: { next: null } },
    });
    expect((await syncHelpCenter(ORIGIN, { fetch: fn })).articles).toHaveLength(2);
  });

  it('refuses to send the session to another origin', async () => {
    const { fn } = fakeFetch({ [first]: { articles: [art(1)], next_page: 'https://evil.test/steal' } });
    await expect(syncHelpCenter(ORIGIN, { fetch: fn })).rejects.toThrow(/another origin/);
  });

  it.each([
    [401, /not signed in/],
    [500, /answered 500/],
  ])('reports HTTP %i', async (status, message) => {
    const { fn } = fakeFetch({ [first]: {} }, status);
    const err = await syncHelpCenter(ORIGIN, { fetch: fn }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HelpCenterSyncError);
    expect((err as Error).message).toMatch(message);
  });

  it('stops when aborted', async () => {
    const { fn } = fakeFetch({ [first]: { articles: [art(1)], next_page: null } });
    const ctl = new AbortController();
    ctl.abort();
    await expect(syncHelpCenter(ORIGIN, { fetch: fn, signal: ctl.signal })).rejects.toThrow();
  });
});
