import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Envelope } from '../messaging/envelope';
import { USER_SETTINGS_KEY } from '../settings/store';
import { HISTORY_PURGE_ALARM, HISTORY_PURGE_PERIOD_MINUTES, purgeHistoryNow, startHistoryRetention } from './history';

describe('history retention in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('relays history.purge to the offscreen document with the retention setting', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { history: { retentionDays: 45 } } });
    const relay = vi.fn(async (_env: Envelope) => ({ ok: true, value: { history: 3, audit: 1, retentionDays: 45, ms: 2 } }));
    await purgeHistoryNow(relay);
    expect(relay).toHaveBeenCalledWith({ deskmate: 1, to: 'offscreen', name: 'history.purge', payload: { retentionDays: 45 } });
  });

  it('uses the default retention when nothing is stored, and reports a failed purge without throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const relay = vi.fn(async (_env: Envelope) => ({ ok: false, error: 'QuotaExceededError' }));
    await purgeHistoryNow(relay);
    expect(relay.mock.calls[0]![0].payload).toEqual({ retentionDays: 180 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('retention purge failed'), 'QuotaExceededError');
    warn.mockRestore();
  });

  it('schedules the purge every six hours', async () => {
    // The purge it triggers needs a real offscreen document; only the schedule is checked here.
    startHistoryRetention();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(HISTORY_PURGE_ALARM)).toBeDefined());
    expect((await fakeBrowser.alarms.get(HISTORY_PURGE_ALARM))!.periodInMinutes).toBe(HISTORY_PURGE_PERIOD_MINUTES);
  });
});
