import type { z } from 'zod';
import type { ContextName } from './envelope';

/** One message: who answers it, what it carries, what comes back. */
export interface MessageDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  target: Exclude<ContextName, never>;
  request: Req;
  response: Res;
}

export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(
  target: ContextName,
  request: Req,
  response: Res,
): MessageDef<Req, Res> {
  return { target, request, response };
}
