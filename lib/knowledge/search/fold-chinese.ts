import { TRADITIONAL_FROM, TRADITIONAL_TO } from './traditional-fold-table';

/**
 * Folds Chinese text to the form the index keeps, before analysis, on articles and queries alike:
 * traditional characters to simplified (OpenCC's character table: 帳號 → 帐号), then common
 * pinyin-IME misspellings of service words to the right word (帐号 → 账号, 冲值 → 充值). Every
 * replacement has the same length as what it replaces, so offsets found on the folded text
 * (snippets) still point into the original.
 */
const traditional = new Map<string, string>();
for (let i = 0; i < TRADITIONAL_FROM.length; i++) traditional.set(TRADITIONAL_FROM[i]!, TRADITIONAL_TO[i]!);

/**
 * Homophone slips a pinyin keyboard makes in customer messages, as [typed, meant]. Kept to pairs
 * where the typed form almost never means anything else in a service conversation (帐 on its own
 * is also 'tent', so only its account/bill words are folded).
 */
export const SERVICE_TYPO_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['帐号', '账号'], ['帐户', '账户'], ['到帐', '到账'], ['转帐', '转账'], ['帐单', '账单'], ['对帐', '对账'], ['入帐', '入账'], ['扣帐', '扣账'],
  ['登陆', '登录'], ['冲值', '充值'], ['申述', '申诉'], ['理陪', '理赔'], ['验正码', '验证码'], ['效验码', '校验码'],
  ['定单', '订单'], ['快第', '快递'], ['物留', '物流'], ['优慧', '优惠'], ['燃汽', '燃气'], ['闪推', '闪退'], ['密玛', '密码'],
];
const typoPattern = new RegExp(SERVICE_TYPO_FOLDS.map(([typed]) => typed).join('|'), 'g');
const typoFix = new Map(SERVICE_TYPO_FOLDS);
const HAN = /\p{Script=Han}/u;

export function foldChinese(text: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    out += traditional.get(c) ?? c;
  }
  return out.replace(typoPattern, (typed) => typoFix.get(typed)!);
}
