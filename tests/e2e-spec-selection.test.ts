import { describe, expect, it } from 'vitest';
import { runSelectsRequestTracker, specFilters } from '../e2e/servers/spec-selection';

describe('whether an e2e run starts the live Request Tracker', () => {
  const pw = ['node', 'playwright', 'test', '-c', 'e2e/playwright.config.ts'];
  it('starts it for the whole suite and for a filter naming its spec, not for other specs', () => {
    expect(specFilters([...pw, '--workers', '1', 'specs/history.spec.ts'])).toEqual(['specs/history.spec.ts']);
    expect(runSelectsRequestTracker(pw)).toBe(true);
    expect(runSelectsRequestTracker([...pw, 'specs/request-tracker.spec.ts'])).toBe(true);
    expect(runSelectsRequestTracker([...pw, '-g', 'request-tracker', 'specs/history.spec.ts'])).toBe(false);
  });
});
