import { browser, type Browser } from 'wxt/browser';
import { envelopeSchema, ProtocolError, type ContextName, type Envelope, type Reply } from './envelope';
import type { z } from 'zod';
import { protocol, type MessageName, type MessagesFor, type Protocol, type RequestOf, type ResponseOf } from './protocol';

type Sender = Browser.runtime.MessageSender;
type RequestData<N extends MessageName> = z.output<Protocol[N]['request']>;
type ResponseData<N extends MessageName> = z.input<Protocol[N]['response']>;

/** The handlers a context provides: only for messages whose target it is. */
export type Handlers<C extends ContextName> = {
  [N in MessagesFor<C>]?: (payload: RequestData<N>, sender: Sender) => Promise<ResponseData<N>> | ResponseData<N>;
};

export interface HandleOptions {
  /** Background only: forward messages meant for another context (the offscreen document). */
  relay?: (envelope: Envelope, sender: Sender) => Promise<unknown>;
}

/**
 * Answer the protocol's messages for one context. Envelopes for other
 * contexts are ignored (every extension page hears runtime messages), senders
 * other than this extension are ignored (page scripts cannot reach us), and
 * payloads are validated before a handler runs.
 */
export function handleMessages<C extends ContextName>(context: C, handlers: Handlers<C>, options: HandleOptions = {}): () => void {
  const listener = (raw: unknown, sender: Sender, sendResponse: (r: unknown) => void): boolean | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = envelopeSchema.safeParse(raw);
    if (!parsed.success || parsed.data.to !== context) return undefined;
    // A context may register handlers in several places: leave a message to the registration that handles it.
    const name = parsed.data.name as MessageName;
    if (protocol[name]?.target === context && !(name in handlers) && !options.relay) return undefined;
    void dispatch(context, handlers, options, parsed.data, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export async function dispatch<C extends ContextName>(context: C, handlers: Handlers<C>, options: HandleOptions, env: Envelope, sender: Sender): Promise<Reply<unknown>> {
  try {
    const name = env.name as MessageName;
    const def = protocol[name];
    if (!def) throw new ProtocolError(`unknown message ${env.name}`, 'unknown');
    if (def.target !== context) {
      if (options.relay) return (await options.relay(env, sender)) as Reply<unknown>;
      throw new ProtocolError(`${name} is not answered by ${context}`, 'wrong-target');
    }
    const handler = (handlers as Record<string, ((p: unknown, s: Sender) => unknown) | undefined>)[name];
    if (!handler) throw new ProtocolError(`${name} has no handler in ${context}`, 'unhandled');
    const request = def.request.safeParse(env.payload);
    if (!request.success) throw new ProtocolError(`${name}: invalid request: ${request.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`, 'invalid');
    const value = await handler(request.data, sender);
    return { ok: true, value };
  } catch (err) {
    const e = err as Error & { code?: string };
    return { ok: false, error: e?.message ?? String(err), code: e instanceof ProtocolError ? e.code : e?.name ?? 'error' };
  }
}

export type { RequestOf, ResponseOf };
