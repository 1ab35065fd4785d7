import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { openMessagesList, panelSection, pushMessage } from '../pages/panel';

/**
 * Issue 16 end to end: a question nothing in the KB answers; the agent finds the article with the
 * panel's own search and inserts it; the same question in another ticket now suggests that article
 * first; the learnt phrasing is on the options page and in its CSV export.
 */
const KB_SAMPLE = resolve(import.meta.dirname, '../../demo/kb/kb-sample.csv');
/** The first search builds the index and loads the model; on a busy 2-core machine that has taken over 20 s. */
const FIRST = { timeout: 60_000 };
test.describe.configure({ timeout: 240_000 });
const QUESTION = 'Can I settle this with bitcoin or some other crypto coin?';
const ANSWER = 'Payment methods we accept';

async function importSample(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#knowledge`);
  await options.getByTestId('knowledge-import').setInputFiles(KB_SAMPLE);
  await expect(options.getByTestId('knowledge-count')).toHaveText('12 articles in the knowledge base');
  return options;
}

const knowledge = (page: Page) => panelSection(page, 'knowledge');
const titles = (page: Page) => knowledge(page).locator('.dm-kb-card .dm-kb-title');

test('an article the agent inserts for an unanswered question is suggested first for it in a new ticket, listed and exported', async ({ context, extensionId, openConsole }) => {
  const options = await importSample(context, extensionId);

  // Ticket 1002: the customer asks something no article's words answer.
  const first = await openConsole('1002');
  await expect(titles(first).first()).toBeVisible(FIRST);
  const messages = await openMessagesList(first);
  const before = await messages.count();
  await pushMessage(first, '1002', QUESTION);
  // The panel has read the new message and its suggestions search has run: a lookup started earlier
  // would (by design) give way to the suggestions for a message the panel had not seen yet.
  await expect(messages).toHaveCount(before + 1, FIRST);
  await first.waitForTimeout(2000);
  await expect(knowledge(first).getByText('The latest question matched no article well', { exact: false })).toBeVisible(FIRST);
  await expect(titles(first).first()).not.toHaveText(ANSWER);

  // The agent looks the answer up and inserts it.
  await knowledge(first).getByTestId('dm-kb-lookup').fill('payment methods');
  await knowledge(first).getByTestId('dm-kb-lookup').press('Enter');
  await expect(knowledge(first).getByText('Results for “payment methods”')).toBeVisible(FIRST);
  const found = knowledge(first).locator('.dm-kb-card', { has: first.locator('.dm-kb-title', { hasText: ANSWER }) });
  // A real (trusted) click: the panel ignores events a page script could forge, dispatched ones included.
  await found.getByRole('button', { name: 'Insert' }).click();
  await expect(first.locator('[data-ticket-id="1002"] [data-test-id="omnicomposer-rich-text-ckeditor"]')).toContainText('We accept Visa');

  // Ticket 1003, another customer, the same question: that article comes first, as a confident suggestion.
  const second = await openConsole('1003');
  await expect(titles(second).first()).toBeVisible(FIRST);
  await pushMessage(second, '1003', QUESTION);
  await expect(titles(second).first()).toHaveText(ANSWER, FIRST);
  await expect(knowledge(second).locator('.dm-kb-card').first()).not.toHaveAttribute('data-related', 'true');
  await expect(knowledge(second).getByText('The latest question matched no article well', { exact: false })).toHaveCount(0);

  // The KB owner sees the phrasing and can export it for the KB.
  await options.bringToFront();
  await options.reload();
  const row = options.getByTestId('knowledge-phrasings').locator('tr', { hasText: QUESTION });
  // The options page renders slowly on the loaded machine; the phrasing is already stored (the search above used it).
  await expect(row).toContainText(ANSWER, FIRST);
  await expect(row).toContainText('agent');
  const download = options.waitForEvent('download');
  await options.getByTestId('knowledge-phrasings-export').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toMatch(/^\uFEFFarticle_id,article_title,phrasing,source,count\r?\n/);
  expect(csv).toContain(`${ANSWER},${QUESTION},agent,1`);
});

test('a KB owner attaches an unanswered question to an article in one click; phrasings import on another install', async ({ context, extensionId, openConsole }) => {
  const options = await importSample(context, extensionId);
  const page = await openConsole('1001');
  await expect(titles(page).first()).toBeVisible(FIRST);
  await pushMessage(page, '1001', '你们支持用比特币付款吗？我的电话 13812345678');
  await expect(knowledge(page).getByText('The latest question matched no article well', { exact: false })).toBeVisible(FIRST);

  const unanswered = options.getByTestId('knowledge-unanswered').locator('tr', { hasText: '比特币' });
  await expect(async () => {
    await options.reload();
    await expect(unanswered).toBeVisible({ timeout: 2000 });
  }).toPass(FIRST);
  await unanswered.getByTestId('knowledge-attach-article').selectOption({ label: ANSWER });
  await unanswered.getByTestId('knowledge-attach').click();
  await expect(options.getByTestId('knowledge-phrasings').locator('tr', { hasText: '比特币' })).toContainText('KB owner');
  await expect(options.getByTestId('knowledge-phrasings')).not.toContainText('13812345678');
  await expect(options.getByTestId('knowledge-unanswered').locator('tr', { hasText: '比特币' })).toHaveCount(0);

  // Import (as from another install): an unknown article is skipped, a known one lands.
  const id = (await options.getByTestId('knowledge-phrasings').locator('tr[data-article]').first().getAttribute('data-article'))!;
  await options.getByTestId('knowledge-phrasings-import').setInputFiles({
    name: 'phrasings.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`article_id,article_title,phrasing,source,count\n${id},${ANSWER},can I pay in instalments,agent,3\nno-such-article,x,hello,agent,1\n`),
  });
  await expect(options.getByTestId('knowledge-phrasings-notice')).toHaveText('Imported 1 phrasings; 1 skipped (no such article here, or empty).');
  await expect(options.getByTestId('knowledge-phrasings').locator('tr', { hasText: 'can I pay in instalments' })).toContainText('import');
});

test('an article found only by meaning is shown, labelled related with its similarity', async ({ context, extensionId, serviceWorker }) => {
  // The threshold set low enough that the nearest article by meaning qualifies whatever the bundled
  // model's calibration; set before the import, whose change notice makes the index re-read settings.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { knowledge: { minRelated: 0.05 } } }));
  const options = await importSample(context, extensionId);
  // The panel's own search message, as the content script sends it.
  const reply = (await options.evaluate(() =>
    chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: 'knowledge.search', payload: { query: 'my package never showed up', question: 'my package never showed up', k: 5 } }),
  )) as { ok: boolean; value: { hits: Array<{ confident: boolean; related: boolean; meaning?: number }> } };
  expect(reply.ok).toBe(true);
  const related = reply.value.hits.filter((h) => h.related);
  expect(related.length).toBeGreaterThan(0);
  for (const h of related) {
    expect(h.confident).toBe(false);
    expect(h.meaning).toBeGreaterThanOrEqual(0.05);
  }
});

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};
