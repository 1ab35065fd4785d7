import { finder } from '@medv/finder';
import { elementTokens, looksGenerated, positionToken, stableAttribute, type SelectorToken } from './tokens';
import { rank, safeQuery, safeQueryAll, type SelectorCandidate } from './candidate';

/**
 * Selectors for one element that must be found again on the next page of the
 * same console: a conversation, a composer, the requester's e-mail, a field.
 * Candidates come from our own tokens (element alone, then with a stable
 * ancestor) and from @medv/finder run with our rules on what is acceptable;
 * every candidate must select exactly the clicked element first in `scope`.
 */
export function uniqueSelectors(el: Element, scope: ParentNode = el.ownerDocument, limit = 4): SelectorCandidate[] {
  const out: SelectorCandidate[] = [];
  const consider = (selector: string, penalty: number, fragile = false) => {
    const all = safeQueryAll(scope, selector);
    if (all[0] !== el) return;
    // A selector matching several elements, of which ours is the first, still works but is weaker.
    out.push({ selector, score: penalty + (all.length - 1) * 4, matches: all.length, ...(fragile ? { fragile } : {}) });
  };
  const own = elementTokens(el);
  for (const t of own) consider(t.css, t.penalty);
  // tag + attribute/class pairs on the element itself
  for (const a of own) for (const b of own) if (a !== b && a.kind !== "tag" && a.kind !== "id" && a.kind !== "name" && b.kind === "tag") consider(`${b.css}${a.css}`, a.penalty + 1);
  // with the nearest ancestors that carry a sturdy token of their own
  let anc = el.parentElement;
  for (let depth = 1; anc && depth <= 6; depth++, anc = anc.parentElement) {
    const ancTokens = elementTokens(anc).filter((t) => t.kind !== 'tag').slice(0, 3);
    for (const at of ancTokens) for (const t of own.slice(0, 4)) consider(`${at.css} ${t.css}`, at.penalty + t.penalty + depth * 0.5);
  }
  for (const selector of finderSelectors(el, scope)) consider(selector.css, selector.penalty, selector.fragile);
  if (out.length === 0) {
    // Positions only: say so. Built from the element up to the nearest sturdy ancestor.
    const path: SelectorToken[] = [];
    let cur: Element | null = el;
    while (cur && cur !== scope && path.length < 8) {
      const sturdy = elementTokens(cur).find((t) => t.kind !== 'tag');
      path.unshift(sturdy && cur !== el ? sturdy : positionToken(cur));
      if (sturdy && cur !== el && safeQueryAll(scope, sturdy.css).length === 1) break;
      cur = cur.parentElement;
    }
    consider(path.map((t) => t.css).join(' > '), path.reduce((s, t) => s + t.penalty, 0), true);
  }
  return rank(out, limit);
}

function finderSelectors(el: Element, scope: ParentNode): Array<{ css: string; penalty: number; fragile: boolean }> {
  const root = (scope as Document).documentElement ? (scope as Document).body ?? (scope as Document).documentElement : (scope as Element);
  if (!root || !root.contains(el) || root === el) return [];
  const configs = [
    { idName: (n: string) => !looksGenerated(n), className: (n: string) => !looksGenerated(n), attr: stableAttribute },
    // an alternative that leans on attributes, for consoles whose classes churn
    { idName: (n: string) => !looksGenerated(n), className: () => false, attr: stableAttribute },
  ];
  const found: Array<{ css: string; penalty: number; fragile: boolean }> = [];
  for (const cfg of configs) {
    try {
      const css = finder(el, { root, ...cfg, timeoutMs: 300, seedMinLength: 2 });
      const fragile = /:nth-(child|of-type)/.test(css);
      found.push({ css, penalty: estimatePenalty(css), fragile });
    } catch {
      // finder gives up on elements without any acceptable token: our own candidates remain
    }
  }
  return found;
}

/** finder says nothing of its own scoring: re-score its output by the same table as ours. */
export function estimatePenalty(css: string): number {
  let p = 0;
  for (const part of css.split(/\s*[ >]\s*/)) {
    if (/:nth-/.test(part)) p += 12;
    else if (part.startsWith('#')) p += 0;
    else if (/^\w*\[data-(test|testid|test-id|qa)/.test(part)) p += 0.5;
    else if (/\[data-|\[name=/.test(part)) p += 1.5;
    else if (/\[(role|aria-label)=/.test(part)) p += 2.5;
    else if (part.includes('.')) p += 3 * (part.match(/\./g)?.length ?? 1);
    else p += 6;
  }
  return p;
}

/** Does a selector still find the element? (for the "cannot find" flags after the page changed) */
export function stillFinds(selector: string, scope: ParentNode): boolean {
  return !!safeQuery(scope, selector);
}
