import { browser } from 'wxt/browser';
import type { Envelope } from '../messaging/envelope';
import { ensureOffscreenDocument, forgetOffscreenDocument } from './offscreen-document';
import { announceKnowledgeChange, KNOWLEDGE_CHANGING_MESSAGES } from '../knowledge/changes';

/**
 * Forward an envelope meant for the offscreen document, creating the document
 * first. A document that was just created may not have registered its
 * listener yet, and one that went away must be created again: both show as
 * "Receiving end does not exist", which is retried.
 */
export async function relayToOffscreen(env: Envelope): Promise<unknown> {
  await ensureOffscreenDocument();
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage({ ...env, to: 'offscreen' });
    } catch (err) {
      if (attempt >= 20 || !/receiving end does not exist/i.test((err as Error).message)) throw err;
      forgetOffscreenDocument();
      await new Promise((r) => setTimeout(r, 100));
      await ensureOffscreenDocument();
    }
  }
}

/**
 * The router's relay: forwards like relayToOffscreen, then, when the offscreen document's
 * articles changed (an import, a sync), tells open panels to search again.
 */
export async function relayAndAnnounce(env: Envelope): Promise<unknown> {
  const reply = await relayToOffscreen(env);
  if (KNOWLEDGE_CHANGING_MESSAGES.has(env.name) && (reply as { ok?: boolean } | undefined)?.ok) {
    await announceKnowledgeChange().catch((err: Error) => console.warn('[deskmate] knowledge change not announced:', err.message));
  }
  return reply;
}
