import type { z } from 'zod';
import type { ContextName } from './envelope';

/** One message: who answers it, what it carries, what comes back. */
export interface MessageDef<T extends ContextName = ContextName, Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  target: T;
  request: Req;
  response: Res;
}

export function defineMessage<T extends ContextName, Req extends z.ZodType, Res extends z.ZodType>(target: T, request: Req, response: Res): MessageDef<T, Req, Res> {
  return { target, request, response };
}
