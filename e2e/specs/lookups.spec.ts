import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from '../fixtures';
import { panelSection } from '../pages/panel';
import { exampleConnectors, startOrderSystem, type OrderSystem } from '../servers/order-system.mjs';

/** The extension API inside `evaluate` callbacks (they run in the service worker or an extension page). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/**
 * Issue 8 end to end: the mock order system runs on its own localhost port
 * (another origin than the demo console); connectors come from settings; the
 * agent's session is the cookie set by visiting the system's /login.
 */
let oms: OrderSystem;
test.beforeAll(async () => {
  oms = await startOrderSystem({ port: 0, slowMs: 3000 });
});
test.afterAll(async () => {
  await oms.close();
});
test.beforeEach(() => oms.stats.reset());

const ORDER = '240312598746';

async function useConnectors(sw: Worker, ids: string[]): Promise<void> {
  const connectors = exampleConnectors(oms.url).filter((c) => ids.includes(c.id));
  expect(connectors.map((c) => c.id).sort()).toEqual([...ids].sort());
  await sw.evaluate((list) => chrome.storage.local.set({ settings: { lookups: { connectors: list } } }), connectors);
}

/** As an agent would: sign in to the system in another tab. */
async function signIn(context: BrowserContext): Promise<void> {
  const tab = await context.newPage();
  await tab.goto(`${oms.url}/login`);
  await expect(tab.locator('h1')).toHaveText('Signed in to Acme OMS');
  await tab.close();
}

const card = (page: Page, connectorId: string) => panelSection(page, 'lookups').locator(`.dm-lookup[data-connector="${connectorId}"]`);

async function auditEntries(context: BrowserContext, extensionId: string): Promise<Array<Record<string, string>>> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: 'audit.list', payload: {} }));
  await page.close();
  return (reply as { value: { entries: Array<Record<string, string>> } }).value.entries;
}

