/**
 * Public entry points. `createIncrementalExtractor` is what the content script
 * uses: each message is scanned once (cached by id, text and the agent request
 * before it), and only the cheap resolve reruns as the conversation grows.
 */
import type { ChatMessage } from '../consoles/types';
import { compileCategoryRules, DEFAULT_CATEGORY_RULES } from './categories';
import { detectLang } from './lang';
import { resolveExtraction } from './resolve';
import { DEFAULT_ORDER_PATTERNS, DEFAULT_TRACKING_PATTERNS } from './rules';
import { compilePatterns } from './scan-ids';
import { mergeAsks, NO_ASK, scanMessage, type AgentAsk, type MessageScan, type ScanContext } from './scan-message';
import type { ExtractOptions, Lang, TicketExtraction } from './types';

export interface IncrementalExtractor {
  update(messages: readonly ChatMessage[]): TicketExtraction;
  /** Messages scanned vs reused from the cache by the last update (for tests and the bench). */
  readonly lastUpdate: { scanned: number; reused: number };
}

function contextFor(options: ExtractOptions, lang: Lang): ScanContext {
  return {
    lang,
    idPatterns: [
      ...compilePatterns(options.orderPatterns ?? DEFAULT_ORDER_PATTERNS, 'order'),
      ...compilePatterns(options.trackingPatterns ?? DEFAULT_TRACKING_PATTERNS, 'tracking'),
    ],
    categoryRules: compileCategoryRules(options.categoryRules ?? DEFAULT_CATEGORY_RULES),
    companyDomains: options.companyDomains ?? [],
  };
}

export function createIncrementalExtractor(options: ExtractOptions = {}): IncrementalExtractor {
  const contexts = new Map<Lang, ScanContext>();
  let cache = new Map<string, MessageScan>();
  const lastUpdate = { scanned: 0, reused: 0 };
  return {
    lastUpdate,
    update(messages) {
      lastUpdate.scanned = lastUpdate.reused = 0;
      const lang = options.lang ?? detectLang(messages);
      let ctx = contexts.get(lang);
      if (!ctx) contexts.set(lang, (ctx = contextFor(options, lang)));
      const next = new Map<string, MessageScan>();
      const scans: MessageScan[] = [];
      let asked: AgentAsk = NO_ASK;
      let prevRole: ChatMessage['role'] | null = null;
      for (const msg of messages) {
        const key: string = `${lang}\u0000${asked.id}${asked.name}${asked.phone}\u0000${msg.id}\u0000${msg.role}\u0000${msg.internal ? 1 : 0}\u0000${msg.text}`;
        const cached = cache.get(key);
        const scan: MessageScan = cached ?? scanMessage(msg, ctx, asked);
        if (cached) lastUpdate.reused++;
        else lastUpdate.scanned++;
        next.set(key, scan);
        scans.push(scan);
        // A request stays open across the customer's replies (username, then
        // e-mail, then order id) and consecutive agent lines ask together.
        if (msg.role === 'agent' && !msg.internal) asked = prevRole === 'agent' ? mergeAsks(asked, scan.asks) : scan.asks;
        if (!msg.internal && msg.role !== 'system') prevRole = msg.role;
      }
      // Only messages still in the conversation stay cached (edits and deletions drop out).
      cache = next;
      const agentNames = [...(options.agentNames ?? []), ...messages.filter((m) => m.role === 'agent' && m.name).map((m) => m.name)];
      return resolveExtraction({ lang, scans, agentNames, signals: options.signals });
    },
  };
}

/** One-shot extraction over a whole conversation. */
export function extractTicketFields(messages: readonly ChatMessage[], options: ExtractOptions = {}): TicketExtraction {
  return createIncrementalExtractor(options).update(messages);
}
