import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { panel, panelSection } from '../pages/panel';

/**
 * Issue 13: a corpus of hostile strings through chat (text and author names), knowledge files (CSV, Markdown,
 * JSON, Help Center export) and a history import. Every payload marks the element it would create with
 * `data-xss` and calls `__dmXss(n)` if it runs: the test counts calls (0 executed) and `data-xss` elements in the
 * panel, the composer and the options page (0 live elements).
 */
const VECTORS = [
  (n: number) => `<img data-xss src=x onerror="__dmXss(${n})">`,
  (n: number) => `<svg data-xss onload="__dmXss(${n})"></svg>`,
  (n: number) => `<script data-xss>__dmXss(${n})</script>`,
  (n: number) => `"><img data-xss src=x onerror=__dmXss(${n})>`,
  (n: number) => `'><svg/onload=__dmXss(${n}) data-xss>`,
  (n: number) => `<iframe data-xss srcdoc="<script>parent.__dmXss(${n})</script>"></iframe>`,
  (n: number) => `<a data-xss href="javascript:__dmXss(${n})">click</a>`,
  (n: number) => `<details data-xss open ontoggle="__dmXss(${n})">x</details>`,
  (n: number) => `<body data-xss onload=__dmXss(${n})>`,
  (n: number) => `<math><mtext><table><mglyph><style><img data-xss src=x onerror=__dmXss(${n})>`,
  (n: number) => `<object data-xss data="javascript:__dmXss(${n})"></object>`,
  (n: number) => `<embed data-xss src="javascript:__dmXss(${n})">`,
  (n: number) => `<input data-xss autofocus onfocus=__dmXss(${n})>`,
  (n: number) => `<video data-xss><source onerror="__dmXss(${n})"></video>`,
  (n: number) => `<marquee data-xss onstart=__dmXss(${n})>x</marquee>`,
  (n: number) => `<div data-xss style="background:url(javascript:__dmXss(${n}))">x</div>`,
  (n: number) => `[link](javascript:__dmXss(${n})) <b data-xss>md</b>`,
  (n: number) => `{{constructor.constructor('__dmXss(${n})')()}} <i data-xss>t</i>`,
  (n: number) => `<noscript><p title="</noscript><img data-xss src=x onerror=__dmXss(${n})>">`,
  (n: number) => `<form data-xss><button formaction="javascript:__dmXss(${n})">x</button></form>`,
  (n: number) => `&lt;img data-xss src=x onerror=__dmXss(${n})&gt; <img data-xss src=x onerror=__dmXss(${n})>`,
  (n: number) => `<template><img data-xss src=x onerror=__dmXss(${n})></template><img data-xss src=x onerror=__dmXss(${n})>`,
];
/** Each vector plain, after text, and after a right-to-left override: 66 payloads. */
const PAYLOADS = VECTORS.flatMap((v, i) => [v(i * 3), `Hello ${v(i * 3 + 1)} there`, `\u202E${v(i * 3 + 2)}`]);

async function liveMarked(page: Page): Promise<number> {
  // Pierces open shadow roots (the panel, masking placeholders).
  return page.evaluate(() => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      n += root.querySelectorAll('[data-xss]').length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return n;
  });
}

