/**
 * The console's own display name for the customer (the sender name on their
 * messages) completes a partial name from the chat: the chat says "Sarah"
 * (or the agent greets "Hello Sarah") and the console shows "Sarah Connor";
 * the customer wrote 我姓王 and the console shows 王敏. The chat stays the
 * evidence; the display name only supplies the missing part, and only when it
 * agrees with what the chat says. Placeholders (Visitor 123, 访客, 138****5678)
 * never count.
 */
const PLACEHOLDER = /visitor|guest|customer|user|anonymous|访客|游客|客户|用户|顾客|匿名|[\d*@#]/i;
const LATIN_FULL = /^[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){1,3}$/;
const HAN_FULL = /^[\u4e00-\u9fff]{2,4}$/;

export type PartialNameForm = 'first' | 'surname' | 'titled';

/** The display name that completes `value`, or null when none agrees. */
export function completeFromDisplayName(value: string, form: PartialNameForm, surname: string | undefined, displayNames: readonly string[]): string | null {
  for (const raw of displayNames) {
    const display = raw.trim().replace(/\s+/g, ' ');
    if (!display || PLACEHOLDER.test(display)) continue;
    if (form === 'first' && LATIN_FULL.test(display) && display.split(' ')[0]!.toLowerCase() === value.toLowerCase()) return display;
    // 我姓王 or 王女士 with a console name 王敏: the full name wins, as it would from the chat.
    const family = form === 'surname' ? value : surname;
    if (form !== 'first' && family && /^[\u4e00-\u9fff]/.test(family) && HAN_FULL.test(display) && display.startsWith(family) && display.length > family.length) return display;
  }
  return null;
}
