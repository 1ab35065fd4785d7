import { handleMessages } from '@/lib/messaging/server';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { openPicker } from './mount';

/** The popup's "Teach Deskmate this page" reaches the tab here. */
export function handlePickerMessages(settings: () => EffectiveSettings | null): void {
  handleMessages('content', {
    'content.startPicker': () => {
      openPicker(settings()?.settings.ui.language ?? 'auto');
      return { started: true };
    },
  });
}
