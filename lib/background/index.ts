import { registerBackgroundRouter } from './router';
import { BACKGROUND_LIFECYCLE } from './handlers';

/**
 * The service worker only routes messages and owns lifecycles (offscreen
 * document, alarms). Every listener is registered synchronously at start-up,
 * as MV3 requires, so a worker woken by an event finds its handler.
 */
export function startBackground(): void {
  registerBackgroundRouter();
  for (const start of BACKGROUND_LIFECYCLE) start();
}
