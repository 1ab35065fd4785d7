import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { panel, panelSection, pushMessage } from '../pages/panel';

interface StoredRecord {
  id: string;
  ticketId: string;
  contactKeys: string[];
  outcome: string;
  summary: string;
  summaryEdited: boolean;
  facts: { orderIds: string[] };
  sentiment: { messages: number };
}

/** Ask the extension through the real protocol (background → offscreen), from one of its own pages. */
async function ask<T>(context: BrowserContext, extensionId: string, name: string, payload: unknown = {}): Promise<T> {
  let page = context.pages().find((p) => p.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!page) {
    page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
  }
  const reply = await page.evaluate(
    ([n, p]) => (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: n, payload: p }),
    [name, payload] as const,
  );
  const r = reply as { ok: boolean; value?: T; error?: string };
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.value as T;
}

const storedRecords = async (context: BrowserContext, extensionId: string) => (await ask<{ records: StoredRecord[] }>(context, extensionId, 'history.export')).records;

const history = (page: Page) => panelSection(page, 'history');

/**
 * Waits on the first write of a fresh profile: it creates the offscreen
 * document, which also compiles the classification models, so on a loaded
 * 2-core machine the first answer can take several seconds.
 */
const FIRST_WRITE = { timeout: 30_000 };

/** The panel shows this ticket's own record once the first write has landed. */
async function recorded(page: Page) {
  await expect(history(page).getByTestId('history-current-summary')).toBeVisible(FIRST_WRITE);
}

