/**
 * `{{name}}` placeholders shared by request and reply templates. Kept
 * deliberately tiny (no sections, no helpers): connector definitions are data
 * written by administrators, and a logic-less syntax cannot be abused to run
 * anything or to re-expand a value that itself contains `{{…}}`.
 */
import type { TriggerField } from './schema';

/** A placeholder with optional inner spaces: `{{order_id}}`, `{{ Refund state }}`. */
export const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Names a request template may use: `value` always, plus the trigger's own
 * field name (`{{order_id}}` reads better than `{{value}}` in a definition).
 */
export function requestPlaceholderNames(field: TriggerField): string[] {
  return field === 'pattern' ? ['value'] : ['value', field];
}

/**
 * Replaces every placeholder in one pass: a value containing `{{x}}` is
 * inserted literally and never expanded again.
 */
export function replacePlaceholders(template: string, substitute: (name: string) => string): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => substitute(name));
}
