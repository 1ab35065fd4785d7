import { DeskmateDb } from '../db/database';
import { handleMessages, type Handlers } from '../messaging/server';
import { listAudit, recordAudit } from '../audit/store';
import { OFFSCREEN_HANDLER_FACTORIES } from './handlers';
import { applyOnce, pruneWriteIds } from './write-once';

/**
 * The offscreen document: the one long-lived extension context that holds the
 * database connection and the models. It answers `offscreen` messages that
 * the background relays.
 */
export function startOffscreen(): void {
  const db = new DeskmateDb();
  const core: Handlers<'offscreen'> = {
    'db.stats': async () => {
      const [history, articles, audit, unanswered] = await Promise.all([db.history.count(), db.articles.count(), db.audit.count(), db.unanswered.count()]);
      const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
      return { history, articles, audit, unanswered, persisted };
    },
    'audit.record': ({ entries, writeId }) => applyOnce(db, writeId, [db.audit], async () => ({ ids: await recordAudit(db, entries) })),
    'audit.list': (q) => listAudit(db, q).then((entries) => ({ entries })),
  };
  const handlers = Object.assign(core, ...OFFSCREEN_HANDLER_FACTORIES.map((make) => make(db)));
  handleMessages('offscreen', handlers);
  void pruneWriteIds(db).catch((err: Error) => console.warn('[deskmate] write ids not pruned:', err.message));
}