test.describe('XSS corpus: nothing customer- or file-supplied runs or renders as HTML', () => {
  test.describe.configure({ timeout: 600_000 });

  test(`${PAYLOADS.length} payloads through chat, names, four knowledge formats and a history import`, async ({ context, extensionId, openConsole }) => {
    await context.addInitScript(() => {
      (window as unknown as { __dmXss: (n: number) => void }).__dmXss = (n: number) => {
        const w = window as unknown as { __dmXssHits?: number[] };
        (w.__dmXssHits ??= []).push(n);
      };
    });
    const hits = async (p: Page) => p.evaluate(() => (window as unknown as { __dmXssHits?: number[] }).__dmXssHits ?? []);
    const tried: Record<string, number> = {};

    // Knowledge: the corpus as titles and bodies in each format.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#knowledge`);
    const articles = PAYLOADS.map((p, i) => ({ id: `x${i}`, title: `物流 logistics ${i} ${p}`, body: `物流延迟 配送 快递 ${p} {{customer.name}}` }));
    const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const files = [
      { name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(['id,title,body', ...articles.map((a) => [a.id, a.title, a.body].map(csvCell).join(','))].join('\n')) },
      { name: 'xss.md', mimeType: 'text/markdown', buffer: Buffer.from(articles.map((a) => `# ${a.title.replace(/\n/g, ' ')}\n\n${a.body}\n`).join('\n')) },
      { name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(articles.map((a) => ({ ...a, id: `j${a.id}` })))) },
      { name: 'xss-hc.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ articles: articles.map((a, i) => ({ id: 9000 + i, title: a.title, body: `<p>${a.body}</p>${PAYLOADS[i]}` })) })) },
    ];
    for (const file of files) {
      await options.getByTestId('knowledge-import').setInputFiles(file);
      await expect(options.getByTestId('knowledge-import-notice')).toContainText(`Imported ${PAYLOADS.length} articles`, { timeout: 60_000 });
      tried[`knowledge ${file.name}`] = PAYLOADS.length;
    }

    // Chat: every payload as a customer message and as the author's name.
    const page = await openConsole('1001');
    await page.evaluate((payloads) => payloads.forEach((p, i) => window.demoConsole.push('1001', `我的快递 物流延迟 ${p}`, 'end-user', i % 2 ? p : undefined)), PAYLOADS);
    tried['chat messages'] = PAYLOADS.length;
    tried['author names'] = Math.floor(PAYLOADS.length / 2);
    const messages = panelSection(page, 'messages');
    await messages.locator('button[aria-expanded]').first().click();
    await expect(messages.locator('[data-testid="dm-messages"] li')).toHaveCount(6 + PAYLOADS.length, { timeout: 30_000 });

    // Insert a hostile article into the composer.
    const card = panelSection(page, 'knowledge').locator('.dm-kb-card').first();
    await expect(card).toBeVisible({ timeout: 60_000 });
    await card.getByRole('button', { name: 'Insert' }).click();
    const composer = page.locator('[data-ticket-id="1001"] [data-test-id="omnicomposer-rich-text-ckeditor"]');
    await expect(composer).toContainText('data-xss');

    // History: the corpus as summaries, notes and names of imported records that share this customer's keys.
    const history = await context.newPage();
    await history.goto(`chrome-extension://${extensionId}/options.html#history`);
    type Export = { format: string; version: number; records: Array<Record<string, unknown>> };
    const exportNow = () =>
      history.evaluate(async () => {
        const r = (await (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: 'history.export', payload: {} })) as { value: Export };
        return r.value;
      });
    // The panel records ticket 1001 as it is worked; its record carries this customer's contact keys.
    await expect.poll(async () => (await exportNow()).records.length, { timeout: 60_000 }).toBeGreaterThan(0);
    const exported = await exportNow();
    const base = exported.records[0]!;
    const records = PAYLOADS.map((p, i) => ({ ...base, id: `zendesk:${8000 + i}`, ticketId: String(8000 + i), summary: p.slice(0, 490), note: p, customerName: p.slice(0, 200), lastSeen: (base.lastSeen as number) - 1000 * (i + 1), firstSeen: (base.firstSeen as number) - 1000 * (i + 1) }));
    await history.getByTestId('history-import').setInputFiles({ name: 'xss-history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, records })) });
    await expect(history.getByTestId('history-notice')).toContainText(`Imported ${PAYLOADS.length} records`, { timeout: 60_000 });
    tried['history import'] = PAYLOADS.length;
    await page.reload();
    await page.locator('deskmate-panel').waitFor({ state: 'attached' });
    await expect(panelSection(page, 'history').getByTestId('history-entry').first()).toBeVisible({ timeout: 60_000 });

    // Bidi: a requester name with U+202E is isolated in the panel.
    await expect(panel(page).locator('[data-testid="dm-requester"] bdi, .dm-msg-who bdi').first()).toBeAttached();
    expect(await panel(page).getByTestId('dm-requester').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');

    await page.waitForTimeout(1500); // let anything that would run (onerror, onload, ontoggle) run
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    const executed = [...(await hits(page)), ...(await hits(options)), ...(await hits(history))];
    const live = { console: await liveMarked(page), options: await liveMarked(options), history: await liveMarked(history) };
    console.log(`[xss corpus] ${PAYLOADS.length} payloads, ${total} placements (${JSON.stringify(tried)}): executed ${executed.length}, live elements ${JSON.stringify(live)}`);
    expect(executed).toEqual([]);
    expect(live).toEqual({ console: 0, options: 0, history: 0 });
  });
});
