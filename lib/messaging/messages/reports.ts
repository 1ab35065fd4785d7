import { z } from 'zod';
import { defineMessage } from '../define';

/** reports messages of the protocol (merged into protocol.ts). */
export const reportsMessages = {
  // 'name': defineMessage('offscreen' | 'background', requestSchema, responseSchema),
} as const;

void z;
void defineMessage;
