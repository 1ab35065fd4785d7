import { expect, test } from '../fixtures';
import { openMessagesList, panel, panelSection, pushMessage } from '../pages/panel';

test.describe('foundation: the panel reads the console', () => {
  test('mounts on the demo console and reads every message of the active ticket', async ({ openConsole }) => {
    const page = await openConsole('1001');
    await expect(panel(page).getByTestId('dm-reading')).toHaveText('Reading Zendesk Agent Workspace · ticket #1001');
    await expect(panel(page).getByTestId('dm-requester')).toContainText('Wang Min');
    const items = await openMessagesList(page);
    await expect(items).toHaveCount(6);
    await expect(items.nth(0)).toHaveAttribute('data-role', 'customer');
    await expect(items.nth(0)).toContainText('240312598746');
    await expect(items.nth(3)).toContainText('Internal note');
    // the panel sits in its own shadow root: the console's styles and DOM queries do not see into it
    expect(await page.evaluate(() => document.querySelectorAll('.dm-panel').length)).toBe(0);
  });

  test('follows live messages and tab switches, scoped to the active ticket', async ({ openConsole }) => {
    const page = await openConsole('1001');
    const items = await openMessagesList(page);
    await expect(items).toHaveCount(6);
    await pushMessage(page, '1001', '请尽快处理，谢谢');
    await expect(items).toHaveCount(7);
    await expect(items.last()).toContainText('请尽快处理');
    // a message arriving in a background tab is not part of the active ticket
    await pushMessage(page, '1002', 'Any news on my refund?');
    await page.waitForTimeout(300);
    await expect(items).toHaveCount(7);
    await page.locator('a[data-test-id="header-tab"][data-entity-id="1002"]').click();
    await expect(panel(page).getByTestId('dm-reading')).toHaveText(/ticket #1002/);
    await expect(panel(page).getByTestId('dm-requester')).toContainText('Sarah Connor');
    await expect(items).toHaveCount(4);
    await expect(items.last()).toContainText('Any news on my refund?');
  });

  test('is keyboard reachable and collapsible', async ({ openConsole }) => {
    const page = await openConsole('1002');
    const toggle = panel(page).locator('.dm-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Alt+Shift+KeyD');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(panelSection(page, 'requester')).toBeVisible();
  });

  test('reads a console defined by selectors once a manager adds its definition', async ({ context, extensionId, demoUrl }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#consoles`);
    const definition = (await import('../../lib/consoles/definitions/acme.json', { with: { type: 'json' } })).default;
    const field = options.locator('[data-setting="consoles.definitions"] textarea');
    await field.fill(JSON.stringify([definition]));
    // Checked as typed, saved only on Save (never on blur).
    await options.getByTestId('definitions-save').click();
    await expect(field).toHaveValue(/"acme"/);
    const page = await context.newPage();
    await page.goto(`${demoUrl}/acme/conversation.html`);
    await expect(panel(page).getByTestId('dm-reading')).toHaveText(/Acme Helpdesk/);
    await expect(panel(page).getByTestId('dm-requester')).toContainText('Tom Baker');
    const items = await openMessagesList(page);
    await expect(items).toHaveCount(4);
    await expect(items.first()).toContainText('billed twice');
    await expect(items.nth(2)).toContainText('Internal note');
    await page.evaluate(() => (window as unknown as { acme: { push(t: string): void } }).acme.push('Hello? Anyone there?'));
    await expect(items).toHaveCount(5);
    await expect(items.last()).toContainText('Anyone there?');
    // the options page tests the definition's selectors on that open tab and names what they found
    await options.bringToFront();
    await options.getByTestId('check-acme').click();
    const result = options.getByTestId('check-result-acme');
    await expect(result).toContainText('Every selector found something; 5 messages read.');
    await expect(result.locator('tr', { hasText: 'messages.item' })).toContainText('5');
  });
});

test.describe('foundation: settings, database and popup', () => {
  test('a change on the options page reaches the open panel live', async ({ context, extensionId, openConsole }) => {
    const page = await openConsole('1001');
    await expect(panel(page)).toHaveAttribute('lang', 'en');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#features`);
    await options.locator('[data-setting="ui.language"] select').selectOption('zh-CN');
    await expect(panel(page)).toHaveAttribute('lang', 'zh-CN');
    await expect(panel(page).getByTestId('dm-reading')).toHaveText('正在读取 Zendesk Agent Workspace · 工单 #1001');
    await expect(options.locator('h1')).toHaveText('Deskmate 设置');
  });

  test('an invalid value is explained next to the field and nothing is saved', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#history`);
    const input = options.locator('[data-setting="history.retentionDays"] input');
    await input.fill('-5');
    await input.press('Enter');
    await expect(options.getByTestId('error-history.retentionDays')).toContainText(/>=1|too small/i);
    await options.reload();
    await expect(options.locator('[data-setting="history.retentionDays"] input')).toHaveValue('180');
  });

  test('the extension database answers through the protocol', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#about`);
    await expect(options.getByTestId('db-stats')).toContainText('0 handling records');
  });

  test('the popup says which console and ticket, and pauses Deskmate', async ({ context, extensionId, openConsole }) => {
    const page = await openConsole('1002');
    await expect(panel(page).getByTestId('dm-reading')).toHaveText(/#1002/);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-state')).toHaveText('Active on this tab');
    await expect(popup.locator('main')).toContainText('Ticket: #1002');
    await popup.getByTestId('popup-pause').click();
    await expect(panel(page)).toHaveAttribute('data-status', 'paused');
    await popup.getByTestId('popup-pause').click();
    await expect(panel(page)).toHaveAttribute('data-status', 'active');
  });

  test('page scripts cannot talk to the extension', async ({ openConsole, extensionId }) => {
    const page = await openConsole('1001');
    const result = await page.evaluate(async (id) => {
      const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      if (!chromeApi?.runtime?.sendMessage) return 'no runtime.sendMessage for pages';
      try {
        await (chromeApi.runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, { deskmate: 1, to: 'background', name: 'settings.get', payload: {} });
        return 'answered';
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, extensionId);
    expect(result).not.toBe('answered');
  });
});
