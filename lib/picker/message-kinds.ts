import { elementTokens, type SelectorToken } from './tokens';
import { rank, safeQueryAll, type SelectorCandidate } from './candidate';

/**
 * "A selector for a message must match every message of its kind, not only
 * the one clicked." From one click inside a message, find the repeating unit
 * (the message item), then selectors built only from what the item shares
 * with its siblings: classes, data-* hooks and attribute presence, never ids
 * or positions, which single out the one message clicked.
 */

/** The message item around a click: the ancestor repeated most among its siblings (below `container`). */
export function findMessageItem(clicked: Element, container: Element | null, known: Element[] = []): Element | null {
  // Once one message is known, another is the ancestor that sits beside it.
  for (const k of known) {
    let cur: Element | null = clicked;
    while (cur && cur !== container) {
      if (cur.parentElement && cur.parentElement === k.parentElement) return cur;
      cur = cur.parentElement;
    }
  }
  let best: { el: Element; repeats: number } | null = null;
  let cur: Element | null = clicked;
  while (cur && cur !== container && cur.parentElement && cur.tagName !== 'BODY') {
    const repeats = likeSiblings(cur).length;
    // '>=': among equal repeats the outer ancestor wins (a message, not a paragraph of it)
    if (repeats >= 2 && (!best || repeats >= best.repeats)) best = { el: cur, repeats };
    cur = cur.parentElement;
  }
  return best?.el ?? null;
}

/** Siblings of the same tag sharing a sturdy class (or, classless, the same attribute names). */
function likeSiblings(el: Element): Element[] {
  const parent = el.parentElement;
  if (!parent) return [el];
  const classes = sturdyClasses(el);
  const attrs = attrNames(el);
  return Array.from(parent.children).filter((s) => {
    if (s.tagName !== el.tagName) return false;
    if (classes.length) return sturdyClasses(s).some((c) => classes.includes(c));
    return attrs.length > 0 && attrNames(s).join() === attrs.join();
  });
}

const sturdyClasses = (el: Element) => elementTokens(el, { ids: false }).filter((t) => t.kind === 'class').map((t) => t.css);
const attrNames = (el: Element) => Array.from(el.attributes).map((a) => a.name).filter((n) => n.startsWith('data-')).sort();

/** Tokens every example shares. */
function sharedTokens(examples: Element[]): SelectorToken[] {
  const [first, ...rest] = examples;
  if (!first) return [];
  const lists = rest.map((e) => new Set(elementTokens(e, { ids: false, presence: true }).map((t) => t.css)));
  return elementTokens(first, { ids: false, presence: true }).filter((t) => lists.every((l) => l.has(t.css)));
}

/**
 * Selectors of the message item matching every example, no nested matches
 * (a message inside a message would be read twice), and, preferably, nothing
 * beyond the examples' siblings.
 */
export function messageItemSelectors(examples: Element[], scope: ParentNode, limit = 4): SelectorCandidate[] {
  const tokens = sharedTokens(examples);
  const parents = new Set(examples.map((e) => e.parentElement));
  const out: SelectorCandidate[] = [];
  const consider = (selector: string, penalty: number) => {
    const all = safeQueryAll(scope, selector);
    if (!examples.every((e) => all.includes(e))) return;
    if (all.some((a) => all.some((b) => a !== b && a.contains(b)))) return;
    const outside = all.filter((a) => !parents.has(a.parentElement)).length;
    out.push({ selector, score: penalty + Math.min(outside, 10) * 2, matches: all.length });
  };
  for (const t of tokens) consider(t.css, t.penalty);
  const tag = tokens.find((t) => t.kind === 'tag');
  for (const a of tokens) for (const b of tokens) if (a.css < b.css && a.kind !== 'tag' && b.kind !== 'tag') consider(`${a.css}${b.css}`, a.penalty + b.penalty);
  if (tag) for (const t of tokens) if (t.kind !== 'tag' && !t.css.startsWith(tag.css)) consider(`${tag.css}${t.css}`, t.penalty + 1);
  // Anchored to the list that holds them, when the tokens alone reach too far
  const parent = examples[0]?.parentElement;
  if (parent && parents.size === 1) {
    for (const pt of elementTokens(parent).filter((t) => t.kind !== 'tag').slice(0, 2)) for (const t of tokens.slice(0, 3)) consider(`${pt.css} > ${t.css}`, pt.penalty + t.penalty + 1);
  }
  return rank(out, limit);
}

