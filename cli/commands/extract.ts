/**
 * `npm run cli -- extract --in CHATS.jsonl --out PRED.jsonl`: the same
 * extractTicketFields the content script runs, over JSONL chats
 * `{"id","lang","messages":[{"role","text"}]}`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CliArgs } from '../args';
import type { ChatMessage } from '../../lib/consoles/types';
import { extractTicketFields, toCliRecord, type Lang } from '../../lib/extract';

export interface ChatLine {
  id: string;
  /** zh or en fixes the language; anything else ("mixed") leaves it to detection. */
  lang?: Lang | (string & {});
  messages: Array<{ role: ChatMessage['role']; text: string; name?: string }>;
}

export function toChatMessages(chat: ChatLine): ChatMessage[] {
  return chat.messages.map((m, i) => ({ id: `${chat.id}:${i}`, role: m.role, name: m.name ?? '', text: m.text, time: null }));
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}

export async function run(args: CliArgs): Promise<void> {
  const chats = readJsonl<ChatLine>(args.require('in'));
  const started = performance.now();
  const out = chats.map((chat) => JSON.stringify({ id: chat.id, ...toCliRecord(extractTicketFields(toChatMessages(chat), { lang: chat.lang === 'zh' ? 'zh' : chat.lang === 'en' ? 'en' : undefined })) }));
  writeFileSync(args.require('out'), out.join('\n') + '\n');
  console.error(`extract: ${chats.length} chats in ${(performance.now() - started).toFixed(0)} ms → ${args.flags.out}`);
}
