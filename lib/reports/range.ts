/**
 * Report ranges are half-open [from, to) in epoch ms, aligned to local
 * midnights: a team lead reads "Monday" in their own time zone, not UTC.
 */
export interface ReportRange {
  from: number;
  to: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of an instant, in local time. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight starting the given YYYY-MM-DD. */
export function startOfDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** Every local day touched by the range, oldest first. Steps by calendar date, so DST days of 23 or 25 hours are counted once. */
export function daysInRange({ from, to }: ReportRange): string[] {
  const days: string[] = [];
  const start = new Date(from);
  for (let d = new Date(start.getFullYear(), start.getMonth(), start.getDate()); d.getTime() < to; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    days.push(dayKey(d.getTime()));
  }
  return days;
}

/** The range covering two picked dates, both inclusive (the date inputs' meaning). */
export function rangeFromDates(fromDay: string, toDay: string): ReportRange {
  const from = startOfDay(fromDay);
  const end = new Date(startOfDay(toDay));
  return { from, to: new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).getTime() };
}

/** The last `days` days including today. */
export function lastDays(days: number, now = Date.now()): { fromDay: string; toDay: string } {
  const today = new Date(now);
  return { fromDay: dayKey(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1)).getTime()), toDay: dayKey(now) };
}
