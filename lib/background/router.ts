import { browser } from 'wxt/browser';
import type { Envelope } from '../messaging/envelope';
import { handleMessages } from '../messaging/server';
import { loadEffectiveSettings, resetUserSetting, updateUserSettings } from '../settings/store';
import { ensureOffscreenDocument } from './offscreen-document';
import { BACKGROUND_HANDLER_FACTORIES } from './handlers';

/** Forward an envelope meant for the offscreen document, creating the document first. */
export async function relayToOffscreen(env: Envelope): Promise<unknown> {
  await ensureOffscreenDocument();
  // A document that was just created may not have registered its listener yet.
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage({ ...env, to: 'offscreen' });
    } catch (err) {
      if (attempt >= 20 || !/receiving end does not exist/i.test((err as Error).message)) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The background answers settings itself and relays everything for the offscreen document. */
export function registerBackgroundRouter(): void {
  handleMessages(
    'background',
    {
      'settings.get': () => loadEffectiveSettings(),
      'settings.update': ({ changes }) => updateUserSettings(changes),
      'settings.reset': ({ path }) => resetUserSetting(path),
      ...Object.assign({}, ...BACKGROUND_HANDLER_FACTORIES.map((make) => make())),
    },
    { relay: (env) => relayToOffscreen(env) },
  );
}
