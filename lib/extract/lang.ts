import type { ChatMessage } from '../consoles/types';
import type { Lang } from './types';

const HAN = /[\u3400-\u9fff]/g;

/**
 * zh when Han characters make up a noticeable share of the customer's letters.
 * A share, not "any Han char", because English chats quote product names in Chinese.
 */
export function detectLang(messages: readonly ChatMessage[]): Lang {
  let han = 0;
  let latin = 0;
  for (const m of messages) {
    if (m.role !== 'customer') continue;
    han += m.text.match(HAN)?.length ?? 0;
    latin += m.text.match(/[A-Za-z]/g)?.length ?? 0;
  }
  // A Han char carries about a word; weigh it like ~3 Latin letters.
  return han * 3 >= latin * 0.5 && han > 0 ? 'zh' : 'en';
}
