import { z } from 'zod';
import { defineMessage } from '../define';

/** history messages of the protocol (merged into protocol.ts). */
export const historyMessages = {
  // 'name': defineMessage('offscreen' | 'background', requestSchema, responseSchema),
} as const;

void z;
void defineMessage;
