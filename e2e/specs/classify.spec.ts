import { expect, test } from '../fixtures';
import { panel, panelSection, pushMessage } from '../pages/panel';
import type { Page } from '@playwright/test';

const ABUSIVE = '你们客服都是SB吗，垃圾服务';

/** The newest message's content element in the active ticket. */
const lastContent = (page: Page, ticketId: string) =>
  page.locator(`[data-ticket-id="${ticketId}"] [data-test-id="omni-log-message-content"]`).last();

/** Records, in the page, how the newest customer message looked in the first frame after it arrived. */
async function watchFirstFrame(page: Page, ticketId: string) {
  await page.evaluate((id) => {
    const log = document.querySelector(`[data-ticket-id="${id}"] [data-test-id="omni-log-container"]`)!;
    (window as unknown as { firstFrame: Promise<unknown> }).firstFrame = new Promise((resolve) => {
      new MutationObserver((_r, obs) => {
        const items = log.querySelectorAll('[data-test-id="omni-log-message-content"]');
        const el = items[items.length - 1] as HTMLElement;
        obs.disconnect();
        requestAnimationFrame(() => resolve({ text: el.textContent, display: getComputedStyle(el).display, mask: el.getAttribute('data-deskmate-mask'), height: el.getBoundingClientRect().height }));
      }).observe(log, { childList: true });
    });
  }, ticketId);
}

test.describe('on-device classification and abuse masking', () => {
  test('an abusive message arriving live is hidden before it is painted, and Show reveals it', async ({ openConsole }, testInfo) => {
    const page = await openConsole('1001');
    await expect(panel(page).getByTestId('dm-model-state')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await watchFirstFrame(page, '1001');
    await pushMessage(page, '1001', ABUSIVE);
    const first = (await page.evaluate(() => (window as unknown as { firstFrame: Promise<unknown> }).firstFrame)) as { text: string; display: string; height: number };
    expect(first.text).toContain('SB');
    expect(first.display).toBe('none');
    expect(first.height).toBe(0);
    await testInfo.attach('right-after-arrival', { body: await page.screenshot(), contentType: 'image/png' });
    const content = lastContent(page, '1001');
    await expect(content).toBeHidden();
    const placeholder = page.locator('deskmate-mask').last();
    await expect(placeholder).toHaveAttribute('data-state', 'hidden');
    await expect(placeholder).toContainText('Message hidden: abusive language');
    await placeholder.getByRole('button', { name: /Show/ }).click();
    await expect(content).toBeVisible();
    await expect(content).toHaveText(ABUSIVE);
    await placeholder.getByRole('button', { name: /Hide again/ }).press('Enter');
    await expect(content).toBeHidden();
  });

  test('clean messages stay visible and every customer message gets a sentiment marker and a trend point', async ({ openConsole }) => {
    const page = await openConsole('1002');
    await expect(panel(page).getByTestId('dm-model-state')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await pushMessage(page, '1002', 'This is terrible. I am very disappointed and angry with your service.');
    await expect(lastContent(page, '1002')).toBeVisible();
    const markers = page.locator('[data-ticket-id="1002"] [data-deskmate="marker"]');
    await expect(markers).toHaveCount(3);
    await expect(markers.last()).toHaveAttribute('data-sentiment', 'negative');
    await expect(panel(page).locator('[data-testid="dm-trend"] circle')).toHaveCount(3);
    await expect(panel(page).locator('[data-testid="dm-trend"] circle').last()).toHaveAttribute('data-sentiment', 'negative');
    await expect(panel(page).getByTestId('dm-escalation')).toHaveCount(0);
  });

  test('an escalating conversation raises the hint with its reasons, and one click raises the priority (undoable)', async ({ openConsole }) => {
    const page = await openConsole('1001');
    await pushMessage(page, '1001', '已经第三次联系你们了，再不解决我就投诉到12315！');
    await pushMessage(page, '1001', ABUSIVE);
    const hint = panel(page).getByTestId('dm-escalation');
    await expect(hint).toBeVisible({ timeout: 30_000 });
    await expect(hint.locator('[data-signal="threat"]')).toContainText('12315');
    await expect(hint.locator('[data-signal="abuse"]')).toBeVisible();
    await hint.getByTestId('dm-raise-priority').click();
    await expect.poll(() => page.evaluate(() => (window.demoConsole.state('1001') as { priority: string }).priority)).toBe('urgent');
    await expect(page.locator('[data-ticket-id="1001"] [data-test-id="ticket-fields-priority-select"] [role="combobox"]')).toHaveText('Urgent');
    await hint.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.evaluate(() => (window.demoConsole.state('1001') as { priority: string }).priority)).toBe('normal');
  });

  test('switching masking off in the options page unmasks the console', async ({ context, extensionId, openConsole }) => {
    const page = await openConsole('1001');
    await pushMessage(page, '1001', ABUSIVE);
    await expect(lastContent(page, '1001')).toBeHidden({ timeout: 30_000 });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#features`);
    const masking = options.locator('[data-setting="features.abuseMasking"] input');
    await masking.click();
    await expect(masking).not.toBeChecked();
    await expect(lastContent(page, '1001')).toBeVisible();
    await expect(page.locator('deskmate-mask')).toHaveCount(0);
    await expect(panelSection(page, 'classify')).toBeVisible();
  });
});
