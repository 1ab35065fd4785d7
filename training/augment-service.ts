/**
 * SYNTHETIC service-chat register, v5: the classes of text that the first
 * augmentation (augment-phrases.ts) lacked and that real chats are full of
 * (issue 15). Neutral is data-only messages, acknowledgements and calm
 * problem reports; positive includes short and mixed thanks; abuse includes
 * collective insults at staff, insults without profanity, threats of violence
 * and person-directed insults taken from the LDNOOBW and SexHateLex lexicons;
 * clean-but-negative includes business vocabulary that reads like a
 * flag word (phishing, fraud, charge, open invoice, 12315, 投诉) and
 * product-only insults (垃圾 App). Written for Deskmate; training rows only.
 */
import { readText, rng, type Example, type Lang } from './corpus';
import { generate, pick } from './augment';
import { ldnoobw } from './build-lexicon';

type Rand = () => number;
const [NEG, NEU, POS] = [0, 1, 2];
const [ABUSIVE, CLEAN] = [0, 1];

const digits = (n: number, rand: Rand) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10))).join('');
const letters = (n: number, rand: Rand) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(rand() * 24)]).join('');

/** Identifiers in the shapes customers type them; normalizeForModel masks them, so the shape matters more than the value. */
function identifier(rand: Rand): string {
  const d = (n: number) => digits(n, rand);
  return pick([
    () => d(12), () => d(18), () => d(19), () => `${d(6)}-${d(15)}`, () => `SF${d(13)}`, () => `YT${d(13)}`, () => `JD00${d(11)}`, () => `1Z${d(3)}${letters(2, rand)}${d(11)}`,
    () => `${letters(1, rand)}${d(1)}${letters(1, rand)}${d(1)}${letters(1, rand)}${d(1)}`, () => `ORD-20${d(2)}-${d(5)}`, () => `INV-20${d(2)}-${d(4)}`, () => `W${d(8)}`,
    () => `${d(3)} ${d(4)} ${d(4)}`, () => `${d(3)}-${d(4)}-${d(4)}`, () => `+86 ${d(3)} ${d(4)} ${d(4)}`, () => `+1 (${d(3)}) 555-0${d(3)}`, () => `0${d(3)} ${d(3)} ${d(4)}`,
    () => `${letters(2, rand).toLowerCase()}.${letters(4, rand).toLowerCase()}@example.com`, () => `${d(10)}@qq.com`, () => `#${letters(1, rand)}${d(1)}${letters(1, rand)}${d(1)}${letters(1, rand)}${d(1)}`,
  ], rand)();
}

