import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { openMessagesList, panelSection } from '../pages/panel';

/**
 * A real Zendesk form names custom fields by their numeric id
 * (`ticket-form-field-text-field-360001`). A manager maps "order number =
 * custom field 360001" as the console's admin shows it, and Fill writes
 * there; the agent's signature inside the comment body is not read as part
 * of the message (its mailbox is not the customer's).
 */
declare const chrome: { storage: { local: { set(v: unknown): Promise<void> } } };

const card = (page: Page) => panelSection(page, 'autofill');
const consoleState = (page: Page, id: string) => page.evaluate((t) => window.demoConsole.state(t)!, id);

test('Fill writes the order number into the custom field a manager mapped by its numeric id; signatures stay out', async ({ serviceWorker, openConsole }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { autofill: { fieldMapping: { zendesk: { order_id: 'custom field 360001' } } } } }));
  const page = await openConsole('1002');
  const values = (kind: string) => card(page).locator(`li[data-kind="${kind}"] [data-testid="af-value"]`);
  await expect(values('order_id')).toHaveText('ORD-2024-00123');
  // The agent's signature (care@example.com, +1 415 555 0100) sits inside the comment body on the page: it is read as
  // neither message text nor the customer's e-mail.
  await expect(page.locator('[data-ticket-id="1002"] .signature').first()).toContainText('care@example.com');
  const items = await openMessagesList(page);
  await expect(items.nth(1)).toContainText('Could you share a photo');
  await expect(items.nth(1)).not.toContainText('care@example.com');
  await expect(values('email')).toHaveText(['sarah.connor@example.com']);
  await card(page).getByTestId('af-fill').click();
  await expect(card(page).getByTestId('af-status')).toContainText('Filled');
  await expect.poll(async () => (await consoleState(page, '1002')).custom['field-360001']).toBe('ORD-2024-00123');
  // The default field is not written: the mapping replaced it.
  expect((await consoleState(page, '1002')).custom.custom_order_number ?? '').toBe('');
});
