/**
 * Keyword cues for priority and escalation, per message. The classifier's
 * output (signals) adds to these where it exists; keywords keep the engine
 * useful without it. A threatened bad review (差评, 1-star) is deliberately
 * not a threat: it is the customer's right and not a reason to escalate.
 */

export type UrgencyCue = 'abuse' | 'threat' | 'safety' | 'fraud' | 'double-charge' | 'repeat' | 'angry' | 'deadline' | 'praise' | 'info';

export interface CueSpan {
  cue: UrgencyCue;
  start: number;
  end: number;
  /** The matched phrase, for the escalation reason. */
  detail: string;
}

// Each cue is a class of phrasing, not a list of cases: who is threatened
// (regulators, courts, the media and social networks), which words insult
// people (including masked, pinyin and homophone profanity), what a repeat
// contact sounds like (contacting support again, not "tried it twice").
const CUES: ReadonlyArray<readonly [UrgencyCue, RegExp]> = [
  ['threat', /(?<![\dA-Za-z])(?:12315|12345|12321|12300|12378|95119)(?![\dA-Za-z])|315晚会|工信部|通信管理局|消协|消费者协会|市场监管|工商局|银保监|金融监管|监管局|人民银行|证监会|黑猫投诉|找媒体|联系媒体|媒体曝光|记者|曝光|律师|起诉|法院|告你们|打官司|报警|发(?:到)?(?:微博|小红书|抖音|朋友圈|网上)|(?:微博|小红书|抖音)上?(?:曝光|发|说|投诉)|挂到网上|better business bureau|department of transportation|\bOfcom\b|attorney general|trading standards|ombudsman|regulator|lawyer|attorney|solicitor|\bsue\b|suing|lawsuit|legal action|small claims|\bcourt\b|the (?:news|press|media)|reporter|journalist|(?:post|posting|share|sharing|put|putting|upload|uploading)\b[^.!?]{0,50}\b(?:online|everywhere|twitter|reddit|facebook|tiktok|instagram|youtube|social media|the internet)|(?:twitter|reddit|tiktok|social media) (?:will|is going to) (?:hear|know)|go(?:ing)? public/gi],
  // Regulators' acronyms in capitals only ("dot" spells e-mail addresses, "caa" is nothing).
  ['threat', /\b(?:CFPB|BBB|FTC|FCC|DOT|FCA|CAA|ICO|ASA)\b/g],
  ['abuse', /傻逼|傻b|傻x|煞笔|沙雕|(?<![a-z])s\.?b(?![a-z])|(?<![a-z])shabi|草泥马|(?<![a-z])cnm(?![a-z])|(?<![a-z])nmsl(?![a-z])|(?<![a-z])tmd(?![a-z])|(?<![a-z])tm(?=[\u4e00-\u9fff])|他妈的?|妈的|你妈|尼玛|特么|你们全家|你全家|垃圾客服|客服是?垃圾|滚蛋|(?:^|[，,。！!\s])滚(?:吧|开|！|!|。|$)|去死|废物|脑残|智障|弱智|狗东西|畜生|王八蛋|蠢货|白痴|弄死|打死你|砍死|fuck|f[*#@]+c?k|f[*#@]{2,}|\bshit|dipshit|\bidiots?\b|\bmorons?\b|\bclowns?\b|\bimbeciles?\b|\bbastards?|bitch|asshole|jackass|screw you|damn you|\bwtf\b|with a brain|brainless|\bstupid (?:people|staff|agents?|idiots?)|\bincompetent (?:idiots?|fools?|people)|(?:kill|beat|hurt|punch|stab) (?:you|him|her|them|your)|with a (?:bat|knife|gun)/gi],
  ['safety', /起火|着火|冒烟|爆炸|炸了|漏电|触电|烫伤|烧伤|(?<![腿脚腰])受伤|过敏|中毒|拉肚子|呕吐|住院|鼓包|割伤|划伤|窒息|差点吞|吞下|卡喉|噎|玻璃渣|碎玻璃|吃出(?:了)?(?:玻璃|钉子|铁丝|金属|刀片)|caught fire|on fire|fire hazard|smoke|smoking|exploded|explosion|electric shock|shocked me|burn(?:ed|t) (?:me|my)|injur|hospital|allergic reaction|food poisoning|poison|chok(?:e|ing)|sparks|sick after|vomit|glass in|shard|piece of (?:glass|metal)/gi],
  ['fraud', /诈骗|骗子|被骗|盗刷|被盗|盗号|冒充|不是我本人|不是我买的|不是我操作|不是本人操作|异地登录|钓鱼|\bscam|fraud|stolen|hacked|skimm|unauthori[sz]ed|phishing|identity theft|i didn'?t (?:make|authori[sz]e|recogni[sz]e)|i did not (?:make|authori[sz]e|recogni[sz]e)|don'?t recogni[sz]e (?:this|these|the|a|any)|someone (?:else )?(?:has )?(?:used|logged|accessed|changed|took|withdrew)|not me who/gi],
  ['double-charge', /扣了?(?:两|2)次|(?:两|2)次扣|重复扣|重复支付|重复收费|扣了(?:两|2)笔|两笔都|(?:charged|billed|debited|deducted|taken|paid)(?: me| it| for it)? twice|double[- ]charged|double charge|duplicate (?:charge|payment|transaction)|charged two times|two (?:identical )?charges|(?:money|payment) (?:was )?taken twice/gi],
  ['repeat', /第[二三四五六七八九十两2-9]次(?:找|联系|来|问|咨询|打|反映|投诉|进线|催)|(?:找|联系|问|打给?|反映|投诉|催|咨询)了?(?:你们)?(?:客服)?(?:好几|[两三四五六七八九十几2-9])次|每次都(?:说|是|让)|又来(?:找|问)|再次联系|一直没人|还是没(?:人|有)(?:回复|处理)|催了|没人回|没人理|no (?:reply|response)|(?:this is|it'?s) (?:the|my) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time (?:i'?m |i am |i'?ve |i have )?(?:contact|call|writ|ask|chat|reach|email|messag|com)|(?:contacted|called|emailed|messaged|written to|chatted with|asked|reached out to|spoken to|spoke to)(?: you| you guys| your (?:team|support))?(?: about (?:this|it))? (?:two|three|four|five|six|several|multiple|many|\d+) times|(?:contacted|called|emailed|messaged|asked) (?:you )?twice|again and again|keep (?:calling|emailing|contacting|asking)|already (?:contacted|called|emailed|asked|reached out|spoke)|still no (?:reply|response|answer|update|refund|word)|no one (?:has )?(?:replied|responded|gets back)|nobody (?:has )?(?:responds|replied|responded|gets back)|every time i(?:'m| am)? (?:call|contact|ask|told)/gi],
  ['angry', /！！|!!|\?\?|？？|太差|特别差|很差|真差|差劲|态度.{0,3}差|气死|愤怒|生气|火大|什么破|无语|坑人|坑爹|骗人|恶心|忍无可忍|受够了|太过分|离谱|搞什么|你们到底|你们就知道|凭什么|乱扣|乱收|乱开|有没有搞错|什么意思[？?]|坑钱|黑心|unbelievable|how dare|ridiculous|unacceptable|furious|angry|\bworst\b|terrible|disgusting|useless|fed up|\bjoke\b|pathetic|outrageous|sick of|tired of|what the hell|kidding me|are you serious|done being patient|(?:lost|losing|running out of) (?:my )?patience|had enough|nobody has done/gi],
  ['deadline', /今天(?:之内|必须|就要|要用|内|不处理|不解决)|明天(?:就要|要用|之前|必须|一早)|明天[^，。,.]{0,8}(?:demo|演示|面试|考试|婚礼|航班|出发|开会)|今晚(?:要|就)|急用|着急|很急|加急|马上要|24小时内|赶时间|来不及|by (?:today|tonight|tomorrow)|before (?:tomorrow|tonight)|need (?:it|this|them)? ?(?:today|tonight|by tomorrow|tomorrow)|\burgent(?:ly)?\b|\basap\b|within 24 hours|before [^.!?]{0,30}\btoday\b|(?:fixed|resolved|sorted) today|leaving tomorrow|(?:flight|wedding|event|party|demo|interview|exam|presentation) (?:is )?(?:tomorrow|tonight|today|in the morning)|(?:demo|presentation|flight) (?:at|on) [^.!?]{0,20}tomorrow|losing (?:sales|money|customers|revenue)|(?:is|are|it'?s) (?:due|overdue) today|blocking (?:our|my) (?:business|team|customers|checkout)|(?:breaking|broke|blocking) (?:checkout|production|payments) for/gi],
  ['praise', /表扬|点赞|好评如潮|非常满意|服务很好|太棒了|给力|感谢你们|say thanks|wanted to thank|great job|super helpful|very helpful|compliment|kudos|shout-out|(?:is|are|was|were) (?:great|amazing|awesome|fantastic|excellent)|fixed my (?:issue|problem)/gi],
  ['info', /请问你们|请问(?:一下)?(?:有没有|能不能|可以|是不是|是否)|你们(?:支持|有没有|可以|能不能|接受)|有没有(?:[^，。？?]{0,12})(?:套餐|优惠|活动|货)|do you (?:offer|have|ship|accept|sell|do)|what(?:'s| is) your|quick question|how long does|is there a|what are (?:your|the) (?:hours|opening)|opening hours/gi],
];

/**
 * A sentence that asks about a policy or a feature ("do you offer fraud
 * protection?", "是否支持防盗刷", "is the room non-smoking?") mentions a
 * risk without reporting one: a polite question never becomes urgent because
 * of a word in it.
 */
const ASKS_ABOUT = /\b(?:do you (?:offer|have|provide|cover)|does (?:your|the|it) (?:\w+ )?(?:offer|have|include|cover|come with)|is there (?:a|any)|what(?:'s| is) your|how do (?:i|you) (?:prevent|protect|avoid|report)|policy|protection|insurance|prevent(?:ion)?|non[- ]smoking|smoke (?:detector|alarm)|smoke[- ]free)\b|是否(?:支持|有|提供)|有没有(?:[^，。？?]{0,8})(?:保障|保险|服务)|防盗刷|防诈骗|保障|政策|怎么防/i;
/** Cues a question about a policy does not raise (abuse and threats are never questions of this kind). */
const REPORTED_ONLY = new Set<UrgencyCue>(['safety', 'fraud', 'double-charge']);

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?。！？\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?。！？\n]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

export function detectUrgencyCues(text: string): CueSpan[] {
  const out: CueSpan[] = [];
  for (const [cue, re] of CUES) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (REPORTED_ONLY.has(cue) && ASKS_ABOUT.test(sentenceAround(text, m.index, end))) continue;
      out.push({ cue, start: m.index, end, detail: m[0] });
    }
  }
  return out;
}

/** Threats of regulators, lawyers or the media in one text (not bad-review threats). */
export function detectThreats(text: string): CueSpan[] {
  return detectUrgencyCues(text).filter((c) => c.cue === 'threat');
}

/** "third time I'm contacting you", "催了好几次": the customer says this is a repeat contact. */
export function detectRepeatContact(text: string): CueSpan[] {
  return detectUrgencyCues(text).filter((c) => c.cue === 'repeat');
}
