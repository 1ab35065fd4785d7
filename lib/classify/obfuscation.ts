/**
 * Undo the usual ways customers disguise insults so that the model and the
 * lexicon see one canonical form: masked English profanity (f*ck, sh1t, b!tch)
 * and Chinese abbreviations, homophones and pinyin (SB, 煞笔, tmd, NMSL, sha bi).
 * Input is already NFKC-normalised and lower-cased.
 */

/** English words that people mask with symbols or digits. Only these are rewritten, so order ids like "a1b2" stay intact. */
const MASKABLE_EN = [
  'fuck', 'fucking', 'fucker', 'fucked', 'shit', 'shitty', 'bitch', 'bitches', 'cunt', 'dick', 'asshole', 'ass',
  'bastard', 'damn', 'crap', 'piss', 'pissed', 'idiot', 'stupid', 'moron', 'retard', 'retarded', 'whore', 'slut', 'motherfucker',
];
const MASKABLE_SET = new Set(MASKABLE_EN);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i' };

/** Rewrite one candidate word if, after undoing leetspeak and masks, it is one of MASKABLE_EN. */
function unmaskWord(word: string): string {
  if (!/[a-z]/.test(word) || !/[^a-z]/.test(word)) return word;
  const leet = word.replace(/[013457@$!]/g, (c) => LEET[c]!);
  if (MASKABLE_SET.has(leet)) return leet;
  // Plurals and -s forms ("a$$holes", "b!tches" is listed, "id1ots" is not).
  if (leet.endsWith('s') && MASKABLE_SET.has(leet.slice(0, -1))) return leet;
  if (!/[*#%]/.test(leet)) return word;
  // Masks hide one or more letters: "f*ck", "f**k", "sh*t", "f***". Try each known word as a pattern.
  const pattern = new RegExp('^' + leet.replace(/[*#%]+/g, (m) => `[a-z]{1,${m.length + 1}}`) + '(s?)$');
  const hit = MASKABLE_EN.find((w) => pattern.test(w) || pattern.test(w + 's'));
  return hit ? (pattern.test(hit) ? hit : hit + 's') : word;
}

/**
 * Chinese masked forms → canonical insult. Longer, more specific patterns first.
 * Latin abbreviations only match as whole tokens (not inside "usb" or "sbc").
 */
const ZH_RULES: Array<[RegExp, string]> = [
  [/(?<![a-z])w\s*q\s*n\s*m\s*l\s*g\s*b(?![a-z])/g, '我去你妈了个逼'],
  [/(?<![a-z])n\s*m\s*s\s*l(?![a-z])/g, '你妈死了'],
  [/(?<![a-z])(?:c\s*n\s*m|cao\s*ni\s*ma)(?![a-z])|草泥马|艹你妈|肏你妈|草你妈|操尼玛|草尼玛/g, '操你妈'],
  [/(?<![a-z])r\s*n\s*m(?![a-z])/g, '日你妈'],
  [/(?<![a-z])(?:t\s*m\s*d|ta\s*ma\s*de)(?![a-z])|特么的|他喵的|他么的|踏马的|tm的/g, '他妈的'],
  // Bare forms without 的 ("你们 tm 能不能靠谱点", "特么每次都说"): the service-chat rules list them as strong profanity.
  [/(?<![a-z])tm(?![a-z])|特么|特麼|踏马|他喵/g, '他妈的'],
  [/尼玛/g, '你妈'],
  [/(?<![a-z])m\s*m\s*p(?![a-z])|妈卖批|麻卖批/g, '妈卖批'],
  [/(?<![a-z])(?:s\s*b|sha\s*bi|sha\s*b)(?![a-z])|煞笔|傻b|沙比|傻比|煞比|傻屄|啥比|莎比|纱布比|傻x|傻叉|傻吊|沙雕/g, '傻逼'],
  [/(?<![a-z])nao\s*can(?![a-z])|脑c/g, '脑残'],
  [/(?<![a-z])(?:l\s*j|la\s*ji)(?![a-z])|辣鸡|拉圾|垃极|lj/g, '垃圾'],
  [/(?<![a-z])gun\s*dan(?![a-z])|衮蛋|滚犊子/g, '滚蛋'],
  [/(?<![a-z])(?:zhi\s*zhang)(?![a-z])|智zhang|制杖|智障儿/g, '智障'],
  [/(?<![a-z])bai\s*chi(?![a-z])/g, '白痴'],
];

/** Apply English unmasking to every word-like run, then the Chinese rules. */
export function unmaskInsults(text: string): string {
  let out = text.replace(/[a-z0-9@$*#%]+(?:!+[a-z0-9@$*#%]+)*/g, (w) => (/[a-z]/.test(w) ? unmaskWord(w) : w));
  for (const [re, canonical] of ZH_RULES) out = out.replace(re, canonical);
  return out;
}
