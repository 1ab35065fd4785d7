import type { DeskmateDb } from '../db/database';
import type { Handlers } from '../messaging/server';
import { classifyHandlers } from './classify-handlers';
import { historyHandlers } from './history-handlers';
import { knowledgeHandlers } from './knowledge-handlers';

/**
 * Each capability contributes its offscreen handlers as a factory over the
 * database (append a line to add one). Handlers must not keep state that the
 * database does not also hold, except caches (search index, loaded models).
 */
export type OffscreenHandlerFactory = (db: DeskmateDb) => Handlers<'offscreen'>;

export const OFFSCREEN_HANDLER_FACTORIES: OffscreenHandlerFactory[] = [
  () => classifyHandlers(),
  (db) => historyHandlers(db),
  (db) => knowledgeHandlers(db),
];
