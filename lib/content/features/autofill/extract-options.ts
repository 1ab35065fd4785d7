import { DEFAULT_CATEGORY_RULES, DEFAULT_ORDER_PATTERNS, DEFAULT_TRACKING_PATTERNS, type ExtractOptions, type ExtractSignals } from '../../../extract';
import type { Settings } from '../../../settings/schema';
import type { TicketInsights } from '../../insights';

/**
 * Settings → extractor options. The settings hold only the organisation's
 * extra rules: they are added after the built-in ones, so a shop's own order
 * format never removes a default.
 */
export function extractOptionsFrom(settings: Settings): ExtractOptions {
  const a = settings.autofill;
  return {
    orderPatterns: [...DEFAULT_ORDER_PATTERNS, ...a.orderPatterns],
    trackingPatterns: [...DEFAULT_TRACKING_PATTERNS, ...a.trackingPatterns],
    categoryRules: [...DEFAULT_CATEGORY_RULES, ...a.categoryRules],
  };
}

/** Classifier verdicts and history's repeat count, as the extractor's priority/escalation signals. */
export function signalsFrom(insights: Pick<TicketInsights, 'verdicts' | 'repeatContacts'>): ExtractSignals {
  const abusiveMessageIds: string[] = [];
  const negativeMessageIds: string[] = [];
  for (const [id, v] of Object.entries(insights.verdicts)) {
    if (v.abusive) abusiveMessageIds.push(id);
    if (v.sentiment === 'negative') negativeMessageIds.push(id);
  }
  return { abusiveMessageIds, negativeMessageIds, repeatContacts: insights.repeatContacts };
}
