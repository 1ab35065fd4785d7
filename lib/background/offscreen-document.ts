import { browser } from 'wxt/browser';

const OFFSCREEN_PATH = 'offscreen.html';
let creating: Promise<void> | null = null;
/** Set once the document is known to exist; a worker restart clears it (module state), and so does a failed send. */
let known = false;

/**
 * The offscreen document hosts the database and the models. The service
 * worker cannot (it is killed when idle and forbids dynamic import), so it
 * only makes sure the document exists. Module state here is a cache, not
 * truth: after a restart `getContexts` tells what exists.
 */
export async function ensureOffscreenDocument(): Promise<void> {
  if (known) return;
  const url = browser.runtime.getURL(`/${OFFSCREEN_PATH}`);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType], documentUrls: [url] });
  if (existing.length > 0) {
    known = true;
    return;
  }
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as Browser.offscreen.Reason],
      justification: 'Runs the on-device classifiers (WebAssembly) and the local database for Deskmate.',
    })
    .catch((err: Error) => {
      // Two callers racing after a service-worker restart: the second sees "only a single offscreen document".
      if (!/single offscreen/i.test(err.message)) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
  known = true;
}

/** The document stopped answering (closed or crashed): check again next time. */
export function forgetOffscreenDocument(): void {
  known = false;
}

import type { Browser } from 'wxt/browser';
