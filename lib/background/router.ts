import { handleMessages } from '../messaging/server';
import { loadEffectiveSettings, resetUserSetting, updateUserSettings } from '../settings/store';
import { relayAndAnnounce } from './relay';
import { BACKGROUND_HANDLER_FACTORIES } from './handlers';

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
    { relay: (env) => relayAndAnnounce(env) },
  );
}
