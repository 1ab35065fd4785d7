import { expect, test } from '../fixtures';
import type { Page } from '@playwright/test';
import { ABUSIVE_ZH, addConsoleDefinition, CUSTOMER_BODY, FREESCOUT_DEFINITION, FREESCOUT_PAGES, readFrames, sampleFrames, serveSavedConsoles, sharedFreeScoutPresent, type SavedConsoles } from '../pages/saved-consoles';

/**
 * Page load, frame by frame: an abusive message present when the page opens is
 * never painted in clear, and no other customer message is hidden for more
 * than 300 ms (issue 12). A requestAnimationFrame sampler installed before any
 * page script checks every customer message body in every frame.
 */
/** Ticket 1001's customer messages (the other open tabs are hidden by the console itself, not by Deskmate). */
const ACTIVE_ZENDESK = `[data-ticket-id="1001"] ${CUSTOMER_BODY.zendesk}`;
let saved: SavedConsoles;
test.beforeAll(async () => {
  saved = await serveSavedConsoles();
});
test.afterAll(async () => {
  await saved.close();
});

/** Every customer message has its final verdict: a sentiment marker each, and the model loaded. */
async function allVerdicts(page: Page, customers: number) {
  // Generous: on the shared 2-core machine a cold model load has taken tens of seconds.
  await expect(page.locator('deskmate-panel .dm-panel [data-testid="dm-model-state"]')).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  await expect(page.locator('[data-deskmate="marker"]')).toHaveCount(customers, { timeout: 60_000 });
  await expect(page.locator('deskmate-mask[data-state="pending"]')).toHaveCount(0);
}

function expectNoBlackout(log: Awaited<ReturnType<typeof readFrames>>, abusive: readonly string[]) {
  const held = Object.entries(log.longestHidden).filter(([id, ms]) => !abusive.includes(id) && ms > 300);
  expect(held, 'customer messages hidden for more than 300 ms without being abusive').toEqual([]);
}

test.describe('masked before first paint, on page load', () => {
  test.describe.configure({ timeout: 240_000 });
  test('saved Agent Workspace with an abusive message in the initial HTML: no frame shows it, nothing else is held', async ({ context, serviceWorker: _sw }) => {
    await sampleFrames(context, ACTIVE_ZENDESK, 'SB');
    const page = await context.newPage();
    await page.goto(`${saved.url}/agent/tickets/1001?n=40&abusive=10`);
    await allVerdicts(page, 20);
    const log = await readFrames(page, ACTIVE_ZENDESK);
    expect(log.frames).toBeGreaterThan(5);
    expect(log.markerVisibleAt, 'frames in which the abusive message was painted in clear').toEqual([]);
    expect(log.maskedNow).toEqual(['g10']);
    expectNoBlackout(log, ['g10']);
    // The agent can still read it.
    await page.locator('deskmate-mask[data-for="g10"]').getByRole('button', { name: /Show/ }).click();
    await expect(page.locator('[data-comment-id="g10"] [data-test-id="omni-log-message-content"]')).toBeVisible();
    await expect(page.locator('[data-comment-id="g10"] [data-test-id="omni-log-message-content"]')).toHaveText(ABUSIVE_ZH);
  });

  test('demo console (rendered by its framework after load) with an abusive first message: no frame shows it', async ({ context, demoUrl, serviceWorker: _sw }) => {
    // The demo's bundle carries its conversations: swap one initial customer message for an abusive one.
    await context.route(/\/assets\/.*\.js$/, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('上周也是这么说的！到底什么时候能送到？？', ABUSIVE_ZH);
      await route.fulfill({ response: res, body });
    });
    await sampleFrames(context, ACTIVE_ZENDESK, 'SB');
    const page = await context.newPage();
    await page.goto(`${demoUrl}/agent/tickets/1001?live=0`);
    await allVerdicts(page, 3);
    const log = await readFrames(page, ACTIVE_ZENDESK);
    expect(log.markerVisibleAt, 'frames in which the abusive message was painted in clear').toEqual([]);
    expect(log.maskedNow).toEqual(['c6']);
    expectNoBlackout(log, ['c6']);
  });

  for (const key of ['zh', 'long'] as const) {
    const fixture = FREESCOUT_PAGES[key];
    const open = async (context: import('@playwright/test').BrowserContext, serviceWorker: import('@playwright/test').Worker) => {
      await addConsoleDefinition(serviceWorker, FREESCOUT_DEFINITION);
      await sampleFrames(context, CUSTOMER_BODY.freescout, key === 'zh' ? 'SB' : '');
      const page = await context.newPage();
      await page.goto(`${saved.url}${fixture.path}`);
      await allVerdicts(page, fixture.customer);
      return readFrames(page, CUSTOMER_BODY.freescout);
    };

    test(`saved FreeScout page ${fixture.file} through the FreeScout definition: abusive messages never painted, the others never held`, async ({ context, serviceWorker }) => {
      test.skip(!sharedFreeScoutPresent(), '../shared/fixtures/freescout is not present in this checkout: saved FreeScout pages skipped');
      const log = await open(context, serviceWorker);
      expect(log.markerVisibleAt, 'frames in which the abusive message was painted in clear').toEqual([]);
      expectNoBlackout(log, log.maskedNow);
      for (const id of fixture.abusive) expect(log.maskedNow).toContain(id);
    });

    // Masking precision is the classifier's (issue 12 stays open on it). The bundled model masks some benign messages:
    // on the first blind run zh #15 (a sarcastic complaint) and long #154 (an invoice still shown as open); with
    // models v5.1 #154 still, and #15 on some runs (a score near the threshold). So this test holds recall (every
    // labelled abusive message is masked) and reports benign masked ones as an annotation instead of hiding them
    // behind a known-failure mark whose outcome would depend on the run.
    test(`saved FreeScout page ${fixture.file}: every labelled abusive message is masked; benign masked ones are reported`, async ({ context, serviceWorker }, testInfo) => {
      test.skip(!sharedFreeScoutPresent(), '../shared/fixtures/freescout is not present in this checkout: saved FreeScout pages skipped');
      const log = await open(context, serviceWorker);
      for (const id of fixture.abusive) expect(log.maskedNow, `abusive message #${id} is masked`).toContain(id);
      const benign = log.maskedNow.filter((id) => !(fixture.abusive as readonly string[]).includes(id)).sort();
      testInfo.annotations.push({ type: 'masking precision (issue 12)', description: benign.length ? `benign messages masked: #${benign.join(', #')}` : 'no benign message masked' });
      expect(benign.length, 'benign messages masked (precision: at most one per page while the model is below target)').toBeLessThanOrEqual(1);
    });
  }
});
