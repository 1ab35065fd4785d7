import { z } from 'zod';
import { defineMessage } from '../define';

/** classify messages of the protocol (merged into protocol.ts). */
export const classifyMessages = {
  // 'name': defineMessage('offscreen' | 'background', requestSchema, responseSchema),
} as const;

void z;
void defineMessage;
