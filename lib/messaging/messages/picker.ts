import { z } from 'zod';
import { defineMessage } from '../define';

/** picker messages of the protocol (merged into protocol.ts). */
export const pickerMessages = {
  /** The popup's "Teach Deskmate this page": open the point-and-teach overlay in that tab. */
  'content.startPicker': defineMessage('content', z.object({}), z.object({ started: z.boolean() })),
} as const;
