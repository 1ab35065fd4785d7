import { browser } from 'wxt/browser';

/**
 * "The knowledge base changed" for open tabs: the background stamps this key in
 * storage.local after an import, a Help Center sync or a policy URL import, and
 * each panel searches again for the conversation it shows. Storage, not a
 * message to every tab: it reaches every content script without the background
 * having to know which tabs have a panel open.
 */
export const KNOWLEDGE_VERSION_KEY = 'deskmate.knowledge.version';

/** The messages after which the offscreen document's articles are different. */
export const KNOWLEDGE_CHANGING_MESSAGES: ReadonlySet<string> = new Set(['knowledge.changed', 'knowledge.sync', 'knowledge.importUrl']);

export function announceKnowledgeChange(): Promise<void> {
  return browser.storage.local.set({ [KNOWLEDGE_VERSION_KEY]: Date.now() });
}

/** Calls `onChange` whenever another context announces a change; returns the unsubscribe. */
export function watchKnowledgeChanges(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KNOWLEDGE_VERSION_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
