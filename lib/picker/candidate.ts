/** One selector the picker proposes, with why it ranks where it does. */
export interface SelectorCandidate {
  selector: string;
  /** Lower is sturdier: the sum of its tokens' penalties plus what it costs in coverage or extra matches. */
  score: number;
  /** Elements it matches in its scope (for a message, items of its kind). */
  matches: number;
  /** Built from positions (`:nth-of-type`): works today, breaks when the layout moves. */
  fragile?: boolean;
  /** Share of messages in which a per-message selector finds something (1 = every one). */
  coverage?: number;
}

export function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}

/** Best first, one entry per selector text. */
export function rank(candidates: SelectorCandidate[], limit = 5): SelectorCandidate[] {
  const seen = new Set<string>();
  return candidates
    .sort((a, b) => a.score - b.score || a.selector.length - b.selector.length)
    .filter((c) => (seen.has(c.selector) ? false : (seen.add(c.selector), true)))
    .slice(0, limit);
}
