/**
 * Contact keys: how a returning customer is recognised. A record carries every
 * key known for its ticket; a lookup matches on any of them, so the same
 * customer writing from the same phone in another format, or by e-mail on one
 * ticket and phone on the next, still lands on one timeline.
 *
 * Hashing mode keeps only `kind#sha256(salt|key)` at rest: equal inputs give
 * equal hashes, so lookups still work, but the raw phone or e-mail is never
 * stored. The kind stays readable so the panel can say "matched by phone".
 */
import { foldWidth } from '../extract/fold';
import { describePhone, isHotline } from '../extract/phone';
import type { ContactKind } from './types';

export type { ContactKind } from './types';

export type ContactCountry = 'CN' | 'US' | 'GB';

export interface ContactInput {
  consoleId: string;
  userId?: string | null;
  emails?: string[];
  phones?: string[];
}

export interface ContactKeyOptions {
  /** Country assumed for phone numbers written without +CC. @default 'CN' */
  defaultCountry?: ContactCountry;
  /** Per-install salt from `getOrCreateSalt`; when set, keys are returned hashed. @default null */
  hashSalt?: string | null;
}

// Deliberately loose: the console already showed this as the customer's
// address; the check only rejects text that is plainly not one.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cased, width-folded, trimmed e-mail, or null when it is not one. */
export function normalizeEmail(raw: string): string | null {
  const email = foldWidth(raw).trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 320 ? email : null;
}

/**
 * Raw (unhashed) keys for a customer, de-duplicated, in a stable order:
 * user id first, then e-mails, then phones. Invalid e-mails and phones, and
 * hotline numbers, are dropped.
 */
export function rawContactKeys(input: ContactInput, opts: { defaultCountry?: ContactCountry } = {}): string[] {
  const keys = new Set<string>();
  const userId = input.userId?.trim();
  if (userId) keys.add(`user:${input.consoleId}:${userId}`);
  for (const raw of input.emails ?? []) {
    const email = normalizeEmail(raw);
    if (email) keys.add(`email:${email}`);
  }
  for (const raw of input.phones ?? []) {
    const phone = describePhone(raw, opts.defaultCountry ?? 'CN');
    // A company hotline (400/800…) quoted in a chat is not the customer's own
    // number; keyed, it would merge every customer who mentions it.
    if (phone && !isHotline(phone)) keys.add(`phone:${phone.e164}`);
  }
  return [...keys];
}

export function contactKindOf(key: string): ContactKind | null {
  const m = /^(user|email|phone)[:#]/.exec(key);
  return m ? (m[1] as ContactKind) : null;
}

export function isHashedKey(key: string): boolean {
  return /^(?:user|email|phone)#[0-9a-f]{64}$/.test(key);
}

/** `kind#hex(sha256(salt + "|" + key))`; an already hashed key is returned as is. */
export async function hashContactKey(key: string, salt: string): Promise<string> {
  if (isHashedKey(key)) return key;
  const kind = contactKindOf(key);
  if (!kind) throw new Error(`not a contact key: ${key.slice(0, 40)}`);
  const bytes = new TextEncoder().encode(`${salt}|${key}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return `${kind}#${hex}`;
}

/**
 * Keys for storing and for looking up a customer. Both sides must call this
 * with the same options, or hashed and raw keys will never meet.
 */
export async function contactKeysFor(input: ContactInput, opts: ContactKeyOptions = {}): Promise<string[]> {
  const raw = rawContactKeys(input, opts);
  if (!opts.hashSalt) return raw;
  const salt = opts.hashSalt;
  return Promise.all(raw.map((key) => hashContactKey(key, salt)));
}

/**
 * Keys to look a customer up by: the raw keys plus, when the install has a
 * salt, their hashes, so records written before and after the hashing
 * setting changed are all found. Lookup keys are only compared, never stored,
 * so the raw ones here keep nothing at rest.
 */
export async function lookupKeysFor(input: ContactInput, opts: { defaultCountry?: ContactCountry; salt?: string | null } = {}): Promise<string[]> {
  const raw = rawContactKeys(input, opts);
  if (!opts.salt) return raw;
  const salt = opts.salt;
  return [...raw, ...(await Promise.all(raw.map((key) => hashContactKey(key, salt))))];
}
