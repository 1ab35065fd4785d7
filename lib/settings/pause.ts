import { browser } from 'wxt/browser';

/** The popup's quick pause: an agent's own switch, not a setting (policy cannot force it). */
export const PAUSED_KEY = 'paused';

export async function isPaused(): Promise<boolean> {
  return (await browser.storage.local.get(PAUSED_KEY))[PAUSED_KEY] === true;
}

export async function setPaused(paused: boolean): Promise<void> {
  await browser.storage.local.set({ [PAUSED_KEY]: paused });
}

export function watchPaused(onChange: (paused: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PAUSED_KEY in changes) onChange(changes[PAUSED_KEY]!.newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
