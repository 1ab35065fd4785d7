import { z } from 'zod';
import { defineMessage } from '../define';

/** lookups messages of the protocol (merged into protocol.ts). */
export const lookupsMessages = {
  // 'name': defineMessage('offscreen' | 'background', requestSchema, responseSchema),
} as const;

void z;
void defineMessage;
