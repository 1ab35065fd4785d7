/**
 * The ticket category: the customer's primary problem as first stated. The
 * first customer message that names a problem decides ("在吗", "Hi" and
 * thanks name none); within it the category with most keyword hits wins,
 * a precedence rule overrides a plain count (a damaged item delivered by a
 * courier is a refund/return, not logistics), and ties go to the rule listed
 * first.
 */
import { CATEGORY_PRECEDENCE, type CategoryPrecedence } from './categories';
import type { categoryHits } from './categories';
import type { MessageScan } from './scan-message';
import type { Category, Field } from './types';

type Hit = ReturnType<typeof categoryHits>[number];

/** The deciding category among one message's hits (hits are in rule order). */
export function decideCategory(text: string, hits: readonly Hit[], precedence: readonly CategoryPrecedence[] = CATEGORY_PRECEDENCE): Hit | null {
  if (!hits.length) return null;
  const best = hits.reduce((a, b) => (b.count > a.count ? b : a));
  const lower = text.toLowerCase();
  for (const p of precedence) {
    if (best.category === p.winner || (p.over.length && !p.over.includes(best.category))) continue;
    const winner = hits.find((h) => h.category === p.winner);
    if (winner && p.when.some((w) => lower.includes(w))) return winner;
  }
  return best;
}

export function firstStatedCategory(scans: readonly MessageScan[]): Field<Category> {
  for (const scan of scans) {
    if (scan.role !== 'customer') continue;
    const best = scan.problem;
    if (best) return { value: best.category, evidence: [{ messageId: scan.messageId, start: best.start, end: best.end }] };
  }
  return { value: 'other', evidence: [] };
}
