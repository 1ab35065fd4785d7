import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardQuota, isQuotaError, StorageQuotaError } from './quota';
import { editRecord, recordHandling } from './record';
import { handlingUpdate, T0, withTestDb } from './test-support';
import { importHistory, exportHistory } from './transfer';

/** Makes every IndexedDB put fail the way a full disk does. */
function fillTheDisk() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

afterEach(() => vi.restoreAllMocks());

describe('quota errors', () => {
  it('recordHandling throws StorageQuotaError and leaves the old record', () =>
    withTestDb(async (db) => {
      const before = await recordHandling(db, handlingUpdate('1'), T0);
      fillTheDisk();
      const failed = recordHandling(db, handlingUpdate('1', { outcome: 'solved' }), T0 + 1);
      await expect(failed).rejects.toBeInstanceOf(StorageQuotaError);
      await expect(failed).rejects.toMatchObject({ cause: expect.objectContaining({ name: 'QuotaExceededError' }) });
      vi.restoreAllMocks();
      expect(await db.history.toArray()).toEqual([before]);
    }));

  it('editRecord and importHistory surface it too', () =>
    withTestDb(async (db) => {
      await recordHandling(db, handlingUpdate('1'), T0);
      const file = await exportHistory(db);
      fillTheDisk();
      await expect(editRecord(db, 'zendesk:1', { note: 'x' })).rejects.toBeInstanceOf(StorageQuotaError);
      await expect(importHistory(db, { ...file, records: file.records.map((r) => ({ ...r, id: 'zendesk:2', ticketId: '2' })) })).rejects.toBeInstanceOf(StorageQuotaError);
    }));

  it.each([
    ['a DOMException', new DOMException('full', 'QuotaExceededError'), true],
    ['wrapped as inner (Dexie AbortError)', Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }), true],
    ['wrapped as cause', new Error('x', { cause: { name: 'QuotaExceededError' } }), true],
    ['in a BulkError failure', Object.assign(new Error('bulk'), { name: 'BulkError', failures: [{ name: 'ConstraintError' }, { name: 'QuotaExceededError' }] }), true],
    ['a constraint error', Object.assign(new Error('dup'), { name: 'ConstraintError' }), false],
    ['not an error', 'QuotaExceededError', false],
  ])('isQuotaError: %s → %s', (_name, err, expected) => {
    expect(isQuotaError(err)).toBe(expected);
  });

  it('guardQuota passes other errors through unchanged', async () => {
    const other = new TypeError('bug');
    await expect(guardQuota(() => Promise.reject(other))).rejects.toBe(other);
  });
});
