/**
 * Everything one message contributes, computed once per message (the
 * incremental extractor caches this by id + text): candidates and cues from
 * customer lines; greetings, requests and issued case numbers from agent lines.
 */
import type { ChatMessage } from '../consoles/types';
import type { Candidate } from './candidate';
import { categoryHits, type CompiledCategoryRule } from './categories';
import { CORRECTION } from './cues';
import { decideCategory } from './first-problem';
import type { ProblemGuess } from './problem-model';
import { foldWidth } from './fold';
import type { NameCandidate } from './name-candidate';
import { scanNamesEn } from './names-en';
import { scanNamesZh } from './names-zh';
import { scanEmails } from './scan-emails';
import { askedIdKind, scanIds, type CompiledPattern, type IdKind } from './scan-ids';
import { scanPhones } from './scan-phones';
import type { Lang } from './types';
import { detectUrgencyCues, type CueSpan } from './urgency';

export interface ScanContext {
  lang: Lang;
  idPatterns: readonly CompiledPattern[];
  categoryRules: readonly CompiledCategoryRule[];
  companyDomains: readonly string[];
}

/** What the agent's last line asked for: an id kind, and/or the customer's name. */
export interface AgentAsk {
  id: IdKind | null;
  name: boolean;
  phone: boolean;
}
export const NO_ASK: AgentAsk = { id: null, name: false, phone: false };

/** Consecutive agent lines ask together ("order ID and email" + "please"). */
export function mergeAsks(a: AgentAsk, b: AgentAsk): AgentAsk {
  return { id: b.id ?? a.id, name: a.name || b.name, phone: a.phone || b.phone };
}
const ASKS_PHONE = /电话|手机号|联系方式|phone|mobile|cell|contact number/i;

const ASKS_NAME = /怎么称呼|贵姓|您的名字|你的名字|您的姓名|姓名|联系人|your (?:full )?name|who am i speaking|who i'?m speaking|name,? please|may i have your|can i get your name|what should i call you|(?:take|get|have|need|confirm|ask for)(?: down)? (?:a|your|the) (?:full )?name|name and (?:a )?(?:contact|phone|number|e-?mail)/i;

export interface MessageScan {
  messageId: string;
  role: ChatMessage['role'];
  candidates: Candidate[];
  names: NameCandidate[];
  /** Index of a correction phrase ("打错了", "typo") in the text, or -1. */
  correctionAt: number;
  cues: CueSpan[];
  categoryHits: ReturnType<typeof categoryHits>;
  /** The problem this message states, if any (hits + precedence); the first one decides the category. */
  problem: ReturnType<typeof categoryHits>[number] | null;
  /**
   * The English problem classifier's guess for a message no keyword rule
   * matched: computed on first need (only when no message of the chat hits a
   * rule) and kept with the cached scan; undefined until then.
   */
  problemGuess?: ProblemGuess | null;
  /** The text the guess is made from (set when the message hit no rule). */
  unmatchedText: string | null;
  /** Agent lines: what the agent asks for next. */
  asks: AgentAsk;
  /** Agent lines: case/ticket numbers the agent issues (never the customer's order). */
  issuedIds: string[];
  /** Agent lines: addresses the agent writes (their own or the company's). */
  agentEmails: string[];
}

const ISSUED = /(?:工单|工单号|案件号|服务单号?|投诉单号?|case|ticket)\s*(?:number|no\.?|#|id|号|编号)?\s*(?:is|是|为)?\s*[:：]?\s*#?([A-Z0-9][A-Z0-9-]{4,})/gi;

const MAYBE_EMAIL = /@|\bat\b|艾特/i;

function emptyScan(msg: ChatMessage): MessageScan {
  return { messageId: msg.id, role: msg.role, candidates: [], names: [], correctionAt: -1, cues: [], categoryHits: [], problem: null, unmatchedText: null, asks: NO_ASK, issuedIds: [], agentEmails: [] };
}

export function scanMessage(msg: ChatMessage, ctx: ScanContext, asked: AgentAsk = NO_ASK): MessageScan {
  const scan = emptyScan(msg);
  if (msg.role === 'system' || msg.internal) return scan;
  const folded = foldWidth(msg.text);
  const correction = CORRECTION.exec(folded);
  const scanNames = ctx.lang === 'zh' ? scanNamesZh : scanNamesEn;
  if (msg.role === 'agent') {
    scan.names = scanNames(folded, true, false);
    scan.asks = { id: askedIdKind(folded), name: ASKS_NAME.test(folded), phone: ASKS_PHONE.test(folded) };
    scan.issuedIds = [...folded.matchAll(ISSUED)].map((m) => m[1]!);
    scan.agentEmails = scanEmails(folded, { companyDomains: [] }).map((c) => c.value);
    return scan;
  }
  // Cheap gates: most chat lines have no digits and no "@"/"at", and skipping
  // the scanners for them is what keeps a 500-message chat fast.
  const digits = folded.match(/\d/g)?.length ?? 0;
  const phones = digits >= 7 ? scanPhones(folded, ctx.lang, asked.phone) : [];
  const emails = MAYBE_EMAIL.test(folded) ? scanEmails(folded, { companyDomains: ctx.companyDomains }) : [];
  const ids = digits >= 1 ? scanIds(folded, ctx.idPatterns, asked.id, [...phones, ...emails]) : [];
  scan.candidates = [...phones, ...emails, ...ids].sort((a, b) => a.start - b.start);
  scan.correctionAt = correction ? correction.index : -1;
  scan.names = scanNames(folded, false, correction !== null, asked.name);
  scan.cues = detectUrgencyCues(folded);
  scan.categoryHits = categoryHits(folded, ctx.categoryRules);
  scan.problem = decideCategory(folded, scan.categoryHits);
  scan.unmatchedText = scan.problem ? null : folded;
  return scan;
}
