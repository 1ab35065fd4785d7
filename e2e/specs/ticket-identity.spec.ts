import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from '../fixtures';
import { panel, panelSection } from '../pages/panel';

/**
 * Ticket identity under in-page navigation: ticket → ticket → list → ticket
 * without a page load (pushState), on the Zendesk replica and on a console
 * read through a definition. No stored record may hold anything read under
 * another ticket, a list page is never a ticket, and coming back to a ticket
 * is recognised as a revisit of the same record.
 */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; storage: { local: { set(v: unknown): Promise<void> } } };

interface StoredRecord {
  id: string;
  ticketId: string;
  consoleId: string;
  consoleName?: string;
  contactKeys: string[];
  customerName: string | null;
  facts: { orderIds: string[]; trackingNumbers: string[] };
  visits?: number;
  ticketCreatedAt?: number | null;
}

/**
 * Asks the offscreen database directly from the service worker (the offscreen document exists once the panel has
 * recorded anything): no extension page to load, which takes tens of seconds on a loaded 2-core machine.
 */
async function askOffscreen<T>(worker: Worker, name: string, payload: unknown): Promise<T> {
  const reply = (await worker.evaluate(([n, p]) => chrome.runtime.sendMessage({ deskmate: 1, to: 'offscreen', name: n, payload: p }), [name, payload] as const)) as { ok: boolean; value: T; error?: string };
  if (!reply?.ok) throw new Error(`${name}: ${reply?.error ?? 'no answer'}`);
  return reply.value;
}

const records = async (worker: Worker) => (await askOffscreen<{ records: StoredRecord[] }>(worker, 'history.export', {})).records;

/** Waits until the store holds a record for each ticket with what is expected of it. */
async function waitForRecords(worker: Worker, check: (r: StoredRecord[]) => boolean): Promise<StoredRecord[]> {
  let last: StoredRecord[] = [];
  await expect.poll(async () => check((last = await records(worker))), { timeout: 30_000 }).toBe(true);
  return last;
}

/** A manager's console definitions, stored as the options page stores them. */
async function useDefinitions(worker: Worker, definitions: unknown[]): Promise<void> {
  await worker.evaluate((defs) => chrome.storage.local.set({ settings: { consoles: { definitions: defs } } }), JSON.parse(JSON.stringify(definitions)));
}

const reading = (page: Page) => panel(page).getByTestId('dm-reading');
const FIRST = { timeout: 30_000 };

