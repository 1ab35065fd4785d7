import { urlPatternToRegExp, type ConsoleDefinition } from '../definition';
import { find, ticketIdOf } from './read';

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
export function checkDefinition(def: ConsoleDefinition, doc: Document, url?: URL): { urlMatches: boolean | null; ticketId: string | null; checks: SelectorCheck[] } {
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
  const root = find(doc, def.ticketRoot);
  count('messages.item', def.messages.item, root);
  const first = root ? find(root, def.messages.item) : null;
  count('messages.body', def.messages.body, first);
  count('messages.author', def.messages.author, first);
  count('messages.time', def.messages.time, first);
  def.messages.roles.forEach((r, i) => count(`messages.roles.${i}.selector`, r.selector, root, true));
  count('subject', def.subject, doc);
  count('requester.name', def.requester.name, doc);
  count('requester.email', def.requester.email, doc);
  count('requester.phone', def.requester.phone, doc);
  def.messages.exclude.forEach((sel, i) => count(`messages.exclude.${i}`, sel, first, true));
  count('ticketId.selector', def.ticketId.selector, doc);
  for (const [key, c] of Object.entries(def.fields)) {
    // A click-to-edit control appears only after its activator is clicked: the activator is what must be there.
    count(`fields.${key}.selector`, c.selector, doc, !!c.activator);
    count(`fields.${key}.activator`, c.activator, doc);
    count(`fields.${key}.display`, c.display, doc);
  }
  count('composer', def.composer, doc, true);
  count('openReply', def.openReply, doc, true);
  count('internalNote.composer', def.internalNote.composer, doc, true);
  count('internalNote.switch.selector', def.internalNote.switch.selector, doc, true);
  let urlMatches: boolean | null = null;
  if (url) urlMatches = urlPatternToRegExp(def.urlPattern).test(url.href);
  const ticketId = ticketIdOf(def, doc, url ?? new URL(doc.location?.href ?? 'about:blank'));
  return { urlMatches, ticketId, checks };
}

export function describeProblems(result: ReturnType<typeof checkDefinition>): string[] {
  const problems = result.checks.filter((c) => c.error || (c.found === 0 && !c.optional)).map((c) => c.error ?? `${c.path} (${c.selector}) found nothing`);
  // Without a ticket id nothing is read: say so first, it is the one a manager must fix.
  if (!result.ticketId) problems.unshift('no ticket id on this page: set "ticketIdPattern" (from the URL) or "ticketId.selector" (from the page)');
  if (result.urlMatches === false) problems.unshift('the URL pattern does not match this page');
  return problems;
}
