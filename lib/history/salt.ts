/**
 * The per-install salt for hashing mode. Generated once and kept in the
 * `meta` table: without it the stored hashes could not be matched again, so
 * it is never rotated implicitly (clearing history keeps it too).
 */
import type { DeskmateDb } from '../db/database';
import { guardQuota } from './quota';

export const HASH_SALT_META_KEY = 'history.hashSalt';

function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The stored salt, or a fresh one stored now. Read-and-create runs in one
 * rw transaction so two contexts starting at once agree on a single salt.
 */
export function getOrCreateSalt(db: DeskmateDb): Promise<string> {
  return guardQuota(() =>
    db.transaction('rw', db.meta, async () => {
      const existing = await db.meta.get(HASH_SALT_META_KEY);
      if (typeof existing?.value === 'string' && existing.value.length >= 16) return existing.value;
      const salt = randomSalt();
      await db.meta.put({ key: HASH_SALT_META_KEY, value: salt });
      return salt;
    }),
  );
}
