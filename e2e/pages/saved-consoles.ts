import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };

/**
 * Saved console pages served on loopback (port 0) as a real console would
 * serve them, so the content script meets them as static HTML at
 * document_start: the FreeScout pages from ../shared/fixtures (through the
 * FreeScout definition) and the demo's saved Agent Workspace DOM, optionally
 * grown to a long generated ticket.
 */
export const SHARED_FREESCOUT = new URL('../../../shared/fixtures/freescout/', import.meta.url);
export const ZENDESK_SAVED = new URL('../../lib/consoles/zendesk/fixtures/2026-11-22-demo-agent-workspace.html', import.meta.url);
export const FREESCOUT_DEFINITION = JSON.parse(readFileSync(new URL('../../lib/consoles/definitions/freescout.json', import.meta.url), 'utf8')) as { id: string };

export const ABUSIVE_ZH = '你们客服都是SB吗，垃圾服务';

/** The saved FreeScout pages and the customer messages in them a person would call abusive (labelled by reading them). */
export const FREESCOUT_PAGES = {
  long: { file: '2026-11-22-conversation-long.html', path: '/conversation/3', abusive: [] as string[], customer: 75 },
  zh: { file: '2026-11-22-conversation-zh.html', path: '/conversation/2', abusive: ['17'], customer: 6 },
  short: { file: '2026-11-22-conversation.html', path: '/conversation/1', abusive: [] as string[], customer: 3 },
} as const;

export function sharedFreeScoutPresent(): boolean {
  return existsSync(new URL(FREESCOUT_PAGES.long.file, SHARED_FREESCOUT));
}

/** Customer message bodies, per console, for the frame sampler. */
export const CUSTOMER_BODY = {
  freescout: '.thread.thread-type-customer .thread-content',
  zendesk: '[data-test-id="omni-log-item-message"][type="end-user"] [data-test-id="omni-log-message-content"]',
} as const;

const BENIGN = [
  '你好，我的订单还没有发货，能帮我查一下吗？',
  'Hi, the tracking page has not updated since Monday. Could you check?',
  '请问可以开发票吗？公司抬头我稍后发给你。',
  'Thanks for the quick reply, the replacement arrived today.',
  '地址写错了，能改成上海市浦东新区吗？',
  'Could you refund the shipping fee? The parcel came a week late.',
  '已经第二次联系你们了，麻烦尽快处理。',
  'The invoice still shows as open in the portal, can you close it?',
];

/**
 * The saved Agent Workspace with ticket 1001's log replaced by `count`
 * generated messages (customer and agent in turn; the customer's are benign
 * except one abusive message at `abusiveAt`, when given).
 */
export function generatedZendeskTicket(count: number, abusiveAt: number | null): string {
  const html = readFileSync(ZENDESK_SAVED, 'utf8');
  const logStart = html.indexOf('<div class="log" data-test-id="omni-log-container"');
  const logOpenEnd = html.indexOf('>', logStart) + 1;
  const logEnd = html.indexOf('</div><div class="composer', logOpenEnd);
  const items: string[] = [];
  const start = Date.parse('2026-11-01T08:00:00Z');
  for (let i = 0; i < count; i++) {
    const customer = i % 2 === 0;
    const text = abusiveAt === i ? ABUSIVE_ZH : customer ? `${BENIGN[(i / 2) % BENIGN.length]} (#${i})` : `收到，我们正在处理。Thanks, we are on it (#${i}).`;
    const when = new Date(start + i * 60_000).toISOString();
    const who = customer ? 'Wang Min' : 'Alex Chen';
    items.push(
      `<article class="log-item ${customer ? 'end-user' : 'agent'}" data-test-id="omni-log-comment-item" data-comment-id="g${i}"><div data-test-id="omni-log-item-message" type="${customer ? 'end-user' : 'agent'}" class="message"><div class="sender"><a href="#user-${who}" data-test-id="omni-log-comment-user-link">${who}</a><time data-test-id="timestamp-relative" datetime="${when}" title="${when}">${when}</time></div><div data-test-id="omni-log-message-content" class="content">${text}</div></div></article>`,
    );
  }
  return html.slice(0, logOpenEnd) + items.join('') + html.slice(logEnd);
}

export interface SavedConsoles {
  url: string;
  close(): Promise<void>;
}

