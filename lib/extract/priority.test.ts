import { describe, expect, it } from 'vitest';
import { extractTicketFields } from './extract';
import { chat } from './test-chat';
import { detectThreats } from './urgency';

const judge = (lines: string[], signals?: Parameters<typeof extractTicketFields>[1]) => {
  const x = extractTicketFields(chat(...lines), signals);
  return { category: x.category.value, priority: x.priority.value, escalate: x.escalate.value, reasons: x.escalate.reasons.map((r) => r.kind) };
};

describe('category (first stated problem)', () => {
  it.each([
    ['logistics', ['c: 快递三天没动了'], 'logistics'],
    ['refund', ['c: I want a refund for the blender'], 'refund_return'],
    ['order change', ['c: 我想改一下收货地址'], 'order_change'],
    ['billing', ['c: I was charged twice'], 'payment_billing'],
    ['account', ['c: 账号登不上去了'], 'account_access'],
    ['technical', ['c: The app crashes on start'], 'technical_issue'],
    ['product question', ['c: 这款耳机支持降噪吗'], 'product_question'],
    ['complaint about staff', ['c: 快递员态度太差了'], 'complaint'],
    ['food safety is a complaint', ['c: 外卖里吃出了头发'], 'complaint'],
    ['first stated wins', ['c: 退款申请了五天没到账', 'c: 另外快递也很慢'], 'refund_return'],
    ['nothing recognisable', ['c: 你好'], 'other'],
    ['a greeting names no problem', ['c: 在吗？？', 'c: 宽带断网两天了'], 'technical_issue'],
    ['damaged on delivery is a refund, not logistics', ['c: The parcel arrived today but the mug inside was smashed'], 'refund_return'],
    ['returned to sender stays logistics', ['c: Tracking shows my parcel was returned to sender'], 'logistics'],
    ['a missing item is a refund', ['c: 快递到了，但是少发了一件'], 'refund_return'],
    ['a defective appliance is a refund', ['c: 冰箱买了两个月就不制冷了'], 'refund_return'],
    ['an insult to the app is not a complaint', ['c: 什么垃圾App，一打开就闪退'], 'technical_issue'],
    ['a rude courier is a complaint', ['c: The driver was rude and threw my parcel over the fence'], 'complaint'],
    ['telecom bill', ['c: 这个月话费怎么多扣了30块'], 'payment_billing'],
    ['bank card declined', ['c: My card payment was declined at the shop'], 'payment_billing'],
    ['travel change', ['c: I need to change my flight to Friday'], 'order_change'],
    ['lost luggage', ['c: 我的行李没到，航班是昨天的'], 'logistics'],
    ['SaaS fault', ['c: Our webhook deliveries fail with a server error'], 'technical_issue'],
    ['SaaS seats', ['c: Can we add 5 seats to our plan?'], 'order_change'],
    ['scam call report', ['c: 有人冒充你们客服打电话让我转账'], 'other'],
    ['pre-sale question', ['c: 想问下这款是国行吗'], 'product_question'],
  ])('%s', (_, lines, expected) => {
    expect(judge(lines).category).toBe(expected);
  });

  it('uses manager-edited rules', () => {
    const x = extractTicketFields(chat('c: 我的会员积分不见了'), { categoryRules: [{ category: 'loyalty', keywords: ['积分'] }] });
    expect(x.category.value).toBe('loyalty');
    expect(x.category.evidence[0]).toEqual({ messageId: 'm0', start: 4, end: 6 });
  });
});

