/**
 * Chinese name mentions. Hand-written because no small library does this:
 * names are only taken after self-introductions (我叫/我是/姓名/本人/我姓) or
 * from an agent's greeting (王女士您好), and must start with a known surname,
 * which keeps "我是来问一下" or "我是老客户" out.
 */
import type { NameCandidate } from './name-candidate';
import { scanNamesEn } from './names-en';

// The ~400 commonest single-character surnames (covering >95% of people) and common compound ones.
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅利於居揭干尉冶斯束檀衣展阴昝幸奉植衡富尧';
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙', '长孙', '宇文', '司徒', '夏侯', '端木', '南宫', '西门', '独孤'];
const SURNAME = `(?:${COMPOUND.join('|')}|[${SINGLE}])`;
const HONORIFIC = '先生|女士|小姐|太太|阿姨|老师';
// Characters that end a given name: particles, verbs and words that follow a name in chat.
const STOP = '的了是在不一有这个们来问想要说请下吗呢吧啊么什怎会能可以就都也还从到给把被让用对过着和与及或但而才已经买订单号电话手机邮箱地址您你我他她它今昨块钱收件人寄快递退款换货，。！？、；：,.!?;: \n';

const SURNAME_RE = new RegExp(`^${SURNAME}`);
const INTRO = /(?:我叫|我的名字(?:是|叫)?|名字(?:是|叫)?|姓名(?:是)?|本人(?:是|叫)?|我是|叫我|这里是|免贵|联系人)\s*[:：]?\s*/g;
// After the looser openers (本人/我是) the name must end at a pause, not run into a verb (本人戴耳机…).
const LOOSE_INTRO = /^(?:本人|我是|这里是)/;
const PAUSE_AFTER = /^(?:$|[\s，,。.！!？?、；;：:~～]|电话|手机|邮箱|的?订单|想|要|请|在|买|之前|上周|昨天|今天)/;
const SURNAME_ONLY = new RegExp(`(?:我|免贵|本人)姓\\s*(${SURNAME})`, 'g');
const TITLED = new RegExp(`(${SURNAME})(${HONORIFIC})`, 'g');
// 拆字: people spell their surname by its parts ("弓长张，不是立早章").
const SPELLED = /(弓长|立早|耳东|木子|口天|双木|古月|言午|禾口|人可|关耳|文刀|木易|子小|双口|走肖|三横一竖|草头|提手|日月|金戈)\s*的?\s*([\u4e00-\u9fff])/g;
const THIRD_PARTY = /收件人|收货人|联系人是|同事|朋友|老公|老婆|我妈|我爸|妈妈|爸爸|家人|孩子|儿子|女儿|室友|他叫|她叫|他是|她是|客服/;

/** "陈浩，订单号…" → {surname 陈, name 陈浩}; null when the text there is not a name. */
function readName(text: string, at: number): { value: string; surname: string; honorific?: string } | null {
  const rest = text.slice(at, at + 6);
  const sm = SURNAME_RE.exec(rest);
  if (!sm) return null;
  const surname = sm[0];
  const after = rest.slice(surname.length);
  const hon = new RegExp(`^(?:${HONORIFIC})`).exec(after);
  if (hon) return { value: surname + hon[0], surname, honorific: hon[0] };
  let given = '';
  for (const ch of after) {
    if (given.length >= 2 || STOP.includes(ch) || !/[\u4e00-\u9fff]/.test(ch)) break;
    given += ch;
  }
  if (!given) return null;
  // "张伟的妈妈": a possessive means the name is someone else's.
  if (after[given.length] === '的') return null;
  return { value: surname + given, surname };
}

function thirdPartyBefore(text: string, at: number): boolean {
  const clauseStart = Math.max(0, ...['，', ',', '。', '！', '？', '\n'].map((p) => text.lastIndexOf(p, at - 1) + 1));
  return THIRD_PARTY.test(text.slice(clauseStart, at));
}

export function scanNamesZh(text: string, fromAgent: boolean, corrects: boolean, askedName = false): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (fromAgent) {
    // Agents address the customer as 王女士/刘先生; their other lines never count.
    for (const m of text.matchAll(TITLED)) {
      out.push({ form: 'titled', value: m[0], surname: m[1]!, honorific: m[2]!, start: m.index, end: m.index + m[0].length, fromAgent, corrects: false });
    }
    return out;
  }
  for (const m of text.matchAll(INTRO)) {
    const at = m.index + m[0].length;
    if (thirdPartyBefore(text, m.index)) continue;
    const name = readName(text, at);
    if (!name) continue;
    if (LOOSE_INTRO.test(m[0]) && !name.honorific && !PAUSE_AFTER.test(text.slice(at + name.value.length))) continue;
    const form = name.honorific ? 'titled' : 'full';
    out.push({ form, ...name, start: at, end: at + name.value.length, fromAgent, corrects });
  }
  for (const m of text.matchAll(SURNAME_ONLY)) {
    const s = m[1]!;
    const start = m.index + m[0].length - s.length;
    out.push({ form: 'surname', value: s, surname: s, start, end: start + s.length, fromAgent, corrects });
  }
  for (const m of text.matchAll(SPELLED)) {
    if (/不是\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const s = m[2]!;
    if (!SURNAME_RE.test(s)) continue;
    out.push({ form: 'surname-fix', value: s, surname: s, start: m.index, end: m.index + m[0].length, fromAgent, corrects: true });
  }
  // Latin names after Chinese cues ("我叫 Kevin Zhang", "乘机人是我本人，Emma Liu"): the English reader knows them.
  if (/[A-Z][a-z]/.test(text)) for (const c of scanNamesEn(text, false, corrects, false)) if (!out.some((o) => o.start === c.start)) out.push(c);
  // The whole reply to "怎么称呼": "李娜" / "叫我李娜就行".
  if (askedName && !out.length) {
    const m = /^\s*(?:我是|我叫|叫我)?\s*/.exec(text)!;
    const name = readName(text, m[0].length);
    if (name && /^\s*(?:就行|就好|吧)?\s*[。.!！]?\s*$/.test(text.slice(m[0].length + name.value.length))) {
      out.push({ form: name.honorific ? 'titled' : 'full', ...name, start: m[0].length, end: m[0].length + name.value.length, fromAgent, corrects });
    }
  }
  // A message that is just "王女士" (answering "怎么称呼").
  const bare = new RegExp(`^\\s*(${SURNAME})(${HONORIFIC})\\s*[。.!！]?\\s*$`).exec(text);
  if (bare && !out.some((c) => c.form === 'titled')) {
    const start = text.indexOf(bare[1]!);
    out.push({ form: 'titled', value: bare[1]! + bare[2]!, surname: bare[1]!, honorific: bare[2]!, start, end: start + bare[1]!.length + bare[2]!.length, fromAgent, corrects });
  }
  return out;
}
