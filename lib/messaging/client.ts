import { browser } from 'wxt/browser';
import { ProtocolError, type Envelope, type Reply } from './envelope';
import { protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

/** Send a message from a content script, popup or options page (always via the background). */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const def = protocol[name];
  if (def.target === 'content') throw new ProtocolError(`${name} is answered by a tab: use sendToTab`);
  const envelope: Envelope = { deskmate: 1, to: 'background', name, payload: def.request.parse(payload) };
  return unwrapReply(name, await browser.runtime.sendMessage(envelope));
}

/** Ask the Deskmate content script in one tab. */
export async function sendToTab<N extends MessageName>(tabId: number, name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const envelope: Envelope = { deskmate: 1, to: 'content', name, payload: protocol[name].request.parse(payload) };
  return unwrapReply(name, await browser.tabs.sendMessage(tabId, envelope));
}

export function unwrapReply<N extends MessageName>(name: N, reply: unknown): ResponseOf<N> {
  const r = reply as Reply<unknown> | undefined;
  if (!r || typeof r !== 'object') throw new ProtocolError(`${name}: no answer (is Deskmate loaded in that context?)`, 'no-receiver');
  if (!r.ok) throw new ProtocolError(r.error, r.code ?? 'error');
  return protocol[name].response.parse(r.value) as ResponseOf<N>;
}