const ZH_DATA = ['{id}', '订单号 {id}', '订单号是{id}', '单号 {id}', '是的，{id}', '对，{id}', '手机 {id}', '电话是 {id}', '邮箱 {id}', '就是 {id}', '{id}，麻烦了', '{id}，你们备注一下', '新地址：上海市浦东新区张江路 88 号，电话 {id}', '收件人是我本人，电话 {id}', '好的，{id}'];
const EN_DATA = ['{id}', 'Order {id}.', "It's {id}.", 'Sure, {id}', 'Order number {id}', 'My email is {id}', 'Booking ref {id}', 'Yes, {id}', 'Tracking is {id}', 'Phone: {id}', 'Invoice {id}', 'Account email {id}, card ends 0921.', '{id}, photo attached.'];
const ZH_ACK = ['好的', '好', '行', '嗯', '嗯嗯', '收到', '了解', '明白了', '好吧', '可以', '对', '是的', '好，我等着', '好的，我试试', '那我等通知', '行吧，我再等等', '知道了', '好，我去看看', '在吗？', '在吗', '人呢', '你好', '稍等，我找一下', 'OK，那我等', '好吧，希望别出问题', '那大概什么时候能到？'];
const EN_ACK = ['ok', 'OK.', 'Fine.', 'Sure.', 'Got it.', 'Clicked it.', 'Good.', 'Alright', 'Understood.', "Yes, that's right.", 'Ok, I will wait.', 'Hello?', 'Hi', 'One sec, let me check.', 'Ok, good to know.', 'Replacement please.', 'No, that was it.', 'Confirmed.', 'Done, I sent it.'];
/** Calm problem reports and requests: a problem as topic, no emotion. */
const ZH_CALM = [
  '你好，我上周买的{item}尺码偏小，想退货', '{item}的地址写错了，还没发货能改吗', '我的{item}显示已签收，我去问一下门卫', '我想把{item}改成另一个颜色', '请问{item}能开增值税专用发票吗',
  '我的服务密码忘了，怎么重置', '宽带装机想约周六上午', '我想问一下{item}的退款进度', '账单上有一笔 45 元的扣费，想确认一下是什么', '收到的{item}少了一个配件，麻烦补发',
  '我想取消这个订单', '信用卡账单日是哪天', '这个月的发票还没收到', '{item}需要换货，已经寄出了', '请问有没有月租便宜一点的套餐', '我收到一条短信说账户异常，想确认是不是你们发的',
  '我想投诉一下上次的配送，麻烦记录', '能帮我查一下{item}到哪了吗', '登录的时候提示验证码错误', '我想把航班改到 5 月 5 号',
];
const EN_CALM = [
  'Hi, invoice {id} has the wrong VAT number on it.', 'The invoice still shows as open in the portal, can you check?', 'I got an email that looks like phishing, is it from you?', 'I think there is a fraudulent charge on my card.',
  'There is a charge I do not recognise from March 3.', 'I need to change the shipping address on my order.', "I can't log into my account and the reset email never arrives.", 'Our integration gets HTTP 500 errors from the API since 09:40.',
  'Does the Pro plan include SSO?', 'I would like to return the {item}, it is too big.', 'The {item} arrived but one part is missing.', 'Can I pay annually by bank transfer?',
  'My card was declined at checkout.', 'I was charged twice for the same order.', 'How do I report fraud on my account?', 'The portal says my payment is still open.', 'I want to file a complaint about the delivery.',
  'Can you resend the confirmation to my phone?', 'Please send the corrected invoice to our finance team.', 'The tracking has not updated since Friday.',
];
const ITEMS = ['耳机', '羽绒服', '洗衣机', '订单', '床单', '打印机', 'jacket', 'lamp', 'order'];
const ZH_THANKS = ['谢啦', '好嘞，谢谢', '好的谢谢', '谢谢你这么耐心', '没了，谢谢', '👍 谢谢', '收到了，thanks', '太好了，谢谢亲！', '弄好了，谢谢！', '辛苦了', '好的，了解了，谢谢你', '对的，麻烦了，谢谢！', '拿到了，谢谢', '好的，我现在去弄，谢谢你们反应这么快'];
const EN_THANKS = ['Cheers.', 'Perfect, cheers.', 'Thanks!', 'Thanks a lot!', 'Brilliant, thank you.', "No that's all, thanks so much!", 'Got it, thanks.', 'Thanks, appreciate the quick response.', 'OK, thanks. Please call me at {id} if there is any problem.', 'Great, thanks for keeping us posted.', "You're a lifesaver, thank you!!", 'Ok that is actually really helpful, thank you.'];
/** Negative without insult: worry, frustration, sarcasm. */
const ZH_NEG = ['急死了，会不会被转走啊', '搞什么啊，半小时了还没动', '真是太棒了，第三次坏了', '你们效率真高啊', '我都说了三遍了', '希望你们真的处理，不是说说而已', '这可是一千多块，三天后没退回来怎么办', '很烦，清了缓存也没用', '我根本没收到！！', '尽快吧，我不想再等了', '行吧，以后别再给我乱开了', '你们这什么垃圾 App，一点就闪退', '破平台，又卡了'];
const EN_NEG = ["Honestly, I'm done being patient.", 'Great, just great. Love that for me.', 'Not great.', 'Ugh, yes, probably.', "If it's gone I'm screwed.", 'I have a client demo in an hour!!', 'You could have done that the first time.', 'Where the hell is my package?', 'This app is garbage.', 'Nobody has done a damn thing.', "We're losing sales every minute this is down."];

/** Insults aimed at people, without profanity, collective, and threats of violence. */
const ZH_PERSON_INSULT = ['你们是不是有病', '一群饭桶', '你们这帮垃圾客服', '脑子呢', '泼妇一个', '你们全家都是骗子吧', '一个个 sb', '别让老子再催，一群废物', '你们移动的员工都是一群废物', '客服都是木头人吗，听不懂人话', '信不信我弄死你', '再拖我就去你们公司砍人', '小心我找人收拾你', '你是猪吗'];
const EN_PERSON_INSULT = ['put me through to someone with a brain', 'you clowns', 'your drivers are lazy idiots', 'you useless morons', 'just deliver it, dipshit', "I'll be waiting for him at the door with a bat", 'you people are useless idiots', 'are you all this stupid', 'get me someone who is not a complete imbecile', 'I will find you and hurt you', 'what a bunch of clowns', 'you are a pathetic excuse for a human'];
const ZH_SLOTS = ['订单号 {id}', '五天了一直显示转运中', '退款七天了还没到账', '又断网了', '说了三遍了', '{item}又坏了'];
const EN_SLOTS = ['order {id}', 'it has been two weeks', 'the refund is still pending', 'the sync wiped my files', 'this is the third time I am contacting you'];

/**
 * Person-directed insults chosen by hand from the terms of LDNOOBW (zh) and SWSR's
 * SexHateLex that are ≥ 80% abusive over ≥ 3 matches in the abuse corpora; topical
 * words that pass that test (歧视, 强奸, 子宫, 垃圾 …) would teach "topic = abuse" and
 * are left out. Each is checked against the lexicon files when the rows are built.
 */
