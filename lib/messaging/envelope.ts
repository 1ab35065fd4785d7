import { z } from 'zod';

/**
 * Every Deskmate message travels in this envelope. `to` names the context
 * that must answer; every other context ignores it, which matters because
 * `runtime.sendMessage` reaches every extension page (the offscreen document
 * and an open options page hear what the content script sends).
 */
export const CONTEXTS = ['background', 'offscreen', 'content'] as const;
export type ContextName = (typeof CONTEXTS)[number];

export const envelopeSchema = z.object({
  deskmate: z.literal(1),
  to: z.enum(CONTEXTS),
  name: z.string().min(1),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Responses are always wrapped so an error crosses the boundary as data, never as a silent undefined. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };

export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly code: string = 'error',
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}
