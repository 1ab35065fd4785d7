import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { withTestDb } from './test-support';
import { runHistoryWorkload } from './workload';

describe('runHistoryWorkload', () => {
  it('imports, looks up, exports and purges a small generated store', () =>
    withTestDb(async (db) => {
      const figures = await runHistoryWorkload(db, { records: 400, lookups: 20 });
      expect(figures).toMatchObject({ records: 400, customers: 100 });
      expect(figures.lookupMs).toHaveLength(20);
      expect(figures.recordsPerLookup).toBeGreaterThan(1);
      // About half of 180 days is older than 90 days.
      expect(figures.purged).toBeGreaterThan(120);
      expect(figures.purged).toBeLessThan(280);
      expect(await db.history.count()).toBe(400 - figures.purged);
      expect(figures.exportJsonBytes).toBeGreaterThan(400 * 300);
    }));
});
