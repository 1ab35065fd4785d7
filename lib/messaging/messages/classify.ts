import { z } from 'zod';
import { defineMessage } from '../define';

export const modelStatusSchema = z.object({
  state: z.enum(['idle', 'loading', 'ready', 'error']),
  /** 0–1 while loading. */
  progress: z.number(),
  source: z.enum(['bundled', 'mirror']),
  /** Why the mirror was not used, or why loading failed. */
  message: z.string().nullable(),
  loadMs: z.number().nullable(),
});
export type ModelStatus = z.infer<typeof modelStatusSchema>;

export const verdictSchema = z.object({
  sentiment: z.enum(['negative', 'neutral', 'positive']),
  sentimentScore: z.number(),
  /** P(abusive) after the model and the lexicon are combined; the content side applies the threshold from settings. */
  pAbusive: z.number(),
});
export type ModelVerdict = z.infer<typeof verdictSchema>;

/** On-device classification; only customer messages are ever sent. */
export const classifyMessages = {
  'classify.messages': defineMessage(
    'offscreen',
    z.object({ texts: z.array(z.string().max(20_000)).min(1).max(256) }),
    z.object({ verdicts: z.array(verdictSchema), status: modelStatusSchema, ms: z.number() }),
  ),
  /** Start loading the models (the panel shows progress) without classifying anything. */
  'classify.status': defineMessage('offscreen', z.object({ warmup: z.boolean().default(false) }), modelStatusSchema),
} as const;
