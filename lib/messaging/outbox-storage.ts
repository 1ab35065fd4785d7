import { browser } from 'wxt/browser';
import type { OutboxEntry, OutboxStore } from './outbox';

/**
 * The outbox's queue in `storage.local`, one key per content-script instance
 * (`deskmate.outbox.<instance>`), with a heartbeat. A tab closed, crashed or
 * reloaded with writes still queued leaves its key behind; the next content
 * script to start adopts keys whose heartbeat stopped and delivers them. Two
 * scripts adopting the same key at once is harmless: the database applies a
 * write id once.
 */
const PREFIX = 'deskmate.outbox.';
/** The heartbeat is written this often while writes are queued… */
export const HEARTBEAT_MS = 10_000;
/** …and a key older than this belongs to a script that is gone. */
export const ORPHAN_AFTER_MS = 30_000;

interface StoredQueue {
  beat: number;
  entries: readonly OutboxEntry[];
}

export function storageOutboxStore(instanceId: string, signal?: AbortSignal): OutboxStore {
  const key = PREFIX + instanceId;
  let latest: readonly OutboxEntry[] = [];
  const write = async () => {
    if (latest.length) await browser.storage.local.set({ [key]: { beat: Date.now(), entries: latest } satisfies StoredQueue });
    else await browser.storage.local.remove(key);
  };
  const heartbeat = setInterval(() => {
    if (latest.length) void write().catch(() => undefined);
  }, HEARTBEAT_MS);
  signal?.addEventListener('abort', () => clearInterval(heartbeat));
  return {
    async save(entries) {
      latest = entries;
      await write();
    },
  };
}

/** Claims the queues of scripts that are gone: returns their entries (oldest first) and removes their keys. */
export async function claimOrphanedOutboxes(now = Date.now()): Promise<OutboxEntry[]> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const orphaned = Object.entries(all).filter(([k, v]) => k.startsWith(PREFIX) && ((v as StoredQueue | undefined)?.beat ?? 0) < now - ORPHAN_AFTER_MS);
  if (!orphaned.length) return [];
  await browser.storage.local.remove(orphaned.map(([k]) => k));
  return orphaned.flatMap(([, v]) => (v as StoredQueue).entries ?? []).sort((a, b) => a.queuedAt - b.queuedAt);
}
