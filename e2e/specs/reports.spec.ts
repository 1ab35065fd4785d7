import type { BrowserContext, Download, Page } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { expect, launchWithExtension, serviceWorkerOf, test } from '../fixtures';
import { panelSection } from '../pages/panel';

/** The extension API inside an extension page's `evaluate` (the spec is compiled without chrome types). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Ask the extension through the real protocol (background → offscreen) from one of its pages. */
async function ask<T>(page: Page, name: string, payload: unknown = {}): Promise<T> {
  const reply = (await page.evaluate(([n, p]) => chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: n, payload: p }), [name, payload] as const)) as { ok: boolean; value?: T; error?: string };
  if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
  return reply.value as T;
}

/** Local YYYY-MM-DD, as the reports page buckets days (the browser and this process share the time zone). */
const today = () => new Date().toLocaleDateString('en-CA');

/** Open a ticket and let the agent press Fill: the history feature records it and the fill is audited. */
async function workTicket(page: Page, ticketId: string) {
  await page.locator(`a[data-test-id="header-tab"][data-entity-id="${ticketId}"]`).click();
  const card = panelSection(page, 'autofill');
  await expect(card.getByTestId('af-fill')).toBeEnabled();
  await card.getByTestId('af-fill').click();
  // Fill writes several console fields one by one: give a loaded machine time.
  await expect(card.getByTestId('af-status').locator('p').first()).toBeVisible({ timeout: 25_000 });
}

async function storedTicketIds(ext: Page): Promise<string[]> {
  return (await ask<{ records: Array<{ ticketId: string }> }>(ext, 'history.export')).records.map((r) => r.ticketId).sort();
}

