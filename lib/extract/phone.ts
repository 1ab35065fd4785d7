/**
 * Phone normalisation to E.164, shared with the history work
 * (`normalizePhone(raw, defaultCountry)`; keep the signature stable).
 *
 * libphonenumber-js with the "max" metadata (≈150 KB) instead of hand-written
 * rules: it knows which ranges are real mobiles and landlines per country and
 * tells the shared-cost/toll-free hotlines (400-…, 800-…) apart, which a regex
 * per country would get wrong as numbering plans change.
 */
import { parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { foldWidth } from './fold';

export type PhoneCountry = CountryCode;

export interface PhoneInfo {
  /** E.164, e.g. "+8613812345678". */
  e164: string;
  /** libphonenumber's type (MOBILE, FIXED_LINE, SHARED_COST, TOLL_FREE, …) or undefined. */
  type: NumberType;
  country: CountryCode | undefined;
}

/** Hotline ranges: company numbers, never the customer's own. */
const HOTLINE_TYPES = new Set<NumberType>(['SHARED_COST', 'TOLL_FREE', 'PREMIUM_RATE', 'UAN']);

/**
 * Parses a phone number as a person wrote it (full-width digits, spaces,
 * dashes, brackets, +CC) and returns its details when it is a valid number.
 */
export function describePhone(raw: string, defaultCountry: PhoneCountry = 'CN'): PhoneInfo | null {
  const cleaned = foldWidth(raw).replace(/[（(]\s*(\d+)\s*[)）]/g, '($1)').trim();
  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry);
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, type: parsed.getType(), country: parsed.country };
}

/** E.164 form of a valid phone number, or null when it is not one. */
export function normalizePhone(raw: string, defaultCountry: PhoneCountry = 'CN'): string | null {
  return describePhone(raw, defaultCountry)?.e164 ?? null;
}

/** True for company hotline ranges (400/800 in China, toll-free in the US/UK). */
export function isHotline(info: PhoneInfo): boolean {
  return info.type !== undefined && HOTLINE_TYPES.has(info.type);
}
