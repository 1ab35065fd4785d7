import type { Handlers } from '../messaging/server';
import { startHistoryRetention } from './history';
import { startConfiguredConsoleSync } from './configured-consoles';
import { lookupsBackgroundHandlers } from './lookups-browser';
import { startKnowledgeRefresh } from './knowledge';

/** Capabilities that answer in the background itself (lookups need host permissions and fetch). Append a line to add one. */
export const BACKGROUND_HANDLER_FACTORIES: Array<() => Handlers<'background'>> = [
  lookupsBackgroundHandlers,
];

/** Work the service worker starts on install/startup and on alarms (retention purge, KB refresh). Append a line to add one. */
export const BACKGROUND_LIFECYCLE: Array<() => void> = [
  startHistoryRetention,
  startConfiguredConsoleSync,
  startKnowledgeRefresh,
];
