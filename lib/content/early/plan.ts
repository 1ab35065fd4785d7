/**
 * What the early guard needs to know: which elements are customer message
 * bodies on which pages, and whether and how to mask. It is derived from the
 * raw stored settings and policy (`earlyPlanFrom`) without the settings
 * schema, so the guard stays small; anything malformed falls back to
 * masking on, Zendesk only. The full script re-decides with validated settings.
 */

export interface EarlyConsole {
  /** Regular expression source tested against the page URL. */
  url: string;
  /** One chat entry. */
  item: string;
  /** The text inside an entry (what gets masked). */
  body: string;
  /** First rule whose selector matches the entry (or something inside it) gives its role. */
  roles: Array<{ selector: string; role: 'customer' | 'agent' | 'system' }>;
  defaultRole: 'customer' | 'agent' | 'system';
}

export interface EarlyMaskPlan {
  masking: boolean;
  style: 'placeholder' | 'blur';
  consoles: EarlyConsole[];
}

/** Before the full script has ever run (first page after install): Zendesk as the manifest ships it. */
export const ZENDESK_EARLY: EarlyConsole = {
  url: String.raw`^https?://([^/]+\.zendesk\.com|localhost|127\.0\.0\.1)(:\d+)?/agent/`,
  item: 'article[data-test-id="omni-log-comment-item"]',
  body: '[data-test-id="omni-log-message-content"]',
  roles: [{ selector: '[data-test-id="omni-log-item-message"][type="end-user"]', role: 'customer' }],
  defaultRole: 'agent',
};

export const DEFAULT_EARLY_PLAN: EarlyMaskPlan = { masking: true, style: 'placeholder', consoles: [ZENDESK_EARLY] };

type Raw = Record<string, unknown> | undefined;
const obj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
/** Policy wins over what a manager stored, as in the settings merge. */
const pick = (policy: Raw, user: Raw, section: string, key: string): unknown => obj(policy?.[section])?.[key] ?? obj(user?.[section])?.[key];

/** The same glob the console definitions use (`urlPatternToRegExp`), kept here so the guard needs no schema. */
export function globToRegExpSource(pattern: string): string {
  return `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`;
}

export function earlyPlanFrom(userSettings: unknown, policy: unknown, paused: boolean): EarlyMaskPlan {
  const user = obj(userSettings);
  const pol = obj(policy);
  const masking = pick(pol, user, 'features', 'abuseMasking') !== false && !paused;
  const style = pick(pol, user, 'classification', 'maskingStyle') === 'blur' ? 'blur' : 'placeholder';
  const defs = pick(pol, user, 'consoles', 'definitions');
  const consoles: EarlyConsole[] = pick(pol, user, 'consoles', 'zendesk') === false ? [] : [ZENDESK_EARLY];
  for (const d of Array.isArray(defs) ? defs : []) {
    const def = obj(d);
    const messages = obj(def?.messages);
    if (typeof def?.urlPattern !== 'string' || typeof messages?.item !== 'string' || typeof messages.body !== 'string') continue;
    const roles = (Array.isArray(messages.roles) ? messages.roles : [])
      .map(obj)
      .filter((r): r is Record<string, unknown> => typeof r?.selector === 'string' && (r.role === 'customer' || r.role === 'agent' || r.role === 'system'))
      .map((r) => ({ selector: r.selector as string, role: r.role as EarlyConsole['defaultRole'] }));
    consoles.push({ url: globToRegExpSource(def.urlPattern), item: messages.item, body: messages.body, roles, defaultRole: 'customer' });
  }
  return { masking, style, consoles };
}

/** Where the early guard leaves its handle for the full script (both run in the extension's isolated world). */
export const EARLY_GUARD_GLOBAL = '__deskmateEarlyGuard';
