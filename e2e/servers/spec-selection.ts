/** Playwright options that take a value (their value is not a spec filter). */
const WITH_VALUE = new Set(['-c', '--config', '-g', '--grep', '--grep-invert', '--project', '--reporter', '-j', '--workers', '--retries', '--timeout', '--output', '--max-failures', '-x', '--repeat-each', '--shard', '--trace', '--global-timeout', '--tsconfig']);

/** The spec filters given to `playwright test` (positional arguments after "test"). */
export function specFilters(argv: readonly string[]): string[] {
  const at = argv.indexOf('test');
  if (at < 0) return [];
  const filters: string[] = [];
  for (let i = at + 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (WITH_VALUE.has(a)) i++;
    else if (!a.startsWith('-')) filters.push(a);
  }
  return filters;
}

/** Whether this run includes the live Request Tracker specs: the whole suite, or a filter naming them (DESKMATE_RT=1 / 0 forces either way). */
export function runSelectsRequestTracker(argv: readonly string[]): boolean {
  if (process.env.DESKMATE_RT === '0') return false;
  if (process.env.DESKMATE_RT === '1') return true;
  const filters = specFilters(argv);
  return filters.length === 0 || filters.some((f) => /request-tracker/.test(f));
}
