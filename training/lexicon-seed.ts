/**
 * Hand-written seed for the fast lexicon: canonical forms (what
 * normalizeForModel turns SB / 煞笔 / tmd / NMSL / f*ck into) plus direct
 * insults that LDNOOBW lacks. Always kept, whatever the corpus statistics say.
 */
export const SEED_ZH = [
  '傻逼', '操你妈', '你妈死了', '他妈的', '妈卖批', '日你妈', '我去你妈了个逼', '脑残', '智障', '滚蛋', '白痴', '废物', '贱人', '畜生', '狗东西',
  '王八蛋', '去死', '死全家', '弱智', '蠢货', '杂种', '狗日的', '你妈逼', '猪脑子', '人渣', '婊子', '滚你妈', '你算什么东西',
  // Insults of staff that need no swear word (cs_chats_written README rules: 垃圾客服; collective 一群饭桶, 泼妇).
  '垃圾客服', '饭桶', '泼妇',
];
export const SEED_EN = [
  'fuck', 'fucking', 'fucker', 'fucked', 'motherfucker', 'fuck you', 'bitch', 'bitches', 'cunt', 'asshole', 'bastard', 'dickhead', 'idiot', 'idiots', 'moron', 'morons',
  'retard', 'retarded', 'stfu', 'kys', 'kill yourself', 'piece of shit', 'son of a bitch', 'screw you', 'go to hell', 'dumbass', 'scumbag', 'whore', 'slut', 'wanker', 'twat', 'wtf', 'dipshit',
];

/**
 * LDNOOBW terms that pass the corpus precision test (tweets, Weibo) but would
 * hide innocent service messages: product words (panties, viagra), complaints
 * about things rather than people ("this sucks"), colour phrases ("big black"),
 * crime-news topics, and substrings of ordinary text ("明日你们" contains 日你,
 * "祝你全家" contains 你全家).
 */
export const EXCLUDE = new Set([
  'suck', 'sucks', 'butt', 'panties', 'nipple', 'nipples', 'viagra', 'strip club', 'xxx', 'kinky', 'big black', 'big tits', 'negro', 'god damn', 'horny',
  '卖淫', '嫖娼', '嫖客', '强奸', '妓女', '你全家', '日你',
]);
