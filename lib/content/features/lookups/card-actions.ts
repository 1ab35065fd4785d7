/** What the agent does with a card: copy it, or insert the connector's reply text into the composer (audited). */
import type { FeatureHost } from '../../feature';
import { cardText, replyText, type LookupCard } from './lookup-cards';
import { lookupLang } from './lookup-runner';
import { insertReplyAudited } from '../../audited-reply';

export type ActionOutcome = { ok: true } | { ok: false; error: string };

export async function copyCard(host: FeatureHost, card: LookupCard): Promise<ActionOutcome> {
  try {
    await navigator.clipboard.writeText(cardText(card, lookupLang(host)));
    return { ok: true };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

export function connectorFor(host: FeatureHost, card: LookupCard) {
  return host.settings().settings.lookups.connectors.find((c) => c.id === card.connectorId);
}

export async function insertCardReply(host: FeatureHost, card: LookupCard): Promise<ActionOutcome> {
  const text = replyText(card, connectorFor(host, card), lookupLang(host));
  const ctx = host.ticket();
  if (text === null || !ctx) return { ok: false, error: 'nothing to insert' };
  const { write, auditError } = await insertReplyAudited(host.adapter, ctx, text, { action: 'reply:insert', field: 'reply', detail: `lookup:${card.connectorId}` });
  // The write already happened, so a failed audit write does not turn it into a failure for the agent; it is logged.
  if (auditError) console.warn('[deskmate] audit of a reply insert failed:', auditError);
  return write.ok ? { ok: true } : { ok: false, error: write.error };
}
