import type { MessageKey, Translate } from '@/lib/i18n';
import { CATEGORIES } from '@/lib/extract';
import type { ReviewKind } from '@/lib/content/features/autofill/review';

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;

export const fieldLabel = (t: Translate, kind: ReviewKind): string => t(`autofill.field.${kind}` as MessageKey);

/** Built-in categories and priorities are shown in the UI language; a manager's own category as written. */
export function valueLabel(t: Translate, kind: ReviewKind, value: string): string {
  if (kind === 'category' && (CATEGORIES as readonly string[]).includes(value)) return t(`autofill.category.${value}` as MessageKey);
  if (kind === 'priority' && (PRIORITIES as readonly string[]).includes(value)) return t(`autofill.priority.${value}` as MessageKey);
  if (kind === 'escalate') return t('autofill.escalate.yes');
  return value;
}
