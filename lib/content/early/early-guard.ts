import { quickAbuseCheck } from '../../classify/lexicon';
import { visibleText } from '../../consoles/dom-text';
import { ensureMaskStyle, MASK_ATTR } from '../features/classify/mask-dom';
import { PRE_HIDE_FAILSAFE_MS, preHidePage } from '../pre-hide';
import { DEFAULT_EARLY_PLAN, type EarlyConsole, type EarlyMaskPlan } from './plan';

/**
 * The small script that runs at document_start, before the console paints
 * anything, while the full content script (panel, models, features) waits
 * for document_idle: on a built-in console it starts at once, elsewhere it
 * keeps the body unpainted until it has its plan (one storage read, released
 * as it answers, at most 1 s), then checks every customer message with the on-page lexicon
 * in the mutation callback that inserts it, before paint. What it hides the
 * full script hides too (same lexicon), and gives a Show button, when it takes
 * over (`handOver`).
 */
export interface EarlyGuard {
  /** The full script has its own masking running: stop watching. */
  handOver(): void;
}

export function startEarlyGuard(doc: Document, readPlan: () => Promise<EarlyMaskPlan>): EarlyGuard {
  const href = doc.location.href;
  let plan: EarlyMaskPlan = DEFAULT_EARLY_PLAN;
  let here: EarlyConsole[] = [];
  const checked = new WeakMap<Element, string>();
  const hidden = new Set<Element>();
  const scan = () => {
    for (const c of here) maskAbusive(doc, c, plan, checked, hidden);
  };
  const observer = new MutationObserver(scan);
  let handedOver = false;
  const use = (next: EarlyMaskPlan) => {
    plan = next;
    here = next.masking ? next.consoles.filter((c) => safeTest(c.url, href)) : [];
    if (!here.length) {
      observer.disconnect();
      for (const el of hidden) el.removeAttribute(MASK_ATTR);
      hidden.clear();
      return;
    }
    ensureMaskStyle(doc);
    scan();
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  };
  // A built-in console's selectors are known without reading anything: guard it from the first byte, no pre-hide.
  // Elsewhere the page may be a console defined in settings, so it stays unpainted until the plan is read (at most 1 s).
  const builtIn = DEFAULT_EARLY_PLAN.consoles.some((c) => safeTest(c.url, href));
  // Released as soon as the plan is read (one storage read, typically 60–250 ms); the failsafe is longer than the
  // 300 ms hold on purpose: on a loaded machine the read can take longer, and painting the page before the guard
  // knows what to check is exactly how abuse was shown in clear on page load.
  const preHide = builtIn ? null : preHidePage(doc, PRE_HIDE_FAILSAFE_MS);
  if (builtIn) use(DEFAULT_EARLY_PLAN);
  void readPlan()
    .then((raw) => {
      if (!handedOver) use(raw);
    })
    .catch(() => undefined)
    .finally(() => preHide?.release());
  return {
    handOver() {
      handedOver = true;
      observer.disconnect();
      preHide?.release();
    },
  };
}

function maskAbusive(doc: Document, c: EarlyConsole, plan: EarlyMaskPlan, checked: WeakMap<Element, string>, hidden: Set<Element>): void {
  let items: NodeListOf<Element>;
  try {
    items = doc.querySelectorAll(c.item);
  } catch {
    return; // a selector this browser cannot parse: the full script reports it
  }
  for (const item of Array.from(items)) {
    const body = item.querySelector(c.body);
    if (!body) continue;
    const text = visibleText(body);
    if (checked.get(body) === text) continue;
    checked.set(body, text);
    if (roleOf(item, c) !== 'customer') continue;
    if (!quickAbuseCheck(text).abusive) continue;
    body.setAttribute(MASK_ATTR, `hidden:${plan.style}`);
    hidden.add(body);
  }
}

function roleOf(item: Element, c: EarlyConsole): EarlyConsole['defaultRole'] {
  for (const r of c.roles) {
    try {
      if (item.matches(r.selector) || item.querySelector(r.selector)) return r.role;
    } catch {
      /* unparsable selector: next rule */
    }
  }
  return c.defaultRole;
}

function safeTest(source: string, href: string): boolean {
  try {
    return new RegExp(source).test(href);
  } catch {
    return false;
  }
}
