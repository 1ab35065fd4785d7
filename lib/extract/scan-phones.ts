/**
 * Phone candidates in one customer message. Validity (and hotline ranges)
 * come from libphonenumber; ownership from the clause around the number:
 * a rider's, courier's, scammer's or relative's number is not the customer's.
 */
import type { Candidate } from './candidate';
import { boundaryAfter, boundaryBefore, nearestCueBefore, firstCueIn, type CueTable } from './cues';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describePhone, isHotline, type PhoneCountry } from './phone';
import type { Lang } from './types';

// A run of digits with the separators people type; split into numbers below.
const RUN = /(?<![\w\-./])(?:\+\s?)?(?:\(\s?\d{1,5}\s?\)\s?)?\d[\d \t.\-()]{5,24}\d(?![\w])/g;

type Owner = 'own' | 'other';
// Someone else's number: said of a person or a company within the sentence.
const OTHER_PERSON =
  /快递员|快递小哥|小哥|骑手|配送员|派送员|送货员|司机|师傅|商家|店家|客服电话|热线|官方|银行|骗子|诈骗|陌生|冒充|有人|收件人|收货人|同事|朋友|老公|老婆|妈|爸|家人|courier|driver|rider|delivery (?:guy|man|person|agent)|dasher|scam|fraud|hotline|support line|customer service|\bbank\b|recipient|colleague|friend|wife|husband|\bmom\b|\bdad\b|mother|father|\bboss\b|brother|sister|claiming|pretending|someone|somebody/i;
const PERSON_CUES: CueTable<Owner> = [['other', OTHER_PERSON]];
// Within the clause, an id word right before the digits means it is an id ("my order 2846193750").
const OWNER_CUES: CueTable<Owner> = [
  ['own', /我的?(?:手机|电话|号码|联系方式)|本人|联系我|打我|我(?:的)?新号|my (?:own )?(?:phone|number|cell|mobile|contact)|mine is|reach me|call me|text me|me at|\bcell\b|\bmobile\b|\bhome\b/i],
  ['other', new RegExp(String.raw`${OTHER_PERSON.source}|订单|单号|卡号|银行卡|障碍号|编号|账号|帐号|\border\b|invoice|tracking|reference|booking|\bcard\b|account number|\bID\b`, 'i')],
];

/** Countries tried in turn for numbers written without +CC. */
function countriesFor(lang: Lang): PhoneCountry[] {
  return lang === 'zh' ? ['CN'] : ['US', 'GB', 'CN'];
}

interface Group {
  text: string;
  start: number;
  end: number;
}

function groupsOf(run: string, offset: number): Group[] {
  const out: Group[] = [];
  for (const m of run.matchAll(/\S+/g)) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

// National shapes checked before libphonenumber (which costs tens of µs a
// call): a UK number starts with its trunk 0, a Chinese one is an 11-digit
// mobile or 0 + area code; otherwise "2846193750" would read as a Belfast
// landline in an English chat. Countries without a shape here go straight to
// libphonenumber.
const NATIONAL_SHAPE: Partial<Record<PhoneCountry, RegExp>> = {
  GB: /^0\d{9,10}$/,
  CN: /^(?:1[3-9]\d{9}|0\d{9,11})$/,
  US: /^1?[2-9]\d{2}[2-9]\d{6}$/,
};

function parseAny(raw: string, countries: PhoneCountry[]) {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  const international = raw.trim().startsWith('+');
  if (international) return describePhone(raw, countries[0]);
  // "13324923146" unbroken is a Chinese mobile even in an English chat (an
  // American writes 1-332-492-3146 or +1 …), so CN goes first for that shape.
  if (countries.includes('CN') && /^1[3-9]\d{9}$/.test(raw.trim())) countries = ['CN', ...countries.filter((c) => c !== 'CN')];
  for (const c of countries) {
    // Shorter Chinese numbers are service codes such as 0755-10000.
    if (NATIONAL_SHAPE[c] && !NATIONAL_SHAPE[c]!.test(digits)) continue;
    // In an English chat a 0-led national number is British or American
    // ("07700 900481" is never a Guangxi landline); only a Chinese mobile shape
    // reads as Chinese there.
    if (c === 'CN' && countries[0] !== 'CN' && !CN_MOBILE.test(digits)) continue;
    const info = describePhone(raw, c);
    if (info) return info;
  }
  // A UK geographic or mobile number in national form that libphonenumber does
  // not list as allocated (new or reserved ranges) is still the customer's
  // number as written: take it when its length is possible for the UK.
  if (countries.includes('GB') && UK_PERSONAL.test(digits)) {
    const p = parsePhoneNumberFromString(raw, 'GB');
    if (p && p.isPossible()) return { e164: p.number, type: undefined, country: p.country };
  }
  return null;
}

const CN_MOBILE = /^(?:86)?1[3-9]\d{9}$/;
/** 01/02 landlines and 07 mobiles (not 03 non-geographic, 05/08/09 service and premium ranges). */
const UK_PERSONAL = /^0(?:[12]\d{8,9}|7\d{9})$/;

function owner(text: string, start: number, end: number): Owner | null {
  const inClause = nearestCueBefore(text, start, OWNER_CUES, 40, boundaryBefore(text, start, true));
  if (inClause) return inClause.kind;
  const inSentence = nearestCueBefore(text, start, PERSON_CUES, 60, boundaryBefore(text, start));
  if (inSentence) return inSentence.kind;
  return firstCueIn(text, end, boundaryAfter(text, end, true), PERSON_CUES)?.kind ?? null;
}

function parsePossible(raw: string, country: PhoneCountry) {
  // Only when the whole message is the number: "(977) 625-2661" answering "your phone number?".
  const p = parsePhoneNumberFromString(raw, country);
  return p && p.isPossible() ? { e164: p.number, type: undefined, country: p.country } : null;
}

/** `folded` is the width-folded message text (same indices as the original). */
/**
 * `askedPhone`: the agent just asked for a phone number, so a number of
 * plausible length is taken even outside the allocated ranges libphonenumber
 * knows (new ranges, test accounts).
 */
export function scanPhones(folded: string, lang: Lang, askedPhone = false): Candidate[] {
  const out: Candidate[] = [];
  const countries = countriesFor(lang);
  for (const m of folded.matchAll(RUN)) {
    const groups = groupsOf(m[0], m.index);
    // Longest run of groups that is one valid number, left to right: joins
    // "138 1234 5678" yet splits "13812345678 20240312".
    for (let i = 0; i < groups.length; ) {
      let taken = 0;
      for (let j = groups.length; j > i; j--) {
        const raw = folded.slice(groups[i]!.start, groups[j - 1]!.end);
        const info = parseAny(raw, countries) ?? (askedPhone && groups.length - i === j - i && i === 0 ? parsePossible(raw, countries[0]!) : null);
        if (!info) continue;
        taken = j - i;
        const start = groups[i]!.start;
        const end = groups[j - 1]!.end;
        if (!isHotline(info) && owner(folded, start, end) !== 'other') {
          out.push({ kind: 'phone', value: info.e164, start, end });
        }
        break;
      }
      i += taken || 1;
    }
  }
  return out;
}