test.describe('ticket identity across in-page navigation', () => {
  // Several first writes in a fresh profile (each creates the offscreen document and models) on a loaded 2-core machine.
  test.describe.configure({ timeout: 180_000 });
  test('Zendesk replica: ticket → ticket → view → ticket never mixes two customers, and the revisit is recognised', async ({ context: _context, serviceWorker, openConsole }) => {
    const page = await openConsole('1001');
    await expect(reading(page)).toHaveText(/#1001/);
    await expect(panelSection(page, 'history').getByTestId('history-current-summary')).toBeVisible(FIRST);

    await page.locator('a[data-test-id="header-tab"][data-entity-id="1002"]').click();
    await expect(reading(page)).toHaveText(/#1002/);
    await expect(panelSection(page, 'history').getByTestId('history-current-summary')).toContainText(/Sarah|Connor|blender|Refund/i, FIRST);

    // A view (the ticket list) is not a ticket: nothing is read as one.
    await page.locator('[data-test-id="views-link"]').click();
    await expect(page).toHaveURL(/\/agent\/filters\/1/);
    await expect(reading(page)).toHaveText(/No ticket open/);

    await page.locator('[data-test-id="views-ticket-link"]', { hasText: '#1001' }).click();
    await expect(reading(page)).toHaveText(/#1001/);
    await expect(panelSection(page, 'history').getByTestId('history-revisit')).toContainText('Opened 2 times', FIRST);

    const stored = await waitForRecords(serviceWorker, (rs) => rs.some((r) => r.ticketId === '1001' && (r.visits ?? 0) >= 2) && rs.some((r) => r.ticketId === '1002' && r.contactKeys.length > 0));
    expect(stored.map((r) => r.id).sort()).toEqual(['zendesk:1001', 'zendesk:1002']);
    const wang = stored.find((r) => r.ticketId === '1001')!;
    const sarah = stored.find((r) => r.ticketId === '1002')!;
    // Each record holds its own customer only.
    expect(wang.contactKeys.join(' ')).not.toMatch(/sarah|90002|4155550199/i);
    expect(sarah.contactKeys.join(' ')).not.toMatch(/wangmin|90001|8613812345678/i);
    expect(wang.facts.orderIds).not.toContain('ORD-2024-00123');
    expect(sarah.facts.orderIds).not.toContain('240312598746');
    expect(wang.consoleName).toBe('Zendesk Agent Workspace');
    // Dated by the ticket's own first message (42 minutes before the page opened), not when Deskmate saw it.
    expect(wang.ticketCreatedAt).toBeLessThan(Date.now() - 30 * 60_000);
  });

  test('a console defined by selectors: case → case → list → case, signatures left out, no list read as a ticket', async ({ context, demoUrl, serviceWorker }) => {
    const definition = (await import('../../lib/consoles/definitions/acme.json', { with: { type: 'json' } })).default;
    await useDefinitions(serviceWorker, [definition]);
    const page = await context.newPage();
    await page.goto(`${demoUrl}/acme/conversation.html`);
    await expect(reading(page)).toHaveText(/Acme Helpdesk · ticket #77/, FIRST);
    await expect(panelSection(page, 'history').getByTestId('history-current-summary')).toBeVisible(FIRST);
    await page.locator('nav.cases a[data-go="78"]').click();
    await expect(reading(page)).toHaveText(/#78/);
    await expect(panelSection(page, 'history').getByTestId('history-current-summary')).toContainText(/李娜|DD20261120001/, FIRST);
    await page.locator('nav.cases a[data-go="list"]').click();
    await expect(reading(page)).toHaveText(/No ticket open/);
    await page.locator('#case.list a[data-go="77"]').click();
    await expect(reading(page)).toHaveText(/#77/);
    await expect(panelSection(page, 'history').getByTestId('history-revisit')).toBeVisible(FIRST);

    const stored = await waitForRecords(serviceWorker, (rs) => rs.filter((r) => r.consoleId === 'acme').length === 2 && rs.some((r) => r.id === 'acme:77' && (r.visits ?? 0) >= 2));
    expect(stored.filter((r) => r.consoleId === 'acme').map((r) => r.id).sort()).toEqual(['acme:77', 'acme:78']);
    const tom = stored.find((r) => r.id === 'acme:77')!;
    const lina = stored.find((r) => r.id === 'acme:78')!;
    expect(tom.contactKeys.join(' ')).not.toMatch(/lina|13912345678/);
    expect(lina.contactKeys.join(' ')).not.toMatch(/tom\.baker|442079460958/);
    expect(lina.facts.orderIds).not.toContain('INV-2024-0042');
    expect(tom.consoleName).toBe('Acme Helpdesk');
  });
});

test.describe('internal notes through a console definition', () => {
  test.describe.configure({ timeout: 120_000 });
  async function defineAcme(worker: Worker, withInternalChannel: boolean): Promise<void> {
    const definition = (await import('../../lib/consoles/definitions/acme.json', { with: { type: 'json' } })).default as Record<string, unknown>;
    await useDefinitions(worker, [withInternalChannel ? definition : { ...definition, internalNote: undefined }]);
  }

  const auditOf = async (worker: Worker) => (await askOffscreen<{ entries: Array<Record<string, string>> }>(worker, 'audit.list', { ticketId: '77', limit: 50 })).entries;

  test('the summary goes only into the declared internal channel, confirmed on the page', async ({ context, demoUrl, serviceWorker }) => {
    await defineAcme(serviceWorker, true);
    const page = await context.newPage();
    await page.goto(`${demoUrl}/acme/conversation.html`);
    const history = panelSection(page, 'history');
    await expect(history.getByTestId('history-current-summary')).toBeVisible(FIRST);
    await history.getByTestId('history-writeback').click();
    await expect(history.getByTestId('history-writeback-done')).toBeVisible();
    await expect(page.locator('#reply-internal')).toBeChecked();
    await expect(page.locator('#reply')).toHaveValue(/\[Deskmate handling note\]/);
    await expect.poll(async () => (await auditOf(serviceWorker)).some((e) => e.action === 'history.writeBack' && e.outcome === 'ok'), FIRST).toBe(true);
  });

  test('without a declared internal channel the note is refused, the reply stays empty, and the audit says so', async ({ context, demoUrl, serviceWorker }) => {
    await defineAcme(serviceWorker, false);
    const page = await context.newPage();
    await page.goto(`${demoUrl}/acme/conversation.html`);
    const history = panelSection(page, 'history');
    await expect(history.getByTestId('history-current-summary')).toBeVisible(FIRST);
    await history.getByTestId('history-writeback').click();
    await expect(history.getByTestId('history-writeback-error')).toContainText('no internal-note channel');
    await expect(page.locator('#reply')).toHaveValue('');
    await expect(page.locator('#reply-internal')).not.toBeChecked();
    await expect.poll(async () => (await auditOf(serviceWorker)).some((e) => e.action === 'history.writeBack' && e.outcome === 'error'), FIRST).toBe(true);
    expect((await auditOf(serviceWorker)).some((e) => e.action === 'history.writeBack' && e.outcome === 'ok')).toBe(false);
  });
});
