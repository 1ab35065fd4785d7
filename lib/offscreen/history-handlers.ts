import { purgeAuditOlderThan } from '../audit/store';
import type { DeskmateDb } from '../db/database';
import {
  clearHistory,
  contactKeysFor,
  editRecord,
  exportHistory,
  getOrCreateSalt,
  hashStoredContactKeys,
  HistoryImportError,
  importHistory,
  lookupKeysFor,
  purgeOlderThan,
  recordHandling,
  timelineFor,
} from '../history';
import type { Handlers } from '../messaging/server';
import type { EffectiveSettings } from '../settings/effective';
import { loadEffectiveSettings } from '../settings/store';

/** Set in `meta` once every stored key is hashed; cleared when hashing is turned off, so turning it on again rehashes. */
export const KEYS_HASHED_META_KEY = 'history.keysHashed';

/**
 * Handling history answered where the database lives. The hashing setting is
 * read on every write, because a manager may switch it at any time and this
 * document outlives such changes (in the offscreen document
 * `loadEffectiveSettings` asks the background, which has chrome.storage). The
 * salt never changes once made, so it is cached.
 */
export function historyHandlers(db: DeskmateDb, readSettings: () => Promise<EffectiveSettings> = loadEffectiveSettings): Handlers<'offscreen'> {
  let salt: Promise<string> | null = null;
  const saltOf = () => (salt ??= getOrCreateSalt(db).catch((err: unknown) => ((salt = null), Promise.reject(err))));

  /** The salt to store keys with (null: store raw), hashing what is already stored the first time hashing is found on. */
  async function storageSalt(): Promise<string | null> {
    const { settings } = await readSettings();
    const hashed = await db.meta.get(KEYS_HASHED_META_KEY);
    if (!settings.history.hashContactKeys) {
      if (hashed) await db.meta.delete(KEYS_HASHED_META_KEY);
      return null;
    }
    const s = await saltOf();
    if (!hashed) {
      await hashStoredContactKeys(db, s);
      await db.meta.put({ key: KEYS_HASHED_META_KEY, value: Date.now() });
    }
    return s;
  }

  return {
    'history.record': async ({ update, contact }) => {
      const contactKeys = await contactKeysFor({ consoleId: update.consoleId, ...contact }, { hashSalt: await storageSalt() });
      return { record: await recordHandling(db, { ...update, contactKeys }) };
    },
    'history.timeline': async ({ consoleId, excludeTicketId, contact, windowDays, limit }) => {
      // Raw and hashed keys both: records from before and after a change of the setting are found.
      const keys = await lookupKeysFor({ consoleId, ...contact }, { salt: await saltOf() });
      // The ticket on screen is excluded by its record id: ticket 1 of one console does not hide ticket 1 of another.
      const exclude = excludeTicketId === undefined ? undefined : excludeTicketId.startsWith(`${consoleId}:`) ? excludeTicketId : `${consoleId}:${excludeTicketId}`;
      return timelineFor(db, keys, { excludeTicketId: exclude, windowDays, limit });
    },
    'history.edit': async ({ id, patch }) => ({ record: await editRecord(db, id, patch) }),
    'history.purge': async ({ retentionDays }) => {
      const started = performance.now();
      const days = retentionDays ?? (await readSettings()).settings.history.retentionDays;
      // The scheduled run also finishes a switch to hashing mode when no ticket was worked since.
      await storageSalt();
      const history = await purgeOlderThan(db, days);
      const audit = await purgeAuditOlderThan(db, days);
      return { history, audit, retentionDays: days, ms: performance.now() - started };
    },
    'history.export': () => exportHistory(db),
    'history.import': async ({ file }) => {
      try {
        return { result: await importHistory(db, file, { hashSalt: await storageSalt() }), issues: [] };
      } catch (err) {
        if (err instanceof HistoryImportError) return { result: null, issues: err.issues };
        throw err;
      }
    },
    'history.clear': async () => {
      const cleared = await db.history.count();
      await clearHistory(db);
      return { cleared };
    },
  };
}
