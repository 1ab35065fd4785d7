import { browser } from 'wxt/browser';
import type { Envelope } from '../messaging/envelope';
import { handleMessages } from '../messaging/server';
import { loadEffectiveSettings, resetUserSetting, updateUserSettings } from '../settings/store';
import { ensureOffscreenDocument } from './offscreen-document';
import { BACKGROUND_HANDLER_FACTORIES } from './handlers';

/** Forward an envelope meant for the offscreen document, creating the document first. */
export async function relayToOffscreen(env: Envelope): Promise<unknown> {
  await ensureOffscreenDocument();
  return browser.runtime.sendMessage({ ...env, to: 'offscreen' });
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