const LEXICON_INSULTS_ZH = ['双标狗', '狗日的', '废物', '人渣', '王八蛋', '蠢货', '窝囊废', '真他妈', '贱人', '杂种', '下贱', '婊子', '畜生', '畜牲', '没脑子', '找死', '土鳖', '去死', '他妈的', '智障', '混蛋', '狗屁', '母猪', '操你', '日你妈', '无赖', '神经病', '母狗', '犯贱', '你妈的', '狗男女', '龟儿', '绿茶婊', '乡巴佬', '什么鸟', '贱货', '白痴', '操你妈', '滚蛋', '妈逼', '傻逼'];
const LEXICON_INSULTS_EN = ['bastard', 'twat', 'wanker', 'asshole', 'bitch', 'cunt', 'motherfucker', 'fuck', 'dumbass', 'shit', 'whore', 'slut'];

function lexiconInsults(): { zh: string[]; en: string[] } {
  const sexHate = new Set(readText('zh_abuse/SWSR/SexHateLex/SexHateLex.txt').split('\n').map((t) => t.trim()));
  const zhLex = new Set([...ldnoobw('zh'), ...sexHate]);
  const enLex = new Set(ldnoobw('en').map((t) => t.toLowerCase()));
  const zh = LEXICON_INSULTS_ZH.filter((t) => zhLex.has(t) || [...zhLex].some((l) => l.includes(t)));
  const en = LEXICON_INSULTS_EN.filter((t) => enLex.has(t));
  return { zh, en };
}

function withIds(xs: Example[], rand: Rand): Example[] {
  return xs.map((x) => ({ ...x, text: x.text.replace(/\{id\}/g, () => identifier(rand)).replace(/\{item\}/g, () => pick(ITEMS, rand)) }));
}

export function serviceSentimentAugmentation(seed: number): Example[] {
  const rand = rng(seed + 3);
  const g = (n: number, label: number, lang: Lang, templates: readonly string[]) => generate(n, label, lang, templates, { ctx: [''] }, rand);
  return withIds([
    ...g(1500, NEU, 'zh', ZH_DATA), ...g(1500, NEU, 'en', EN_DATA),
    ...g(1200, NEU, 'zh', ZH_ACK), ...g(1200, NEU, 'en', EN_ACK),
    ...g(1500, NEU, 'zh', ZH_CALM), ...g(1500, NEU, 'en', EN_CALM),
    ...g(1000, POS, 'zh', ZH_THANKS), ...g(1000, POS, 'en', EN_THANKS),
    ...g(800, NEG, 'zh', ZH_NEG), ...g(800, NEG, 'en', EN_NEG),
  ], rand);
}

export function serviceAbuseAugmentation(seed: number): Example[] {
  const rand = rng(seed + 4);
  const lex = lexiconInsults();
  const zhInsult = [...ZH_PERSON_INSULT, ...lex.zh.flatMap((x) => [`{ctx}，${x}`, `${x}，{ctx}`, `你们这些${x}`, `客服${x}`])];
  const enInsult = [...EN_PERSON_INSULT, ...lex.en.flatMap((x) => [`{ctx}, ${x}`, `${x}. {ctx}`, `you ${x}`])];
  return withIds([
    ...generate(2500, ABUSIVE, 'zh', zhInsult.map((t) => (t.includes('{ctx}') ? t : `{ctx}，${t}`)), { ctx: ZH_SLOTS }, rand),
    ...generate(2000, ABUSIVE, 'en', enInsult.map((t) => (t.includes('{ctx}') ? t : `{ctx}. ${t}`)), { ctx: EN_SLOTS }, rand),
    ...generate(2000, CLEAN, 'zh', [...ZH_CALM, ...ZH_NEG, ...ZH_DATA, ...ZH_ACK, ...ZH_THANKS], { ctx: [''] }, rand),
    ...generate(2000, CLEAN, 'en', [...EN_CALM, ...EN_NEG, ...EN_DATA, ...EN_ACK, ...EN_THANKS], { ctx: [''] }, rand),
    // The same slot contexts in clean rows as in the abusive ones above: without them "退款七天了还没到账"
    // or "it has been two weeks" occurred only in abusive rows and the model learned the complaint, not
    // the insult (v5's first blind run: model-alone precision 0.73 on unseen chats).
    ...generate(2000, CLEAN, 'zh', ['{ctx}', ...ZH_NEG.map((t) => `{ctx}，${t}`), ...ZH_CALM.map((t) => `${t}，{ctx}`)], { ctx: ZH_SLOTS }, rand),
    ...generate(1600, CLEAN, 'en', ['{ctx}', ...EN_NEG.map((t) => `{ctx}. ${t}`), ...EN_CALM.map((t) => `${t} {ctx}`)], { ctx: EN_SLOTS }, rand),
  ], rand);
}