test.describe('lookups: order and logistics answers in the panel', () => {
  test('ticket 1001 shows the mapped order and shipment; Insert puts the templated reply into the composer; audited without customer data', async ({ context, serviceWorker, extensionId, openConsole }) => {
    await useConnectors(serviceWorker, ['oms-order', 'logistics-tracking']);
    await signIn(context);
    const page = await openConsole('1001');
    const order = card(page, 'oms-order');
    await expect(order.locator('[data-label="Status"] dd')).toHaveText('Shipped');
    await expect(order.locator('[data-label="Carrier"] dd')).toHaveText('SF Express');
    await expect(order.locator('.dm-lookup-items tbody tr')).toHaveCount(2);
    await expect(order.getByTestId('dm-lookup-meta')).toContainText('Fetched at');
    await expect(card(page, 'logistics-tracking').locator('[data-label="Shipment status"] dd')).toHaveText('In transit');

    await order.getByRole('button', { name: 'Insert into reply' }).click();
    const composer = page.getByLabel('Ticket #1001').locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
    await expect(composer).toContainText('Your order is Shipped. It ships with SF Express (tracking number SF1234567890123) and should arrive by');
    await expect(order.getByRole('status')).toHaveText('Inserted into the reply');
    await order.getByRole('button', { name: 'Copy' }).click();
    await expect(order.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Order status \(240312598746\)\nStatus: Shipped\nCarrier: SF Express\n/);

    // Requests went only to the configured system, from the extension (never from the console page), with the agent's session.
    const api = oms.stats.requests.filter((r) => r.path.startsWith('/api/'));
    expect(api.map((r) => r.path).sort()).toEqual([`/api/logistics/SF1234567890123`, `/api/orders/${ORDER}`]);
    for (const r of api) {
      expect(r.authenticated).toBe(true);
      // With the host permission a GET from the service worker carries no Origin at all.
      expect([null, `chrome-extension://${extensionId}`]).toContain(r.origin);
    }

    const entries = await auditEntries(context, extensionId);
    const lookups = entries.filter((e) => e.action.startsWith('lookup:'));
    expect(lookups.map((e) => [e.action, e.field, e.outcome]).sort()).toEqual([
      ['lookup:logistics-tracking', 'tracking_number', 'ok'],
      ['lookup:oms-order', 'order_id', 'ok'],
    ]);
    for (const e of lookups) expect(JSON.stringify(e)).not.toMatch(/240312598746|SF1234567890123|Shipped/);
    expect(entries.find((e) => e.action === 'reply:insert')).toMatchObject({ ticketId: '1001', outcome: 'ok', detail: 'lookup:oms-order' });
  });

  test('the flaky endpoint succeeds after retries', async ({ context, serviceWorker, openConsole }) => {
    await useConnectors(serviceWorker, ['oms-order-flaky']);
    await signIn(context);
    const page = await openConsole('1001');
    const flaky = card(page, 'oms-order-flaky');
    await expect(flaky.locator('[data-label="Status"] dd')).toHaveText('Shipped');
    await expect(flaky.getByTestId('dm-lookup-meta')).toContainText('after 3 attempts');
    expect(oms.stats.hitCount(`GET /api/flaky/orders/${ORDER}`)).toBe(3);
  });

  test('a system that does not answer in time: "still trying (attempt n)", then the last error', async ({ context, serviceWorker, openConsole }) => {
    test.setTimeout(60_000);
    await useConnectors(serviceWorker, ['oms-order-slow']); // timeoutMs 2000, the mock answers after 3000
    await signIn(context);
    const page = await openConsole('1001');
    const slow = card(page, 'oms-order-slow');
    await expect(slow.getByTestId('dm-lookup-progress')).toHaveText('Still trying (attempt 2)…', { timeout: 15_000 });
    await expect(slow.getByTestId('dm-lookup-error')).toHaveText('Acme OMS did not answer within 2 s (tried 2 times).', { timeout: 20_000 });
    expect(oms.stats.hitCount(`GET /api/slow/orders/${ORDER}`)).toBe(2);
  });

  test('401 shows the sign-in hint naming the system; after signing in, Refresh answers', async ({ context, serviceWorker, openConsole }) => {
    await useConnectors(serviceWorker, ['oms-order', 'oms-order-private']);
    const page = await openConsole('1001');
    const hint = 'Sign in to Acme OMS in another tab, then press Refresh.';
    await expect(card(page, 'oms-order').getByTestId('dm-lookup-error')).toHaveText(hint);
    await expect(card(page, 'oms-order-private').getByTestId('dm-lookup-error')).toHaveText(hint);
    // 401 is not retried: one request each.
    expect(oms.stats.hitCount(`GET /api/private/orders/${ORDER}`)).toBe(1);

    await signIn(context);
    await card(page, 'oms-order').getByRole('button', { name: 'Refresh' }).click();
    await expect(card(page, 'oms-order').locator('[data-label="Status"] dd')).toHaveText('Shipped');
    await card(page, 'oms-order-private').getByRole('button', { name: 'Refresh' }).click();
    await expect(card(page, 'oms-order-private').getByTestId('dm-lookup-error')).toHaveText(hint);
    expect(oms.stats.hitCount(`GET /api/private/orders/${ORDER}`)).toBe(2);
  });

  test('options: connectors listed with their access, edited with field-path errors, tested against a sample value; an ungranted origin is never contacted', async ({ context, serviceWorker, extensionId, openConsole }) => {
    await useConnectors(serviceWorker, ['oms-order']);
    await signIn(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#lookups`);
    const row = options.locator('[data-connector-row="oms-order"]');
    await expect(row).toContainText(`Contacts ${oms.url}/*`);
    await expect(row.getByTestId('lookups-granted')).toBeVisible();

    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = options.getByTestId('lookups-editor');
    const good = await editor.inputValue();
    await editor.fill(good.replace('"pointer": "/order/statusText/en"', '"pointr": "/order/statusText/en"'));
    await expect(options.getByTestId('lookups-issues')).toContainText('mapping.fields[0]');
    await expect(options.getByRole('button', { name: 'Save' })).toBeDisabled();
    await editor.fill(good.replace('/order/shipping/carrier', '/order/shipping/courier'));
    await options.getByLabel('Sample value').fill(ORDER);
    await options.getByRole('button', { name: 'Test' }).click();
    await expect(options.getByTestId('lookups-test-outcome')).toContainText('/order/shipping/courier could not be read');
    await expect(options.getByTestId('lookups-raw')).toContainText('"carrier":"SF Express"');
    const mapped = options.getByTestId('lookups-mapped');
    await expect(mapped.locator('tr', { hasText: 'Status' }).first()).toContainText('Shipped');
    await expect(mapped.locator('tr', { hasText: 'Carrier' })).toContainText('/order/shipping/courier');
    await options.getByRole('button', { name: 'Cancel' }).click();

    // A new connector on a host Deskmate holds no permission for: the Grant button, and nothing is sent.
    await options.getByRole('button', { name: 'Add connector' }).click();
    await options.getByRole('button', { name: 'Save' }).click();
    const added = options.locator('[data-connector-row="new-connector"]');
    await expect(added.getByRole('button', { name: 'Grant access to https://oms.example.internal/*' })).toBeVisible();
    const page = await openConsole('1001');
    await expect(card(page, 'new-connector').getByTestId('dm-lookup-error')).toHaveText('Deskmate is not allowed to contact https://oms.example.internal/*. Grant access on the options page.');
    await expect(card(page, 'oms-order').locator('[data-label="Status"] dd')).toHaveText('Shipped');
  });
});
