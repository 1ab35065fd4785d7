/**
 * E-mail candidates in one customer message, including the obfuscated forms a
 * person would rebuild without doubt ("wang at 163 dot com", "[at]", "＠",
 * "liu#x.cn（#换成@）"). Company and role addresses (support@…) are not the
 * customer's.
 */
import type { Candidate } from './candidate';
import { boundaryBefore, nearestCueBefore, type CueTable } from './cues';

const PLAIN = /(?<![\w.+-])[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@])/g;

// Spelled-out separators; the plain " at "/" dot " forms are only trusted when
// the address ends in a real top-level domain (prose has "at" and "dot").
const AT = String.raw`\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>|\s+at\s+|艾特)\s*`;
const DOT = String.raw`\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>|\s+dot\s+|点|\.)\s*`;
const SPELLED = new RegExp(String.raw`(?<![\w.+-])([A-Za-z0-9][\w+-]*(?:(?:\.|\s+dot\s+|\[\s*dot\s*\]|\(\s*dot\s*\))[\w+-]+)*?)${AT}([A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)+)`, 'gi');
const TLD = /^(?:com|net|org|edu|gov|io|me|co|cn|uk|us|de|fr|jp|hk|tw|sg|au|ca|info|biz|dev|app|ai|xyz|top|vip|cc|tv)$/i;

/** "#换成@" / "replace # with @": the stand-in character for @, if the message defines one. */
const STAND_IN = /(\S)\s*(?:换成|替换成|替换为|改成|改为|变成|换为)\s*[@＠]|replace\s+(\S)\s+with\s+[@＠]/i;

const ROLE_LOCAL = /^(?:support|service|services|help|helpdesk|info|noreply|no-reply|kefu|cs|care|customercare|sales|billing|admin|contact|feedback|hello|team|orders?)$/i;
const COMPANY_CUES: CueTable<'company'> = [['company', /emailed|e-mailed|sent (?:it |an email |a mail )?to|wrote to|your (?:e-?mail|address)|发到你们|发给你们|你们的?邮箱|官方邮箱|客服邮箱/i]];

export interface EmailScanOptions {
  companyDomains: readonly string[];
}

function isCompany(email: string, text: string, start: number, opts: EmailScanOptions): boolean {
  const [local = '', domain = ''] = email.split('@');
  if (ROLE_LOCAL.test(local)) return true;
  if (opts.companyDomains.some((d) => domain === d.toLowerCase() || domain.endsWith('.' + d.toLowerCase()))) return true;
  return nearestCueBefore(text, start, COMPANY_CUES, 40, boundaryBefore(text, start, true)) !== null;
}

function push(out: Candidate[], value: string, start: number, end: number, text: string, opts: EmailScanOptions): void {
  const email = value.toLowerCase();
  if (isCompany(email, text, start, opts)) return;
  if (out.some((c) => c.start < end && start < c.end)) return;
  out.push({ kind: 'email', value: email, start, end });
}

export function scanEmails(folded: string, opts: EmailScanOptions): Candidate[] {
  const standIn = STAND_IN.exec(folded);
  const symbol = standIn ? (standIn[1] ?? standIn[2])! : null;
  // Same length, so spans stay valid for the original text.
  const text = symbol && symbol.length === 1 ? folded.split(symbol).join('@') : folded;
  const out: Candidate[] = [];
  for (const m of text.matchAll(PLAIN)) push(out, m[0], m.index, m.index + m[0].length, text, opts);
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const domain = m[2]!.split(new RegExp(DOT, 'i')).filter(Boolean);
    const tld = domain[domain.length - 1] ?? '';
    // "reach me at tom.baker [at] proton [dot] me": a rejected "me at tom.baker"
    // must not swallow the real address, so retry from the next character.
    if (!TLD.test(tld)) {
      SPELLED.lastIndex = m.index + 1;
      continue;
    }
    const local = m[1]!.replace(new RegExp(DOT, 'gi'), '.');
    push(out, `${local}@${domain.join('.')}`, m.index, m.index + m[0].length, text, opts);
  }
  return out.sort((a, b) => a.start - b.start);
}
