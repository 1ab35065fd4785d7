/**
 * cs_chats_written (../shared/datasets/cs_chats_written): service chats written
 * independently of this project, with per-message sentiment and abuse labels on
 * customer messages. Its `split` field is a contract: "tune" may be read, trained
 * and tuned on; "report" is for figures only (never print or inspect its items).
 */
import { readText, type Example, type Lang } from './corpus';

export type ChatSplit = 'tune' | 'report';
export interface WrittenCustomerMessage {
  chatId: string;
  split: ChatSplit;
  /** The chat's language: zh, en or mixed. */
  lang: Lang | 'mixed';
  domain: string;
  text: string;
  sentiment: 'negative' | 'neutral' | 'positive';
  abusive: boolean;
}

interface RawChat {
  id: string;
  split: ChatSplit;
  lang: Lang | 'mixed';
  domain: string;
  messages: Array<{ role: 'customer' | 'agent'; text: string; sentiment?: WrittenCustomerMessage['sentiment']; abusive?: boolean }>;
}

/** Customer messages of one split, in chat order. */
export function writtenCustomerMessages(split: ChatSplit): WrittenCustomerMessage[] {
  const chats = readText('cs_chats_written/conversations.jsonl').trim().split('\n').map((l) => JSON.parse(l) as RawChat);
  return chats
    .filter((c) => c.split === split)
    .flatMap((c) =>
      c.messages
        .filter((m) => m.role === 'customer' && m.sentiment)
        .map((m) => ({ chatId: c.id, split: c.split, lang: c.lang, domain: c.domain, text: m.text, sentiment: m.sentiment!, abusive: m.abusive === true })),
    );
}

/**
 * The tune part as training rows for one task (label indices as in lib/classify/labels.ts).
 * Never the report part: that one only ever yields figures.
 */
export function writtenTuneExamples(task: 'abuse' | 'sentiment'): Example[] {
  return writtenCustomerMessages('tune').map((m) => ({
    text: m.text,
    label: task === 'abuse' ? (m.abusive ? 0 : 1) : ['negative', 'neutral', 'positive'].indexOf(m.sentiment),
    // Mixed chats are mostly Chinese with English words; the language tag only groups figures.
    lang: m.lang === 'en' ? 'en' : 'zh',
    source: 'cs_chats_written-tune',
    split: 'train' as const,
  }));
}