test.describe('handling history in the extension', () => {
  test('a returning customer is recognised by phone in another format, and an edited summary persists', async ({ openConsole }, testInfo) => {
    const page = await openConsole('1001');
    await recorded(page);
    await expect(history(page).getByTestId('history-first')).toBeVisible();
    // the agent replies and sets the ticket pending: one record, outcome updated
    await pushMessage(page, '1001', '已催促物流，请耐心等待', 'agent');
    await page.locator('[data-ticket-id="1001"] [data-test-id="submit-button-pending"]').click();
    await expect(history(page).getByTestId('history-current-summary')).toContainText('待客户回复');

    // same customer, new ticket: "+86 138 1234 5678" instead of "138-1234-5678"
    await page.locator('a[data-test-id="header-tab"][data-entity-id="1003"]').click();
    const entry = history(page).getByTestId('history-entry');
    await expect(entry).toHaveCount(1);
    await expect(entry).toHaveAttribute('data-ticket', '1001');
    await expect(entry).toHaveAttribute('data-unresolved', 'true');
    await expect(entry).toContainText('same phone');
    await expect(history(page).getByTestId('history-returning')).toHaveText('Returning customer: 1 contact in the last 30 days');
    await expect(entry.getByRole('link', { name: 'Open ticket #1001' })).toHaveAttribute('href', /\/agent\/tickets\/1001/);

    await entry.getByRole('button', { name: 'Edit' }).click();
    await entry.getByTestId('history-summary-input').fill('物流滞留，已催促，客户第三次联系');
    await entry.getByTestId('history-note-input').fill('下次直接升级主管');
    await entry.getByRole('button', { name: 'Save' }).click();
    await expect(entry.getByTestId('history-line')).toContainText('物流滞留，已催促，客户第三次联系');

    const again = await openConsole('1003');
    const reread = history(again).getByTestId('history-entry');
    await expect(reread.getByTestId('history-line')).toContainText('物流滞留，已催促，客户第三次联系');
    await expect(reread).toContainText('下次直接升级主管');
    await testInfo.attach('timeline', { body: await again.screenshot(), contentType: 'image/png' });
    if (process.env.HISTORY_SHOT) await history(again).screenshot({ path: process.env.HISTORY_SHOT });
  });

  test('writes made across a service-worker restart are all kept', async ({ context, extensionId, openConsole }) => {
    const page = await openConsole('1002');
    await recorded(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await pushMessage(page, '1002', 'My other order is ORD-2024-00999, same problem.');
    await page.locator('[data-ticket-id="1002"] [data-test-id="submit-button-solved"]').click();
    await expect(history(page).getByTestId('history-current-summary')).toContainText('solved');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await pushMessage(page, '1002', 'You can also mail me at sarah.c@work.example');
    await expect
      .poll(async () => (await storedRecords(context, extensionId)).find((r) => r.id === 'zendesk:1002')?.contactKeys ?? [], FIRST_WRITE)
      .toContain('email:sarah.c@work.example');
    const records = await storedRecords(context, extensionId);
    expect(records.map((r) => r.id)).toEqual(['zendesk:1002']);
    expect(records[0]!.outcome).toBe('solved');
    expect(records[0]!.facts.orderIds).toEqual(expect.arrayContaining(['ORD-2024-00123', 'ORD-2024-00999']));
  });

  test('two tabs of the same ticket writing at once make one record and lose nothing', async ({ context, extensionId, openConsole }) => {
    const [a, b] = await Promise.all([openConsole('1001'), openConsole('1001')]);
    await Promise.all([recorded(a), recorded(b)]);
    await Promise.all([pushMessage(a, '1001', '我的邮箱是 wm.tab.a@example.com'), pushMessage(b, '1001', '另一个邮箱 wm.tab.b@example.com')]);
    await expect
      .poll(async () => (await storedRecords(context, extensionId)).flatMap((r) => r.contactKeys), FIRST_WRITE)
      .toEqual(expect.arrayContaining(['email:wm.tab.a@example.com', 'email:wm.tab.b@example.com', 'phone:+8613812345678', 'user:zendesk:90001']));
    expect((await storedRecords(context, extensionId)).map((r) => r.id)).toEqual(['zendesk:1001']);
  });

  test('the summary is written back to the ticket as an internal note, and audited', async ({ context, extensionId, openConsole }) => {
    const page = await openConsole('1001');
    await recorded(page);
    await history(page).getByTestId('history-writeback').click();
    await expect(history(page).getByTestId('history-writeback-done')).toBeVisible();
    const composer = page.locator('[data-ticket-id="1001"] [data-test-id="omnicomposer-rich-text-ckeditor"]');
    await expect(composer).toContainText('【Deskmate 处理记录】');
    await expect(composer).toContainText('经办 Alex Chen');
    // the composer was switched to an internal note in the console's own state, so posting it keeps it internal
    await expect.poll(() => page.evaluate(() => (window.demoConsole.state('1001') as { composerMode: string }).composerMode)).toBe('internal');
    await page.locator('[data-ticket-id="1001"] [data-test-id="submit-button-open"]').click();
    await expect(page.locator('[data-ticket-id="1001"] article').last().locator('[data-test-id="omni-log-internal-note-tag"]')).toBeVisible();
    const { entries } = await ask<{ entries: Array<{ action: string; ticketId: string; outcome: string; newValue: string }> }>(context, extensionId, 'audit.list', { ticketId: '1001' });
    expect(entries.map((e) => [e.action, e.outcome])).toContainEqual(['history.writeBack', 'ok']);
  });

  test('options page: export, malformed import rejected whole, clear with confirmation, import restores', async ({ context, extensionId, openConsole }) => {
    await recorded(await openConsole('1002'));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#history`);
    const admin = options.getByTestId('history-admin');
    await expect(admin.getByTestId('history-count')).toHaveText('1 handling records stored in this browser.');

    const download = options.waitForEvent('download');
    await admin.getByTestId('history-export').click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { format: string; records: StoredRecord[] };
    expect(file.format).toBe('deskmate-history');
    expect(file.records.map((r) => r.id)).toEqual(['zendesk:1002']);

    await admin.getByTestId('history-clear').click();
    await expect(options.getByRole('alertdialog')).toContainText('Delete all 1 handling records?');
    await admin.getByTestId('history-clear-confirm').click();
    await expect(admin.getByTestId('history-count')).toHaveText('0 handling records stored in this browser.');

    const malformed = { ...file, records: [file.records[0], { ...file.records[0], id: 'zendesk:7', ticketId: '7', lastSeen: -1 }] };
    await admin.getByTestId('history-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(malformed)) });
    await expect(admin.getByTestId('history-notice')).toContainText('Import rejected, nothing was imported');
    await expect(admin.getByTestId('history-issues')).toContainText('records[1].lastSeen');
    await expect(admin.getByTestId('history-count')).toHaveText('0 handling records stored in this browser.');

    await admin.getByTestId('history-import').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(admin.getByTestId('history-notice')).toContainText('Imported 1 records (1 new, 0 merged).');
    await expect(admin.getByTestId('history-count')).toHaveText('1 handling records stored in this browser.');
  });
});
