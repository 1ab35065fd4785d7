import type { Locator, Page } from '@playwright/test';
import type {} from '../../demo/src/App';

/** The Deskmate panel inside its shadow root (Playwright's CSS locators pierce open shadow roots). */
export function panel(page: Page): Locator {
  return page.locator('deskmate-panel .dm-panel');
}

export function panelSection(page: Page, id: string): Locator {
  return panel(page).locator(`[data-section="${id}"]`);
}

/** Make a chat message arrive in the demo console, as a customer (default) or agent would send it. */
export async function pushMessage(page: Page, ticketId: string, text: string, role: 'end-user' | 'agent' | 'internal' = 'end-user'): Promise<void> {
  await page.evaluate(([id, t, r]) => window.demoConsole.push(id!, t!, r as 'end-user'), [ticketId, text, role]);
}

export async function openMessagesList(page: Page): Promise<Locator> {
  const section = panelSection(page, 'messages');
  const toggle = section.getByRole('button', { expanded: false });
  if (await toggle.count()) await toggle.click();
  return section.locator('[data-testid="dm-messages"] li');
}
