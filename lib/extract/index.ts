/** Ticket-field extraction from the chat (issue 3): pure, DOM-free, content-script safe. */
export { extractTicketFields, createIncrementalExtractor, type IncrementalExtractor, type LiveExtractOptions } from './extract';
export { toCliRecord, type ExtractionRecord } from './cli-record';
export { detectRepeatContact, detectThreats, type CueSpan } from './urgency';
export { normalizePhone, describePhone, type PhoneCountry } from './phone';
export { DEFAULT_ORDER_PATTERNS, DEFAULT_TRACKING_PATTERNS, patternRuleSchema, categoryRuleSchema, type PatternRule, type CategoryRule } from './rules';
export { DEFAULT_CATEGORY_RULES } from './categories';
export { detectLang } from './lang';
export * from './types';
