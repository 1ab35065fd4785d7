import type { ChatMessage } from '../../../consoles/types';
import { createIncrementalExtractor, type ExtractOptions } from '../../../extract';

/**
 * One short chat per step that walks every scanner once: Chinese and English,
 * names, phones (the phone library loads its metadata on first use), e-mails,
 * order and tracking ids, an agent request. Written for the warm-up, not from
 * any dataset.
 */
const SAMPLES: Array<Array<[ChatMessage['role'], string]>> = [
  [['customer', '你好']],
  [['customer', '订单 240312598746 还没到，顺丰单号 SF1234567890123']],
  [['agent', '请问怎么称呼？方便留个电话吗？'], ['customer', '我叫王敏，电话 138-1234-5678，邮箱 wang@example.com']],
  [['customer', 'hello, my order ORD-2024-00123 never arrived']],
  [['agent', 'May I have your name and number?'], ['customer', "I'm Sarah Connor, call me on (415) 555-0199 or sarah@example.com, UPS 1Z999AA10123456784"]],
];

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The first extraction on a page is slow (≈ 80–150 ms): V8 compiles the
 * scanners' regular expressions and functions lazily, and the phone library
 * reads its metadata. Paying that in one go would be a long task, so it is
 * paid here in small steps, each in its own task, before the first real
 * extraction. Later extractors on the page are fast (≈ 3 ms for a short chat).
 */
/** Resolves with the longest step in ms (what the page felt). */
export async function warmUpExtraction(options: ExtractOptions, opts: { yieldToPage?: () => Promise<void>; signal?: AbortSignal } = {}): Promise<number> {
  const { yieldToPage = macrotask, signal } = opts;
  let longest = 0;
  for (const sample of SAMPLES) {
    if (signal?.aborted) break;
    const t0 = performance.now();
    const messages = sample.map(([role, text], i): ChatMessage => ({ id: `warm-${i}`, role, name: '', text, time: null }));
    createIncrementalExtractor(options).update(messages);
    longest = Math.max(longest, performance.now() - t0);
    await yieldToPage();
  }
  return longest;
}
