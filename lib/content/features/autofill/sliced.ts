import type { ChatMessage } from '../../../consoles/types';
import type { IncrementalExtractor, LiveExtractOptions, TicketExtraction } from '../../../extract';

export interface SliceOptions {
  /** Messages scanned per step (about 0.2–0.3 ms each on a loaded laptop-class core). @default 25 */
  chunk?: number;
  /** Yield to the page once a run of steps has taken this long. @default 8 */
  budgetMs?: number;
  /** How to give the page back its turn (a macrotask in the browser). */
  yieldToPage?: () => Promise<void>;
  /** True when a newer snapshot has superseded this one: stop and return null. */
  cancelled?: () => boolean;
  now?: () => number;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Extraction that never becomes a long task. A new message or two (the usual
 * case) is one synchronous update (< 1 ms). A ticket opened with hundreds of
 * unread messages is fed to the extractor a prefix at a time: each prefix
 * scans only its new messages (the rest come from the extractor's cache), and
 * the page gets its turn whenever `budgetMs` is used up. The result is the
 * same as one update over everything, because the extractor's cache makes
 * a prefix walk equal to a full pass.
 */
export async function extractSliced(
  extractor: IncrementalExtractor,
  messages: readonly ChatMessage[],
  alreadyScanned: number,
  live: LiveExtractOptions,
  opts: SliceOptions = {},
): Promise<TicketExtraction | null> {
  const { chunk = 25, budgetMs = 8, yieldToPage = macrotask, cancelled = () => false, now = () => performance.now() } = opts;
  if (messages.length - alreadyScanned <= chunk) return extractor.update(messages, live);
  let done = Math.max(0, Math.min(alreadyScanned, messages.length));
  let sliceStart = now();
  for (;;) {
    done = Math.min(messages.length, done + chunk);
    const result = extractor.update(done === messages.length ? messages : messages.slice(0, done), live);
    if (done === messages.length) return result;
    if (now() - sliceStart >= budgetMs) {
      await yieldToPage();
      if (cancelled()) return null;
      sliceStart = now();
    }
  }
}