describe('priority and escalation', () => {
  it.each([
    ['double charge is urgent', ['c: 同一笔订单扣了两次钱'], 'urgent', false],
    ['safety is urgent without escalating', ['c: 充电宝冒烟了'], 'urgent', false],
    ['fraud is urgent without escalating', ['c: my card was used for an order I did not make, looks like fraud'], 'urgent', false],
    ['a scam call report is urgent without escalating', ['c: 有人冒充你们客服给我打电话让我转账'], 'urgent', false],
    ['an account takeover is urgent without escalating', ['c: 账号被盗了，不是我操作的'], 'urgent', false],
    ['a pre-existing injury is not a safety risk', ['c: 快递员让我下楼拿，我说腿受伤了下不去，他就把东西扔门口了'], 'normal', false],
    ['glass in food is a safety risk', ['c: 外卖里吃出了玻璃渣'], 'urgent', false],
    ['masked profanity is abuse', ['c: 尼玛，五天了还没到'], 'urgent', true],
    ['an insult without profanity is abuse', ['c: put me through to someone with a brain'], 'urgent', true],
    ['a threat of violence is abuse', ["c: I'll be waiting for him at the door with a bat"], 'urgent', true],
    ['posting on social media is a threat', ["c: Refund me or I'm posting this all over Twitter and Reddit"], 'urgent', true],
    ['a regulator acronym in capitals is a threat', ["c: I'm filing a complaint with the DOT"], 'urgent', true],
    ['"dot" in a spelled address is not', ['c: email is wang at example dot com'], 'normal', false],
    ['anger after contacting three times escalates', ["c: I've contacted you three times about this. I'm done being patient."], 'urgent', true],
    ['trying something several times is not a repeat contact', ['c: 一点提交订单就闪退，试了好几次了'], 'normal', false],
    ['a polite question about fraud protection is not urgent', ['c: Hi, do you offer fraud protection on the premium card? Thanks!'], 'low', false],
    ['a non-smoking room request is not a safety risk', ['c: Could I have a non-smoking room on the 14th, please?'], 'normal', false],
    ['a Chinese policy question is not urgent', ['c: 请问你们是否支持防盗刷保障？'], 'low', false],
    ['cancelling is not an escalation', ["c: This is useless, I'm cancelling and switching to another provider"], 'high', false],
    ['regulator threat', ['c: 再不处理我就打12315'], 'urgent', true],
    ['工信部', ['c: 我去工信部投诉你们'], 'urgent', true],
    ['lawyer', ["c: I'll have my lawyer contact you"], 'urgent', true],
    ['CFPB', ["c: I'm filing with the CFPB"], 'urgent', true],
    ['posting everywhere', ["c: I'm posting this everywhere"], 'urgent', true],
    ['abuse', ['c: you idiots lost my parcel'], 'urgent', true],
    ['anger after repeated contacts', ['c: 这是第三次找你们了，太差劲了！！'], 'urgent', true],
    ['bad review threat is not an escalation', ['c: 不给退我就给差评'], 'normal', false],
    ['1-star threat is not an escalation', ["c: I'll leave a 1-star review"], 'normal', false],
    ['repeat contact is high', ['c: This is the second time I am asking about my refund'], 'high', false],
    ['anger is high', ['c: 退款太慢了，气死我了'], 'high', false],
    ['deadline within a day is high', ['c: I need it by tomorrow, where is my parcel'], 'high', false],
    ['pure product question is low', ['c: Is the KX-500 dishwasher safe?'], 'low', false],
    ['praise is low', ['c: 表扬一下客服小美，服务很好'], 'low', false],
    ['an ordinary problem is normal', ['c: 快递三天没动了'], 'normal', false],
  ])('%s', (_, lines, priority, escalate) => {
    const j = judge(lines);
    expect(j.priority).toBe(priority);
    expect(j.escalate).toBe(escalate);
  });

  it('takes abusive and negative messages from the classifier', () => {
    expect(judge(['c: 嗯', 'c: 好'], { signals: { abusiveMessageIds: ['m1'] } }).reasons).toEqual(['abuse']);
    // Negative messages alone are anger (high); the rules escalate anger only after repeated contacts.
    const run = judge(['c: a', 'c: b', 'c: c'], { signals: { negativeMessageIds: ['m0', 'm1', 'm2'] } });
    expect(run.escalate).toBe(false);
    expect(run.priority).toBe('high');
    expect(judge(['c: a', 'c: this is the third time I am asking'], { signals: { negativeMessageIds: ['m0'] } }).reasons).toEqual(['repeat-contact']);
  });

  it('anger plus repeat contacts from history escalates', () => {
    const j = judge(['c: 太离谱了'], { signals: { repeatContacts: 2 } });
    expect(j.reasons).toEqual(['repeat-contact']);
    expect(judge(['c: 快递到哪了'], { signals: { repeatContacts: 2 } }).priority).toBe('high');
  });
});

describe('detectThreats', () => {
  it.each([
    ['我要去消协投诉', ['消协']],
    ['再不退款就找律师', ['律师']],
    ['I will report you to the BBB', ['BBB']],
    ['tracking 1Z12345E0205271688', []],
    ['我会给差评', []],
  ])('%s', (text, expected) => {
    expect(detectThreats(text).map((t) => t.detail)).toEqual(expected);
  });
});
