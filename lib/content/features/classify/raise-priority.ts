import { deliver } from '../../../messaging/outbox-client';
import type { FeatureHost } from '../../feature';
import type { Store } from '../../panel-store';
import type { ClassifyState } from './state';

/** The escalation hint's one-click action: priority → urgent through the console's own field, audited and undoable. */
export async function raisePriority(host: FeatureHost, store: Store<ClassifyState>): Promise<void> {
  const ctx = host.ticket();
  if (!ctx) return;
  const result = await host.adapter.writeField(ctx, 'priority', 'urgent');
  await audit(host, result.ok ? result.oldValue : '', 'urgent', result.ok ? 'ok' : 'error', result.ok ? undefined : result.error);
  if (result.ok) store.set({ raised: { oldValue: result.oldValue, newValue: result.newValue }, error: null });
  else store.set({ error: result.error });
}

export async function undoRaise(host: FeatureHost, store: Store<ClassifyState>): Promise<void> {
  const ctx = host.ticket();
  const raised = store.get().raised;
  if (!ctx || !raised) return;
  const result = await host.adapter.writeField(ctx, 'priority', raised.oldValue || '');
  await audit(host, raised.newValue, raised.oldValue, result.ok ? 'undone' : 'error', result.ok ? undefined : result.error);
  if (result.ok) store.set({ raised: null });
  else store.set({ error: result.error });
}

async function audit(host: FeatureHost, oldValue: string, newValue: string, outcome: 'ok' | 'undone' | 'error', detail?: string) {
  const ctx = host.ticket();
  await deliver('audit.record', {
    entries: [{ time: Date.now(), consoleId: host.adapter.id, ticketId: ctx?.ticketId ?? '', action: 'field:priority', field: 'priority', oldValue, newValue, outcome, ...(detail ? { detail } : {}) }],
  }).catch(() => undefined);
}
