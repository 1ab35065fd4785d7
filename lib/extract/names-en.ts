/**
 * English name mentions: self-introductions ("I'm Daniel Kim", "name's
 * Oliver"), sign-offs ("Best, Emma Thompson"), titles ("Mr. Okonkwo") and an
 * agent greeting the customer ("Thanks Jennifer"). Names must be capitalised,
 * which is how "I'm writing on behalf of…" stays out; a stop list removes
 * capitalised words that follow the same openers ("I'm Sorry", "Hi There").
 */
import type { NameCandidate } from './name-candidate';

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?`;
const WORD = String.raw`[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*`;
const NAME_AT = new RegExp(String.raw`(?:(${TITLE})\s+)?(${WORD}(?:\s+${WORD}){0,2})`, 'y');

const INTRO = /\b(?:my name is|my name's|name is|name's|i am|i'm|im|this is|it's|it is|call me|speaking with|you're speaking with|typo:?|i meant|correction:?)\s+|(?:我叫|我是|我的名字是|名字是|姓名是?|联系人是?)[:：]?\s*/gi;
// "Recipient is still me, Wei Wang", "passenger 是我本人，Emma Liu": the customer names themself in a role
// (the role word alone would make the name a third party's).
const SELF_IN_ROLE = /(?:\b(?:recipient|passenger|traveller|traveler|guest|account holder|cardholder|card holder|addressee)|收件人|收货人|乘机人|乘客|入住人|持卡人)\s*(?:is|是|=|:|：)?\s*(?:still |also |just )?(?:me|myself|我本人|我自己|本人|我)\s*(?:[,，:：(（-]|\s)\s*/gi;
// A sign-off on the last line: "Emily", "- Greg Wilson", "Olu Adeyemi, Finance Lead".
const LAST_LINE = /\n\s*(?:[-—–~]\s*)?(?=[A-Z][^\n]*$)/;
const AFTER_SIGNATURE = /^\s*(?:[,|/]\s*[A-Za-z][\w &.'-]{0,40})?\s*$/;
const SIGN_OFF = /(?:^|[\n.!?]\s*)(?:best|regards|kind regards|best regards|thanks|thank you|many thanks|cheers|sincerely)\s*[,!.]?\s*[-—–]?\s*(?=[A-Z])/gi;
const GREETING = /(?:^|[\n.!?]\s*)(?:hi|hello|hey|dear|thanks|thank you|good (?:morning|afternoon|evening)|welcome(?: back)?|sure|of course|got it|okay|ok|no problem)\s*,?\s+(?=[A-Z])/gi;
const TITLED = new RegExp(String.raw`(?:^|[\s,(])(${TITLE})\s+(${WORD})`, 'g');
// In the customer's own lines a title counts at the start of a message ("Mr. Okonkwo. My washer…").
const TITLED_START = new RegExp(String.raw`^\s*(${TITLE})\s+(${WORD})`);
const THIRD_PARTY = /\b(?:behalf|colleague|wife|husband|son|daughter|mother|father|mom|dad|friend|boss|manager|recipient|partner|brother|sister|client|neighbou?r|tenant|the person|addressed to|deliver(?:ed)? to)\b/i;

const NOT_NAMES = new Set(
  (
    'I Im The This That It Sorry Not Just Still Really Very So Also Here There Hi Hello Hey Thanks Thank Please Order Customer Support Team Sir Madam Maam Yes No Ok Okay From With Your My Our ' +
    'Writing Calling Back Again Happy Glad Good New Old Trying Having Going Looking Waiting Done Available Fine Great Sure Afraid Confused Upset Angry Frustrated Disappointed Tired Done Unable Interested ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday English Chinese Android Iphone Apple Amazon Ups Usps Fedex Dhl Everyone All Both Guys Folks Again Still Today Tomorrow Morning Evening Afternoon ' +
    'Regarding About Re Hopefully Unfortunately Actually Also Anyway Best Regards Cheers Sincerely Kind Many Dear Welcome Sure Course Got Glad Quick Following Contacting Ridiculous Unacceptable Insane Crazy Urgent Important Serious Outrageous Absurd Terrible Awful Horrible'
  )
    .toLowerCase()
    .split(/\s+/),
);

function readName(text: string, at: number): { value: string; title?: string; words: string[]; start: number; end: number } | null {
  NAME_AT.lastIndex = at;
  const m = NAME_AT.exec(text);
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  // Drop trailing capitalised non-names ("Kevin Thanks" never happens, but "Emma Here" does).
  while (words.length && NOT_NAMES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (!words.length || NOT_NAMES.has(words[0]!.toLowerCase())) return null;
  const value = words.join(' ');
  const title = m[1];
  const start = at;
  const end = at + m[0].indexOf(words[0]!) + value.length;
  return { value: title ? `${title.replace(/\.?$/, '.')} ${value}` : value, title, words, start, end };
}

function toCandidate(n: NonNullable<ReturnType<typeof readName>>, fromAgent: boolean, corrects: boolean): NameCandidate {
  if (n.title) return { form: 'titled', value: `${n.title.replace(/\.?$/, '.')} ${n.words[n.words.length - 1]}`, surname: n.words[n.words.length - 1], honorific: n.title, start: n.start, end: n.end, fromAgent, corrects };
  if (n.words.length >= 2) return { form: 'full', value: n.value, surname: n.words[n.words.length - 1], start: n.start, end: n.end, fromAgent, corrects };
  return { form: 'first', value: n.value, start: n.start, end: n.end, fromAgent, corrects };
}

function thirdPartyBefore(text: string, at: number): boolean {
  const from = Math.max(0, text.lastIndexOf('.', at - 2) + 1, text.lastIndexOf(',', at - 2) + 1);
  return THIRD_PARTY.test(text.slice(from, at));
}

export function scanNamesEn(text: string, fromAgent: boolean, corrects: boolean, askedName = false): NameCandidate[] {
  const out: NameCandidate[] = [];
  const add = (at: number, mustEnd: boolean | RegExp = false) => {
    const n = readName(text, at);
    // A sign-off ends the message; "Thanks Maria for…" at the start thanks the agent.
    if (n && mustEnd && !(mustEnd instanceof RegExp ? mustEnd : /^\s*[.!]?\s*$/).test(text.slice(n.end))) return;
    if (n && !out.some((c) => c.start === n.start)) out.push(toCandidate(n, fromAgent, corrects));
  };
  if (fromAgent) {
    for (const m of text.matchAll(GREETING)) add(m.index + m[0].length);
    for (const m of text.matchAll(TITLED)) add(m.index + m[0].indexOf(m[1]!));
    return out;
  }
  for (const m of text.matchAll(INTRO)) {
    if (!thirdPartyBefore(text, m.index)) add(m.index + m[0].length);
  }
  for (const m of text.matchAll(SELF_IN_ROLE)) add(m.index + m[0].length);
  for (const m of text.matchAll(SIGN_OFF)) add(m.index + m[0].length, true);
  const last = LAST_LINE.exec(text);
  if (last) add(last.index + last[0].length, AFTER_SIGNATURE);
  // "- Greg Wilson" on its own line, or the whole reply to "who am I speaking with?".
  const alone = /^\s*(?:[-—–]\s*)?(?=[A-Z])/.exec(text);
  if (alone && (askedName || /[-—–]/.test(alone[0]))) add(alone[0].length, true);
  // Answering "could I take a name and number?": "Of course. Hannah Brooks, 07700 900481."
  if (askedName) for (const m of text.matchAll(/[.!?]\s+(?=[A-Z])/g)) add(m.index + m[0].length, /^\s*(?:[,.;!]|$|\s+(?:and|\+|\(|\d))/);
  const titled = TITLED_START.exec(text);
  if (titled) add(titled.index + titled[0].indexOf(titled[1]!));
  return out;
}
