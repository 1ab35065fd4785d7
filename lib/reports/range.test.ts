import { describe, expect, it } from 'vitest';
import { dayKey, daysInRange, lastDays, rangeFromDates, startOfDay } from './range';

describe('report ranges', () => {
  it('turns two inclusive dates into a half-open range of local days', () => {
    const r = rangeFromDates('2026-03-30', '2026-04-02');
    expect(r.from).toBe(new Date(2026, 2, 30).getTime());
    expect(r.to).toBe(new Date(2026, 3, 3).getTime());
    expect(daysInRange(r)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
  });
  it.each([
    [new Date(2026, 0, 5, 0, 0).getTime(), '2026-01-05'],
    [new Date(2026, 0, 5, 23, 59).getTime(), '2026-01-05'],
    [new Date(2026, 11, 31, 12).getTime(), '2026-12-31'],
  ])('dayKey(%d) is %s', (ms, day) => expect(dayKey(ms)).toBe(day));
  it('round-trips a day through its start', () => expect(dayKey(startOfDay('2026-02-28'))).toBe('2026-02-28'));
  it('last 30 days ends today and spans 30 days', () => {
    const now = new Date(2026, 10, 22, 15).getTime();
    const { fromDay, toDay } = lastDays(30, now);
    expect([fromDay, toDay]).toEqual(['2026-10-24', '2026-11-22']);
    expect(daysInRange(rangeFromDates(fromDay, toDay))).toHaveLength(30);
  });
});