/** Serves the saved pages; `/agent/tickets/1001?n=500&abusive=7` is a generated Zendesk ticket. */
export async function serveSavedConsoles(): Promise<SavedConsoles> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = Object.values(FREESCOUT_PAGES).find((p) => p.path === url.pathname);
    let body: string | null = null;
    if (page && sharedFreeScoutPresent()) body = readFileSync(new URL(page.file, SHARED_FREESCOUT), 'utf8');
    if (url.pathname === '/agent/tickets/1001') {
      const abusive = url.searchParams.get('abusive');
      body = generatedZendeskTicket(Number(url.searchParams.get('n') ?? '6'), abusive === null ? null : Number(abusive));
    }
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }) };
}

/** What a manager does on the options page (Consoles), written straight to the extension's storage. */
export async function addConsoleDefinition(sw: Worker, definition: unknown): Promise<void> {
  await sw.evaluate(async (def) => {
    const got = await chrome.storage.local.get('settings');
    const settings = (got.settings ?? {}) as { consoles?: { definitions?: unknown[] } };
    settings.consoles = { ...(settings.consoles ?? {}), definitions: [def] };
    await chrome.storage.local.set({ settings });
  }, definition);
}

export interface FrameLog {
  frames: number;
  /** Frame times (ms since navigation) at which a customer message containing the marker was visible. */
  markerVisibleAt: number[];
  /** Longest stretch each customer message (by thread/comment id) was not visible, ms; still-hidden ones up to now. */
  longestHidden: Record<string, number>;
  /** Ids hidden at the end. */
  hiddenNow: string[];
  /** Whether each message was hidden by Deskmate's mask (vs. e.g. the pre-hide) at the end. */
  maskedNow: string[];
}

/**
 * A requestAnimationFrame sampler installed before any page script: every
 * frame, before it is painted, records which customer message bodies are
 * visible (checkVisibility, so display:none, visibility:hidden and a hidden
 * ancestor all count as hidden) and whether the marker text is on screen.
 */
export async function sampleFrames(context: BrowserContext, bodySelector: string, marker: string): Promise<void> {
  await context.addInitScript(
    ([sel, mark]) => {
      const log = { frames: 0, markerVisibleAt: [] as number[], hiddenSince: {} as Record<string, number>, longest: {} as Record<string, number>, seen: new Set<string>() };
      (window as unknown as { __dmFrames: typeof log }).__dmFrames = log;
      const frame = (t: number) => {
        log.frames++;
        const els = document.querySelectorAll<HTMLElement>(sel!);
        els.forEach((el, i) => {
          const key = el.closest('[data-thread_id]')?.getAttribute('data-thread_id') ?? el.closest('[data-comment-id]')?.getAttribute('data-comment-id') ?? String(i);
          log.seen.add(key);
          const visible = el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true } as CheckVisibilityOptions);
          if (!visible) log.hiddenSince[key] ??= t;
          else if (log.hiddenSince[key] !== undefined) {
            log.longest[key] = Math.max(log.longest[key] ?? 0, t - log.hiddenSince[key]!);
            delete log.hiddenSince[key];
          }
          if (visible && mark && el.textContent?.includes(mark)) log.markerVisibleAt.push(t);
        });
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    [bodySelector, marker],
  );
}

export async function readFrames(page: import('@playwright/test').Page, bodySelector: string): Promise<FrameLog> {
  return page.evaluate((sel) => {
    const log = (window as unknown as { __dmFrames: { frames: number; markerVisibleAt: number[]; hiddenSince: Record<string, number>; longest: Record<string, number> } }).__dmFrames;
    const now = performance.now();
    const longestHidden: Record<string, number> = { ...log.longest };
    for (const [k, since] of Object.entries(log.hiddenSince)) longestHidden[k] = Math.max(longestHidden[k] ?? 0, now - since);
    const els = [...document.querySelectorAll<HTMLElement>(sel)];
    return {
      frames: log.frames,
      markerVisibleAt: log.markerVisibleAt,
      longestHidden,
      hiddenNow: Object.keys(log.hiddenSince),
      maskedNow: els
        .map((el, i) => (el.closest('[data-deskmate-mask]') ? (el.closest('[data-thread_id]')?.getAttribute('data-thread_id') ?? el.closest('[data-comment-id]')?.getAttribute('data-comment-id') ?? String(i)) : null))
        .filter((x): x is string => x !== null),
    };
  }, bodySelector);
}
