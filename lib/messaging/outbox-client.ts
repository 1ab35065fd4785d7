import { send } from './client';
import { createOutbox, type Outbox, type OutboxMessage, type OutboxPayload } from './outbox';
import { claimOrphanedOutboxes, storageOutboxStore } from './outbox-storage';
import type { ResponseOf } from './protocol';

let outbox: Outbox | null = null;

/**
 * This content script's outbox, made on the first write: queued in
 * storage.local, and it takes over what a closed tab's script left queued.
 */
function contentOutbox(): Outbox {
  if (outbox) return outbox;
  const box = createOutbox({ send, store: storageOutboxStore(crypto.randomUUID()) });
  void claimOrphanedOutboxes()
    .then((entries) => box.adopt(entries))
    .catch((err: Error) => console.warn('[deskmate] outbox: orphaned writes not claimed:', err.message));
  return (outbox = box);
}

/** Sends a history, audit or feedback write through the outbox: retried until the database acknowledges it, applied once. */
export function deliver<N extends OutboxMessage>(name: N, payload: OutboxPayload<N>): Promise<ResponseOf<N>> {
  return contentOutbox().deliver(name, payload);
}
