/**
 * Quota failures must reach the agent ("history is full: purge or export"),
 * never vanish in a catch. Every history write runs through `guardQuota`,
 * which turns IndexedDB's QuotaExceededError (as Dexie reports it, possibly
 * wrapped in an AbortError or a BulkError) into one typed error.
 */
export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';
  constructor(options: { cause: unknown }) {
    super('Browser storage quota exceeded: the handling history could not be saved. Purge old records or export and clear history.', options);
  }
}

/** True when the error, or anything it wraps, is a quota failure. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'StorageQuotaError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

/** Runs a write; a quota failure is rethrown as StorageQuotaError, any other error unchanged. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof StorageQuotaError) throw err;
    if (isQuotaError(err)) throw new StorageQuotaError({ cause: err });
    throw err;
  }
}
