import type { SelectorCandidate } from './candidate';
import { safeQueryAll } from './candidate';
import { uniqueSelectors } from './unique-selector';
import { findMessageItem, innerSelectors, messageItemSelectors, roleSelectors } from './message-kinds';
import { INNER_STEPS, MESSAGE_KINDS, PICKER_STEPS, isFieldStep, type InnerStep, type MessageKind, type StepId } from './steps';

/** What one step resolved to: the ranked selectors, the one in use, and what it finds now. */
export interface StepResult {
  candidates: SelectorCandidate[];
  /** The selector in use: the manager's choice among the candidates, else the best. */
  selector: string;
  /** Why the step cannot be used as it stands (nothing acceptable found, ...). */
  problem?: 'no-selector' | 'outside-conversation' | 'not-in-a-message' | 'messages-outside';
}

export interface Derived {
  steps: Partial<Record<StepId, StepResult>>;
  /** The message item: every message, of every kind. */
  item: StepResult | null;
  items: Element[];
}

/**
 * The picker's memory: which element the manager pointed at for each step,
 * and which alternative they preferred. Everything else is derived again
 * after every click, because a later click (an agent message after a
 * customer one) changes what the earlier ones generalise to.
 */
export class PickerSession {
  readonly clicks = new Map<StepId, Element>();
  readonly chosen = new Map<StepId | 'item', string>();
  constructor(readonly doc: Document) {}

  pick(step: StepId, el: Element): void {
    this.clicks.set(step, liftTarget(step, el));
    this.chosen.delete(step);
  }

  clear(step: StepId): void {
    this.clicks.delete(step);
    this.chosen.delete(step);
  }

  /** The manager wants the area around what they clicked ("Larger area", or ArrowUp while pointing). */
  widen(step: StepId): void {
    const el = this.clicks.get(step);
    const parent = el?.parentElement;
    if (el && parent && parent.tagName !== 'HTML') this.pick(step, parent);
  }

  choose(step: StepId | 'item', selector: string): void {
    this.chosen.set(step, selector);
  }

  derive(): Derived {
    const steps: Derived['steps'] = {};
    const result = (key: StepId | 'item', candidates: SelectorCandidate[], problem?: StepResult['problem']): StepResult => {
      const pref = this.chosen.get(key);
      const selector = pref && candidates.some((c) => c.selector === pref) ? pref : candidates[0]?.selector ?? '';
      const flagged = problem ?? (selector ? undefined : 'no-selector');
      return { candidates, selector, ...(flagged ? { problem: flagged } : {}) };
    };
    const picked = this.clicks.get('conversation') ?? null;
    // A conversation that holds none of the messages pointed at is the wrong area: read the document, and say so.
    const messageClicks = [...MESSAGE_KINDS, ...INNER_STEPS].map((k) => this.clicks.get(k)).filter((e): e is Element => !!e);
    const conversation = picked && messageClicks.some((e) => !picked.contains(e)) ? null : picked;
    if (picked && !conversation) steps.conversation = { candidates: [], selector: '', problem: 'messages-outside' };
    const root: ParentNode = conversation ?? this.doc;
    for (const s of PICKER_STEPS) {
      if (s.kind !== 'unique') continue;
      const el = this.clicks.get(s.id);
      if (el && !steps[s.id]) steps[s.id] = result(s.id, uniqueSelectors(el, this.doc));
    }
    for (const [id, el] of this.clicks) {
      if (!isFieldStep(id)) continue;
      // Fields are read inside the active ticket: one outside the conversation area would never be found.
      const inside = !conversation || conversation.contains(el);
      steps[id] = result(id, uniqueSelectors(el, inside ? root : this.doc), inside ? undefined : 'outside-conversation');
    }

    // Messages: the item of every kind clicked, then what tells the kinds apart.
    const examples = new Map<MessageKind | InnerStep, Element>();
    const known: Element[] = [];
    for (const k of [...MESSAGE_KINDS, ...INNER_STEPS]) {
      const click = this.clicks.get(k);
      const item = click ? findMessageItem(click, conversation, known) : null;
      if (item) {
        examples.set(k, item);
        if (!known.includes(item)) known.push(item);
      }
    }
    if (known.length === 0) {
      for (const k of [...MESSAGE_KINDS, ...INNER_STEPS]) if (this.clicks.has(k)) steps[k] = result(k, [], 'not-in-a-message');
      return { steps, item: null, items: [] };
    }
    const item = result('item', messageItemSelectors(known, root));
    const items = item.selector ? safeQueryAll(root, item.selector) : known;
    for (const kind of MESSAGE_KINDS) {
      const ex = examples.get(kind);
      if (!ex) continue;
      const others = MESSAGE_KINDS.filter((k) => k !== kind).map((k) => examples.get(k)).filter((e): e is Element => !!e && e !== ex);
      steps[kind] = result(kind, roleSelectors(ex, others, items));
    }
    for (const inner of INNER_STEPS) {
      const click = this.clicks.get(inner);
      const ex = click ? items.find((i) => i.contains(click)) : undefined;
      if (click) steps[inner] = ex ? result(inner, innerSelectors(click, ex, items)) : result(inner, [], 'not-in-a-message');
    }
    return { steps, item, items };
  }
}

/**
 * Managers click what they see: a paragraph of the composer, a label beside a
 * field. Take the control they mean.
 */
export function liftTarget(step: StepId, el: Element): Element {
  if (step === 'composer') return el.closest('[contenteditable="true"], [contenteditable=""], textarea') ?? el;
  if (isFieldStep(step) || step === 'noteSwitch') {
    if (el.matches('input, select, textarea, [contenteditable="true"]')) return el;
    const label = el.closest('label');
    const forId = label?.getAttribute('for');
    const labelled = forId ? el.ownerDocument.getElementById(forId) : null;
    if (labelled) return labelled;
    const inner = el.querySelectorAll('input:not([type="hidden"]), select, textarea');
    if (inner.length === 1) return inner[0]!;
  }
  return el;
}