/**
 * What tells this kind of message (customer, agent, internal note) apart: a
 * token on the item, or on something inside it, that the example has and the
 * other kinds' examples do not. A role rule may match inside the item.
 */
export function roleSelectors(example: Element, others: Element[], items: Element[], limit = 4): SelectorCandidate[] {
  const out: SelectorCandidate[] = [];
  const hits = (item: Element, sel: string) => {
    try {
      return item.matches(sel) || !!item.querySelector(sel);
    } catch {
      return false;
    }
  };
  const consider = (selector: string, penalty: number) => {
    if (!hits(example, selector) || others.some((o) => hits(o, selector))) return;
    const matches = items.filter((i) => hits(i, selector)).length;
    out.push({ selector, score: penalty, matches });
  };
  for (const t of elementTokens(example, { ids: false })) if (t.kind !== 'tag') consider(t.css, t.penalty);
  // markers inside the item (an "internal" badge, a customer avatar class), a little dearer
  const inner = Array.from(example.querySelectorAll('*')).slice(0, 200);
  for (const el of inner) for (const t of elementTokens(el, { ids: false })) if (t.kind !== 'tag') consider(t.css, t.penalty + 2);
  return rank(out, limit);
}

/**
 * A selector inside every message (its text, author, time, a signature to
 * drop): built from the clicked element or one of its ancestors inside the
 * item, ranked by how many messages it finds something in, and how close it
 * stays to what was clicked. It must find the clicked element first in the
 * clicked message.
 */
export function innerSelectors(clicked: Element, item: Element, items: Element[], limit = 4): SelectorCandidate[] {
  const out: SelectorCandidate[] = [];
  const levels: Element[] = [];
  for (let cur: Element | null = clicked; cur && cur !== item && item.contains(cur); cur = cur.parentElement) levels.push(cur);
  const consider = (selector: string, target: Element, penalty: number) => {
    if (safeQueryAll(item, selector)[0] !== target) return;
    const found = items.map((i) => safeQueryAll(i, selector).length);
    const coverage = items.length ? found.filter((n) => n > 0).length / items.length : 1;
    const several = found.filter((n) => n > 1).length / Math.max(1, items.length);
    out.push({ selector, score: penalty + (1 - coverage) * 20 + several * 3, matches: found.reduce((a, b) => a + b, 0), coverage });
  };
  levels.forEach((level, depth) => {
    const own = elementTokens(level, { ids: false });
    for (const t of own) consider(t.css, level, t.penalty + depth * 1.5);
    const parent = level.parentElement;
    if (parent && parent !== item) {
      for (const pt of elementTokens(parent, { ids: false }).filter((t) => t.kind !== 'tag').slice(0, 3)) {
        for (const t of own.slice(0, 3)) consider(`${pt.css} ${t.css}`, level, pt.penalty + t.penalty + depth * 1.5);
      }
    }
  });
  return rank(out, limit);
}

/** The attribute of a time element holding a parseable date, else '' (its text is read). */
export function timeAttributeOf(el: Element): string {
  const preferred = ['datetime', 'data-time', 'data-timestamp', 'data-original-title', 'title', 'aria-label'];
  const names = [...preferred, ...Array.from(el.attributes).map((a) => a.name).filter((n) => !preferred.includes(n))];
  for (const n of names) {
    const v = el.getAttribute(n);
    if (v && /\d/.test(v) && !Number.isNaN(Date.parse(v))) return n;
  }
  return '';
}

/** An attribute every item carries with a different value: the message's stable id. */
export function idAttributeOf(items: Element[]): string {
  if (items.length < 2) return '';
  const names = Array.from(items[0]!.attributes).map((a) => a.name).filter((n) => n !== 'class' && n !== 'style');
  const ranked = [...names.filter((n) => n.startsWith('data-')), ...names.filter((n) => !n.startsWith('data-'))];
  for (const n of ranked) {
    const values = items.map((i) => i.getAttribute(n));
    if (values.every((v) => v) && new Set(values).size === values.length) return n;
  }
  return '';
}

/** Oldest first unless the times read go down the page. */
export function orderOf(times: Array<number | null>): 'oldest-first' | 'newest-first' {
  const known = times.filter((t): t is number => t !== null);
  let down = 0;
  let up = 0;
  for (let i = 1; i < known.length; i++) {
    if (known[i]! < known[i - 1]!) down++;
    else if (known[i]! > known[i - 1]!) up++;
  }
  return down > up ? 'newest-first' : 'oldest-first';
}
