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

const CUES: ReadonlyArray<readonly [UrgencyCue, RegExp]> = [
  ['threat', /(?<![\dA-Za-z])(?:12315|12345)(?![\dA-Za-z])|315晚会|工信部|消协|消费者协会|市场监管|工商局|银保监|黑猫投诉|找媒体|联系媒体|媒体曝光|记者|曝光|律师|起诉|法院|告你们|打官司|报警|\bCFPB\b|\bBBB\b|better business bureau|\bFTC\b|attorney general|trading standards|ombudsman|lawyer|attorney|solicitor|\bsue\b|suing|lawsuit|legal action|small claims|\bcourt\b|the (?:news|press|media)|reporter|journalist|post(?:ing)? (?:this|it|about (?:this|you)) (?:everywhere|online|all over|on (?:twitter|x|facebook|reddit|tiktok|social media))|go(?:ing)? public/gi],
  ['abuse', /傻逼|傻b|煞笔|(?<![a-z])sb(?![a-z])|草泥马|他妈的|妈的|你妈|滚蛋|去死|废物|脑残|智障|狗东西|畜生|王八蛋|fuck|f\*+(?:k|ing|in)|\bshit|idiots?\b|morons?\b|bastards?|bitch|asshole|screw you|damn you/gi],
  ['safety', /起火|着火|冒烟|爆炸|炸了|漏电|触电|烫伤|烧伤|受伤|过敏|中毒|拉肚子|呕吐|住院|鼓包|割伤|窒息|差点吞|吞下|卡喉|噎|caught fire|on fire|fire hazard|smoke|smoking|exploded|explosion|electric shock|shocked me|burn(?:ed|t) (?:me|my)|injur|hospital|allergic reaction|food poisoning|poison|chok(?:e|ing)|sparks|sick after|vomit/gi],
  ['fraud', /诈骗|骗子|被骗|盗刷|被盗|冒充|不是我本人|不是我买的|不是我操作|钓鱼|\bscam|fraud|stolen|hacked|unauthori[sz]ed|phishing|identity theft|i didn'?t (?:make|authori[sz]e)|i did not (?:make|authori[sz]e)/gi],
  ['double-charge', /扣了?(?:两|2)次|重复扣|重复支付|重复收费|扣了(?:两|2)笔|两笔都|charged (?:me )?twice|double[- ]charged|double charge|duplicate charge|billed (?:me )?twice|charged two times|two charges/gi],
  ['repeat', /第[二三四五六七八九十两2-9]次|又来|再次|多次|好几次|几次了|[两三四五六七八九十2-9]次了|打过[^，。]{0,6}次|问了[^，。]{0,6}次|一直没人|还是没(?:人|有)(?:回复|处理)|催了|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|(?:two|three|four|five|six|several|multiple|many|\d+) times|again and again|keep (?:calling|emailing|contacting|asking)|already (?:contacted|called|emailed|asked|reached out|spoke)|still no (?:reply|response|answer|update|refund|word)|no (?:reply|response)|没人回|没人理|no one (?:has )?(?:replied|responded|gets back)|nobody (?:has )?(?:responds|replied|responded|gets back)/gi],
  ['angry', /！！|!!|\?\?|？？|太差|特别差|很差|真差|差劲|态度.{0,3}差|气死|愤怒|生气|火大|什么破|垃圾|无语|坑人|坑爹|骗人|恶心|忍无可忍|太过分|离谱|搞什么|ridiculous|unacceptable|furious|angry|\bworst\b|terrible|disgusting|useless|fed up|\bjoke\b|pathetic|outrageous|sick of|tired of|what the hell|\bwtf\b/gi],
  ['deadline', /今天(?:之内|必须|就要|要用|内|不处理|不解决)|明天(?:就要|要用|之前|必须|一早)|今晚(?:要|就)|急用|着急|很急|加急|马上要|24小时内|赶时间|来不及|by (?:today|tonight|tomorrow)|before (?:tomorrow|tonight)|need (?:it|this|them)? ?(?:today|tonight|by tomorrow|tomorrow)|\burgent(?:ly)?\b|\basap\b|within 24 hours|before [^.!?]{0,30}\btoday\b|(?:fixed|resolved|sorted) today|leaving tomorrow|(?:flight|wedding|event|party) (?:is )?tomorrow/gi],
  ['praise', /表扬|点赞|好评如潮|非常满意|服务很好|太棒了|给力|感谢你们|say thanks|wanted to thank|great job|super helpful|very helpful|compliment|kudos|shout-out|appreciate|(?:is|are|was|were) (?:great|amazing|awesome|fantastic|excellent)|fixed my (?:issue|problem)/gi],
  ['info', /请问你们|你们(?:支持|有没有|可以|能不能|接受)|do you (?:offer|have|ship|accept|sell|do)|what(?:'s| is) your|quick question|how long does|is there a/gi],
];

export function detectUrgencyCues(text: string): CueSpan[] {
  const out: CueSpan[] = [];
  for (const [cue, re] of CUES) {
    for (const m of text.matchAll(re)) out.push({ cue, start: m.index, end: m.index + m[0].length, detail: m[0] });
  }
  return out;
}

/** Threats of regulators, lawyers or the media in one text (not bad-review threats). */
export function detectThreats(text: string): CueSpan[] {
  return detectUrgencyCues(text).filter((c) => c.cue === 'threat');
}
