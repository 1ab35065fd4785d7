/**
 * Public entry points. `createIncrementalExtractor` is what the content script
 * uses: each message is scanned once (cached by id, and rescanned only when its
 * text, role, the language or the agent request before it changes), and only
 * the cheap resolve reruns as the conversation grows.
 */
import type { ChatMessage } from '../consoles/types';
import { compileCategoryRules, DEFAULT_CATEGORY_RULES } from './categories';
import { langFromCounts, scriptCounts, type ScriptCounts } from './lang';
import { resolveExtraction } from './resolve';
import { DEFAULT_ORDER_PATTERNS, DEFAULT_TRACKING_PATTERNS } from './rules';
import { compilePatterns } from './scan-ids';
import { mergeAsks, NO_ASK, scanMessage, type AgentAsk, type MessageScan, type ScanContext } from './scan-message';
import type { ExtractOptions, Lang, TicketExtraction } from './types';

/** Options that change while a conversation is open; they only feed the cheap resolve, so no rescan. */
export type LiveExtractOptions = Pick<ExtractOptions, 'signals' | 'agentNames'>;

export interface IncrementalExtractor {
  /** `live` replaces the creation options' signals / agent names for this update (classifier verdicts arrive later). */
  update(messages: readonly ChatMessage[], live?: LiveExtractOptions): TicketExtraction;
  /** Messages scanned vs reused from the cache by the last update (for tests and the bench). */
  readonly lastUpdate: { scanned: number; reused: number };
}

interface CacheEntry {
  text: string;
  role: ChatMessage['role'];
  internal: boolean;
  counts: ScriptCounts;
  /** Language and agent request the scan was made under. */
  context: string;
  scan: MessageScan | null;
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
  let cache = new Map<string, CacheEntry>();
  const lastUpdate = { scanned: 0, reused: 0 };

  function entryFor(msg: ChatMessage, previous: Map<string, CacheEntry>): CacheEntry {
    const old = previous.get(msg.id);
    const internal = msg.internal === true;
    if (old && old.text === msg.text && old.role === msg.role && old.internal === internal) return old;
    return { text: msg.text, role: msg.role, internal, counts: msg.role === 'customer' ? scriptCounts(msg.text) : { han: 0, latin: 0 }, context: '', scan: null };
  }

  return {
    lastUpdate,
    update(messages, live = {}) {
      lastUpdate.scanned = lastUpdate.reused = 0;
      const next = new Map<string, CacheEntry>();
      const entries = messages.map((m) => {
        const e = entryFor(m, cache);
        next.set(m.id, e);
        return e;
      });
      // Only messages still in the conversation stay cached (edits and deletions drop out).
      cache = next;
      const lang = options.lang ?? langFromCounts(entries.map((e) => e.counts));
      let ctx = contexts.get(lang);
      if (!ctx) contexts.set(lang, (ctx = contextFor(options, lang)));

      const scans: MessageScan[] = [];
      let asked: AgentAsk = NO_ASK;
      let prevRole: ChatMessage['role'] | null = null;
      messages.forEach((msg, i) => {
        const entry = entries[i]!;
        const context = `${lang}|${asked.id}|${asked.name}|${asked.phone}`;
        if (entry.scan && entry.context === context) lastUpdate.reused++;
        else {
          entry.scan = scanMessage(msg, ctx, asked);
          entry.context = context;
          lastUpdate.scanned++;
        }
        scans.push(entry.scan);
        // A request stays open across the customer's replies (username, then
        // e-mail, then order id) and consecutive agent lines ask together.
        if (msg.role === 'agent' && !msg.internal) asked = prevRole === 'agent' ? mergeAsks(asked, entry.scan.asks) : entry.scan.asks;
        if (!msg.internal && msg.role !== 'system') prevRole = msg.role;
      });
      const agentNames = [...(live.agentNames ?? options.agentNames ?? []), ...messages.filter((m) => m.role === 'agent' && m.name).map((m) => m.name)];
      const displayNames = [...new Set(messages.filter((m) => m.role === 'customer' && m.name).map((m) => m.name))];
      return resolveExtraction({ lang, scans, agentNames, displayNames, signals: live.signals ?? options.signals });
    },
  };
}

/** One-shot extraction over a whole conversation. */
export function extractTicketFields(messages: readonly ChatMessage[], options: ExtractOptions = {}): TicketExtraction {
  return createIncrementalExtractor(options).update(messages);
}
