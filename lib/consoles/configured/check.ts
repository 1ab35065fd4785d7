import { urlPatternToRegExp, type ConsoleDefinition } from '../definition';

export interface SelectorCheck {
  /** Where the selector sits in the definition, e.g. "messages.body". */
  path: string;
  selector: string;
  /** How many elements it found (inside the ticket root, or inside the first message for per-message selectors). */
  found: number;
  error?: string;
  /** Finding nothing is normal here (a role absent from this conversation, a composer that is closed). */
  optional?: boolean;
}

/**
 * Runs every selector of a definition against a page and says, for each one,
 * what it found: "messages.body found nothing" is the answer an administrator
 * needs, not "console not detected".
 */
export function checkDefinition(def: ConsoleDefinition, doc: Document, url?: URL): { urlMatches: boolean | null; checks: SelectorCheck[] } {
  const checks: SelectorCheck[] = [];
  const count = (path: string, selector: string, scope: ParentNode | null, optional = false) => {
    if (!selector) return;
    try {
      checks.push({ path, selector, found: scope ? scope.querySelectorAll(selector).length : 0, ...(optional ? { optional } : {}) });
    } catch (e) {
      checks.push({ path, selector, found: 0, error: `invalid selector: ${(e as Error).message}` });
    }
  };
  count('ticketRoot', def.ticketRoot, doc);
  let root: Element | null = null;
  try {
    root = doc.querySelector(def.ticketRoot);
  } catch {
    root = null;
  }
  count('messages.item', def.messages.item, root);
  let first: Element | null = null;
  try {
    first = root?.querySelector(def.messages.item) ?? null;
  } catch {
    first = null;
  }
  count('messages.body', def.messages.body, first);
  count('messages.author', def.messages.author, first);
  count('messages.time', def.messages.time, first);
  def.messages.roles.forEach((r, i) => count(`messages.roles.${i}.selector`, r.selector, root, true));
  count('subject', def.subject, doc);
  count('requester.name', def.requester.name, doc);
  count('requester.email', def.requester.email, doc);
  count('requester.phone', def.requester.phone, doc);
  for (const [key, sel] of Object.entries(def.fields)) count(`fields.${key}`, sel, root);
  count('composer', def.composer, doc, true);
  let urlMatches: boolean | null = null;
  if (url) urlMatches = urlPatternToRegExp(def.urlPattern).test(url.href);
  return { urlMatches, checks };
}

export function describeProblems(result: ReturnType<typeof checkDefinition>): string[] {
  const problems = result.checks.filter((c) => c.error || (c.found === 0 && !c.optional)).map((c) => c.error ?? `${c.path} (${c.selector}) found nothing`);
  if (result.urlMatches === false) problems.unshift('the URL pattern does not match this page');
  return problems;
}
