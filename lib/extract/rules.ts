/**
 * Order and tracking formats as data: settings store these rules, so a shop
 * with its own order format adds a pattern, not code. Patterns are matched on
 * width-folded text (full-width digits already ASCII).
 */
import { z } from 'zod';

export const patternRuleSchema = z.object({
  name: z.string().min(1).meta({ title: 'Name', description: 'What this pattern recognises, e.g. "Shop order".' }),
  /** JavaScript regular-expression source; the first capture group, when present, is the value. */
  pattern: z
    .string()
    .min(1)
    .refine(isValidRegex, 'not a valid regular expression')
    .meta({ title: 'Pattern', description: 'JavaScript regular expression source; the first capture group, when present, is the value. Matched on text with full-width characters folded to ASCII.' }),
  flags: z.string().regex(/^[imsu]*$/).optional().meta({ title: 'Flags', description: 'Regular expression flags (i, m, s, u).' }),
  /**
   * Only accept a match when the words before it name this kind (订单号, 单号,
   * tracking, order #…): for bare shapes such as "12–15 digits" that are
   * ambiguous on their own.
   */
  needsCue: z.boolean().optional().meta({ title: 'Needs a cue', description: 'Only accept a match right after words naming it (订单号, 单号, order #, tracking): for bare digit runs that are ambiguous alone.' }),
  /** Drop spaces/dashes from the value (waybills are written in groups). */
  compact: z.boolean().optional().meta({ title: 'Compact', description: 'Remove spaces and dashes from the value (numbers written in groups).' }),
});
export type PatternRule = z.infer<typeof patternRuleSchema>;

export const categoryRuleSchema = z.object({
  /** Also written as a ticket tag by auto-fill, hence the tag-safe id. */
  category: z.string().regex(/^[a-z0-9_]+$/).meta({ title: 'Category', description: 'Category id, e.g. refund_return.' }),
  /** Case-insensitive; ASCII keywords match at a word start ("refund" ⊂ "refunded"). */
  keywords: z.array(z.string().min(1)).min(1).meta({ title: 'Keywords', description: 'Words or phrases (Chinese or English) that signal this category.' }),
});
export type CategoryRule = z.infer<typeof categoryRuleSchema>;

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

// Not preceded by a letter, digit, dash or slash (nor followed by a letter or digit), so a 15-digit run inside
// "240312-598746213057784" or a model such as "RTX4090" never matches alone.
const L = '(?<![A-Za-z0-9/_-])';
const R = '(?![A-Za-z0-9])';

export const DEFAULT_ORDER_PATTERNS: PatternRule[] = [
  { name: 'pdd', pattern: `${L}(\\d{6}-\\d{15})${R}` },
  { name: 'amazon', pattern: `${L}(\\d{3}-\\d{7}-\\d{7})${R}` },
  { name: 'taobao-tmall-delivery', pattern: `${L}(\\d{18,19})${R}` },
  { name: 'jd', pattern: `${L}(\\d{12})${R}` },
  // ORD-2024-00123, INV-2024-0091, RMA-2023-5512
  { name: 'prefix-year-seq', pattern: `${L}([A-Z]{2,5}-\\d{4}-\\d{3,6})${R}` },
  // SUB-778120, HTL-4482913, BK-20240412: a prefix and a long number
  { name: 'prefix-number', pattern: `${L}([A-Z]{2,5}-?\\d{6,12})${R}`, needsCue: true },
  // "#A1B2C3": a hash-prefixed code with letters and digits is an order reference wherever it appears.
  { name: 'hash-ref', pattern: `(?<![\\w#&])#((?=[A-Z]*\\d)(?=\\d*[A-Z])[A-Z0-9]{5,12})${R}`, flags: 'i' },
  // Booking references / PNRs and short shop codes after "order"/"booking ref"/"订单号": 5–8 capitals and digits.
  { name: 'cued-ref', pattern: `${L}((?=[A-Z]*\\d)(?=\\d*[A-Z])[A-Z0-9]{5,8}|[A-Z]{6})${R}`, needsCue: true },
  // Shop-specific formats right after "订单号"/"order #": any code with a digit.
  { name: 'cued-code', pattern: `${L}((?=(?:[A-Z-]*\\d){4})[A-Z0-9][A-Z0-9-]{4,24}[A-Z0-9])${R}`, flags: 'i', needsCue: true },
];

export const DEFAULT_TRACKING_PATTERNS: PatternRule[] = [
  { name: 'sf', pattern: `${L}(SF\\d{12,13})${R}`, flags: 'i' },
  { name: 'yto', pattern: `${L}(YT\\d{13,15})${R}`, flags: 'i' },
  { name: 'jd-logistics', pattern: `${L}(JD[A-Z0-9]{11,13})${R}`, flags: 'i' },
  { name: 'jt', pattern: `${L}(JT\\d{13})${R}`, flags: 'i' },
  { name: 'ems-upu', pattern: `${L}([A-Z]{2}\\d{9}(?:CN|US|GB))${R}` },
  { name: 'ups', pattern: `${L}(1Z[0-9A-Z]{16})${R}`, flags: 'i' },
  { name: 'amazon-logistics', pattern: `${L}(TBA\\d{12})${R}` },
  // USPS: 20–22 digits starting 92–95, often written in groups of four.
  { name: 'usps', pattern: `${L}(9[1-5]\\d{2}(?: ?\\d{4}){4} ?\\d{2})${R}`, compact: true },
  // ZTO/Yunda/STO/Best: bare 12–15 digits, only when called a waybill.
  { name: 'numeric-waybill', pattern: `${L}(\\d{12,15})${R}`, needsCue: true },
];
