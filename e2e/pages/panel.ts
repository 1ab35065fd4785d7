import { expect, type Locator, type Page } from '@playwright/test';
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
  // Wait for the section's own toggle before deciding: checking a count at once raced the first render.
  const toggle = section.locator('button[aria-expanded]').first();
  await toggle.waitFor();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return section.locator('[data-testid="dm-messages"] li');
}
