/** The hand-written service-chat dev set (data/cs-chat-dev.jsonl) as Example rows for one task. Never trained on. */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABUSE_LABELS, SENTIMENT_LABELS } from '../lib/classify/labels';
import { normalizeForModel } from '../lib/classify/preprocess';
import type { Example, Lang } from './corpus';

export interface ChatLine {
  id: string;
  lang: Lang;
  text: string;
  abuse: (typeof ABUSE_LABELS)[number];
  sentiment: (typeof SENTIMENT_LABELS)[number];
}

export function readChatDev(): ChatLine[] {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), 'data/cs-chat-dev.jsonl');
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ChatLine);
}

/** Normalised rows, source "cs-chat", split "dev". */
export function chatDev(task: 'abuse' | 'sentiment'): Example[] {
  return readChatDev().map((c) => ({
    text: normalizeForModel(c.text),
    lang: c.lang,
    source: 'cs-chat',
    split: 'dev' as const,
    label: task === 'abuse' ? ABUSE_LABELS.indexOf(c.abuse) : SENTIMENT_LABELS.indexOf(c.sentiment),
  }));
}
