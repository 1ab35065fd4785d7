import { z } from 'zod';
import { defineMessage } from '../define';

/** knowledge messages of the protocol (merged into protocol.ts). */
export const knowledgeMessages = {
  // 'name': defineMessage('offscreen' | 'background', requestSchema, responseSchema),
} as const;

void z;
void defineMessage;