async function csvOf(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

test.describe('reports and audit log', () => {
  test('reports render with data from worked tickets, filter by date and export each table', async ({ context, extensionId, openConsole }) => {
    const consolePage = await openConsole('1001');
    await expect(panelSection(consolePage, 'history').getByTestId('history-current-summary')).toBeVisible();
    for (const id of ['1001', '1003', '1002']) await workTicket(consolePage, id);

    const reports = await context.newPage();
    await reports.goto(`chrome-extension://${extensionId}/reports.html`);
    await expect.poll(() => storedTicketIds(reports)).toEqual(['1001', '1002', '1003']);
    // A team lead's escalation, made the way the panel's edit does it, on a ticket not escalated yet.
    const before = (await ask<{ records: Array<{ id: string; outcome: string }> }>(reports, 'history.export')).records;
    const calm = before.find((r) => r.outcome !== 'escalated')!;
    await ask(reports, 'history.edit', { id: calm.id, patch: { outcome: 'escalated' } });
    const escalated = before.filter((r) => r.outcome === 'escalated').length + 1;
    // What the knowledge panel sends as agents use suggestions: 2 of 4 shown suggestions used, unanswered questions logged.
    await ask(reports, 'knowledge.feedback', { ticketId: '1001', articleIds: ['kb-returns', 'kb-shipping'], kind: 'shown' });
    await ask(reports, 'knowledge.feedback', { ticketId: '1003', articleIds: ['kb-returns', 'kb-invoice'], kind: 'shown' });
    await ask(reports, 'knowledge.feedback', { ticketId: '1001', articleIds: ['kb-shipping'], kind: 'copied' });
    await ask(reports, 'knowledge.feedback', { ticketId: '1003', articleIds: ['kb-invoice'], kind: 'inserted' });
    for (const question of ['Can I pay with bitcoin?', 'can i pay with Bitcoin', '能开增值税专用发票吗？']) await ask(reports, 'knowledge.unanswered', { question, reason: 'no-match' });
    const stats = await ask<{ hitRate: { rate: number } }>(reports, 'knowledge.stats', { days: 30 });
    await reports.reload();

    await expect(reports.getByTestId('report-summary')).toHaveText(new RegExp(`^3 tickets, ${escalated} escalated, \\d+ abusive messages$`));
    const todayRow = (metric: string) => reports.getByTestId(`table-${metric}`).locator('tbody tr', { hasText: today() });
    await expect(todayRow('tickets').locator('td[data-col="tickets"]')).toHaveText('3');
    await expect(todayRow('escalations').locator('td[data-col="escalations"]')).toHaveText(String(escalated));
    const sentiment = await todayRow('sentiment').locator('td.num').allInnerTexts();
    expect(sentiment.slice(0, 4).map(Number).reduce((a, b) => a + b)).toBe(3); // every ticket in exactly one bucket
    const categoryCounts = await reports.getByTestId('table-categories').locator('td[data-col="tickets"]').allInnerTexts();
    expect(categoryCounts.map(Number).reduce((a, b) => a + b)).toBe(3);
    // 1001 and 1003 share a phone number written two ways: one repeat customer
    const repeat = reports.getByTestId('table-repeat').locator('tbody tr');
    await expect(repeat).toHaveCount(1);
    await expect(repeat.locator('td[data-col="tickets"]')).toHaveText('2');
    await expect(repeat.locator('td[data-col="ticket_ids"]')).toHaveText(/^(1003, 1001|1001, 1003)$/);
    for (const metric of ['tickets', 'sentiment', 'escalations', 'categories', 'knowledge', 'unanswered', 'repeat']) {
      await expect(reports.locator(`[data-metric="${metric}"] .recharts-wrapper > svg.recharts-surface`)).toHaveCount(1);
    }
    // the page and the knowledge engine's own figure agree
    expect(stats.hitRate.rate).toBe(0.5);
    await expect(reports.getByTestId('headline-knowledge')).toHaveText('Hit rate: 50%');
    await expect(reports.getByTestId('table-knowledge').locator('tbody tr').first().locator('td[data-col="value"]')).toHaveText('4');
    const unanswered = reports.getByTestId('table-unanswered').locator('tbody tr');
    await expect(unanswered).toHaveCount(2);
    await expect(unanswered.first().locator('td[data-col="count"]')).toHaveText('2');
    await expect(unanswered.nth(1).locator('td[data-col="question"]')).toHaveText('能开增值税专用发票吗？');
    if (process.env.REPORTS_SHOT) await reports.screenshot({ path: process.env.REPORTS_SHOT, fullPage: true });

    const [tickets] = await Promise.all([reports.waitForEvent('download'), reports.getByTestId('export-tickets').click()]);
    expect(tickets.suggestedFilename()).toMatch(/^deskmate-tickets-per-day-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const ticketsCsv = await csvOf(tickets);
    expect(ticketsCsv.split('\r\n')[0]).toBe('\uFEFFday,tickets');
    expect(ticketsCsv.split('\r\n')).toContain(`${today()},3`);
    expect(ticketsCsv.split('\r\n')).toHaveLength(31);
    const [repeatCsv] = await Promise.all([reports.waitForEvent('download'), reports.getByTestId('export-repeat').click()]);
    expect((await csvOf(repeatCsv)).split('\r\n')[0]).toBe('\uFEFFcustomer,tickets,ticket_ids,last_contact');

    // a range before any work: empty states, no charts
    await reports.getByTestId('range-from').fill('2020-01-01');
    await reports.getByTestId('range-to').fill('2020-01-07');
    await expect(reports.getByTestId('report-summary')).toHaveText('0 tickets, 0 escalated, 0 abusive messages');
    await expect(reports.getByTestId('empty-tickets')).toBeVisible();
    await expect(reports.locator('.rp-chart')).toHaveCount(0);
  });

  test('the audit log on the options page lists, filters and exports the writes into the console', async ({ context, extensionId, openConsole }) => {
    const consolePage = await openConsole('1001');
    for (const id of ['1001', '1002']) await workTicket(consolePage, id);

    const options = await context.newPage();
    const log = options.getByTestId('audit-log');
    const rows = log.getByTestId('audit-table').locator('tbody tr');
    await options.goto(`chrome-extension://${extensionId}/options.html#audit`);
    // The last fill's audit entry may land just after its status shows: reload the log until both tickets are in it.
    await expect
      .poll(async () => {
        await expect(rows.first()).toBeVisible();
        const tickets = [...new Set(await rows.locator('td[data-col="ticket"]').allInnerTexts())].sort();
        if (tickets.length < 2) await options.reload();
        return tickets;
      }, { timeout: 20_000 })
      .toEqual(['1001', '1002']);

    if (process.env.AUDIT_SHOT) await options.screenshot({ path: process.env.AUDIT_SHOT, fullPage: true });
    await log.getByTestId('audit-ticket').fill('1001');
    await expect(rows.locator('td[data-col="ticket"]', { hasText: '1002' })).toHaveCount(0);
    await expect(rows.filter({ hasText: 'requester' }).locator('td[data-col="new"]')).toHaveText('王敏');
    await log.getByTestId('audit-action').selectOption('autofill');
    await log.getByTestId('audit-text').fill('Wang Min');
    await expect(rows).toHaveCount(1);
    await expect(rows.locator('td[data-col="old"]')).toHaveText('Wang Min');

    const [download] = await Promise.all([options.waitForEvent('download'), log.getByTestId('audit-export').click()]);
    const lines = (await csvOf(download)).split('\r\n');
    expect(lines[0]).toBe('\uFEFFtime,console,ticket,action,field,old_value,new_value,outcome,detail');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z,[^,]+,1001,autofill:fill,requester,Wang Min,王敏,ok,$/);

    await log.getByTestId('audit-text').fill('nothing like this was written');
    await expect(log).toContainText('No audit entries match this filter.');
  });

  test('a zh-CN browser shows the Chinese reports page and options entries', async () => {
    const { context, dir } = await launchWithExtension({ locale: 'zh-CN' });
    try {
      const id = new URL((await serviceWorkerOf(context)).url()).host;
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/reports.html`);
      await expect(page.locator('h1')).toHaveText('Deskmate 报表');
      await expect(page).toHaveTitle('Deskmate 报表');
      await expect(page.locator('[data-metric="tickets"] h2')).toHaveText('每日处理工单数');
      await expect(page.getByTestId('empty-tickets')).toHaveText('该日期范围内没有数据。');
      await expect(page.getByRole('button', { name: '最近 7 天' })).toBeVisible();
      await page.goto(`chrome-extension://${id}/options.html#reports`);
      await expect(page.getByTestId('open-reports')).toHaveText('打开报表');
      await expect(page.locator('nav')).toContainText('审计日志');
    } finally {
      await closeContext(context, dir);
    }
  });
});

async function closeContext(context: BrowserContext, dir: string) {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
