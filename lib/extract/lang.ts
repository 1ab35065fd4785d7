import type { ChatMessage } from '../consoles/types';
import type { Lang } from './types';

const HAN = /[\u3400-\u9fff]/g;

/**
 * zh when Han characters make up a noticeable share of the customer's letters.
 * A share, not "any Han char", because English chats quote product names in Chinese.
 */
export interface ScriptCounts {
  han: number;
  latin: number;
}

export function scriptCounts(text: string): ScriptCounts {
  return { han: text.match(HAN)?.length ?? 0, latin: text.match(/[A-Za-z]/g)?.length ?? 0 };
}

/** zh/en from per-message counts (the incremental extractor caches them). */
export function langFromCounts(counts: Iterable<ScriptCounts>): Lang {
  let han = 0;
  let latin = 0;
  for (const c of counts) {
    han += c.han;
    latin += c.latin;
  }
  // A Han char carries about a word; weigh it like ~3 Latin letters.
  return han * 3 >= latin * 0.5 && han > 0 ? 'zh' : 'en';
}

export function detectLang(messages: readonly ChatMessage[]): Lang {
  return langFromCounts(messages.filter((m) => m.role === 'customer').map((m) => scriptCounts(m.text)));
}
