import { describe, expect, it } from 'vitest';
import { extractTicketFields } from './extract';
import { chat } from './test-chat';

const values = (lines: string[], field: 'phones' | 'emails' | 'order_ids' | 'tracking_numbers') =>
  extractTicketFields(chat(...lines))[field].map((f) => f.value);

describe('phones', () => {
  it.each([
    ['plain mobile', ['c: 我的手机 13812345678'], ['+8613812345678']],
    ['dashed', ['c: 电话 138-1234-5678 谢谢'], ['+8613812345678']],
    ['spaced', ['c: 号码是 138 1234 5678'], ['+8613812345678']],
    ['+86 prefix', ['c: 联系我 +86 139 0000 1111'], ['+8613900001111']],
    ['full-width digits', ['c: 手机：１８６１２３４５６７８'], ['+8618612345678']],
    ['Beijing landline', ['c: 座机 010-62345678'], ['+861062345678']],
    ['US with brackets', ['c: You can call me at (646) 555-0142'], ['+16465550142']],
    ['UK mobile', ['c: my mobile is 07912 345678'], ['+447912345678']],
    ['old number to identify the account', ['c: 以前绑定的号码是 13522223333，现在换了'], ['+8613522223333']],
    ['correction keeps only the last', ['c: 电话 13700001111', 'c: 打错了，是 13700001112'], ['+8613700001112']],
    ['English correction', ['c: call 303-555-0144', 'c: sorry, wrong number, it is 303-555-0145'], ['+13035550145']],
    ['two own numbers', ['c: mobile 07912 345678, home 020 7946 0018'], ['+447912345678', '+442079460018']],
    ['Chinese mobile in an English chat', ['c: My cellphone number is 13324923146.'], ['+8613324923146']],
    ['US number with a leading 1', ['c: call me at 1-332-492-3146'], ['+13324923146']],
    ['UK reserved drama range stays British', ['c: Hannah Brooks, 07700 900481.'], ['+447700900481']],
    ['UK landline never becomes +86', ['c: my number is 020 7946 0958'], ['+442079460958']],
    ['UK correction', ['c: call me on 07700 900123', 'c: sorry typo, it is 07700 900124'], ['+447700900124']],
    ['courier and own in one sentence', ['c: The courier called from 020 7946 0000, my number is 020 7946 0958'], ['+442079460958']],
  ])('%s', (_, lines, expected) => {
    expect(values(lines, 'phones')).toEqual(expected);
  });

  it.each([
    ['400 hotline', ['c: 我打了 400-820-8899 没人接']],
    ['95xxx bank line', ['c: 我问过95588了']],
    ['US toll-free', ['c: I called 1-800-275-8777 already']],
    ['rider number', ['c: 骑手电话 17712349876 打不通']],
    ['courier number', ['c: 快递员的电话是 13698765432']],
    ['scammer number', ['c: 有人冒充客服用 17012345678 给我打电话']],
    ['scam call in English', ['c: someone called me from 202-555-0173 claiming to be your courier']],
    ['recipient', ['c: 收件人是我妈，电话 13822223333']],
    ['partial 尾号', ['c: 手机尾号 0427']],
    ['verification code', ['c: 验证码 583920']],
    ['amount', ['c: 付了 1388.00 元']],
    ['date', ['c: 2024-03-15 下的单']],
    ['order id shape', ['c: my order 2846193750 has not shipped']],
    ['agent line', ['a: 我们的电话是 13800138000']],
    ['internal note', ['n: customer phone maybe 13800138000']],
  ])('ignores %s', (_, lines) => {
    expect(values(lines, 'phones')).toEqual([]);
  });
});

describe('emails', () => {
  it.each([
    ['plain, lowercased', ['c: My email is Zhou.Jie@Gmail.com'], ['zhou.jie@gmail.com']],
    ['+tag kept', ['c: dave+orders@example.com'], ['dave+orders@example.com']],
    ['spelled at/dot', ['c: wang at example dot com'], ['wang@example.com']],
    ['bracketed', ['c: tom.baker [at] proton [dot] me'], ['tom.baker@proton.me']],
    ['after "me at"', ['c: You can reach me at tom.baker [at] proton [dot] me'], ['tom.baker@proton.me']],
    ['full-width ＠', ['c: 邮箱 lixiaolong＠163.com'], ['lixiaolong@163.com']],
    ['# stands for @', ['c: 发到 liu.jun#company.cn（#换成@）'], ['liu.jun@company.cn']],
    ['dots spelled in the local part', ['c: sam dot taylor at gmail dot com'], ['sam.taylor@gmail.com']],
    ['numeric QQ mail is not an order', ['c: 123456789012@qq.com'], ['123456789012@qq.com']],
    ['(at)/(dot) forms', ['c: email: Li.Na(at)example(dot)com'], ['li.na@example.com']],
    ['capitalised AT/DOT', ['c: reach me at li.na AT example DOT cn'], ['li.na@example.cn']],
    ['the agent repeating it back keeps it the customer\'s', ['c: mike.oconnor@example.org', 'a: I have corrected it to mike.oconnor@example.org'], ['mike.oconnor@example.org']],
    ['a team address the customer asks to be contacted at', ['c: please email updates to oncall@acme.example.com', 'a: we will email oncall@acme.example.com'], ['oncall@acme.example.com']],
  ])('%s', (_, lines, expected) => {
    expect(values(lines, 'emails')).toEqual(expected);
  });

  it.each([
    ['company role address', ['c: I emailed support@deskshop.com twice']],
    ['agent address', ['a: reach me at maria.g@deskshop.com', 'c: ok maria.g@deskshop.com got it']],
    ['prose "at"', ['c: I was at home dot ten']],
  ])('ignores %s', (_, lines) => {
    expect(values(lines, 'emails')).toEqual([]);
  });

  it('ignores the company domain from options', () => {
    const x = extractTicketFields(chat('c: write to anna@ourshop.com or me at bob@mail.com'), { companyDomains: ['ourshop.com'] });
    expect(x.emails.map((f) => f.value)).toEqual(['bob@mail.com']);
  });
});

describe('order ids', () => {
  it.each([
    ['JD 12 digits', ['c: 订单号 305948571620'], ['305948571620']],
    ['Taobao 19 digits', ['c: 订单 1867234598127365412'], ['1867234598127365412']],
    ['food delivery 19 digits', ['c: 美团订单 8102938475610293847'], ['8102938475610293847']],
    ['PDD', ['c: 拼多多 240312-598746213057784'], ['240312-598746213057784']],
    ['PDD full-width with #', ['c: 订单号＃２４０３１２－５９８７４６２１３０５７７８４'], ['240312-598746213057784']],
    ['ORD with leading #', ['c: order #ORD-2024-00123'], ['ORD-2024-00123']],
    ['invoice', ['c: invoice INV-2024-0091 is wrong'], ['INV-2024-0091']],
    ['subscription', ['c: Subscription ID SUB-778120'], ['SUB-778120']],
    ['booking reference', ['c: booking reference HTL-4482913'], ['HTL-4482913']],
    ['Amazon style', ['c: order 114-3941689-8772232'], ['114-3941689-8772232']],
    ['answer to the agent request', ['a: 请提供订单号', 'c: DD20240315001'], ['DD20240315001']],
    ['bare 单号 with a JD order shape', ['c: 单号：120210454513'], ['120210454513']],
    ['correction', ['c: 订单号 ORD-2024-40404', 'c: 写错了，应该是 ORD-2024-40440'], ['ORD-2024-40440']],
    ['#A1B2C3 anywhere', ['c: Where is #A1B2C3? It was due Monday'], ['A1B2C3']],
    ['short code after "order #"', ['c: Order #K9F2X7.'], ['K9F2X7']],
    ['airline booking reference', ['c: Booking ref 是 QX7P3M'], ['QX7P3M']],
    ['PNR', ['c: my PNR is K7XQ2M, flight BA117 seat 14C'], ['K7XQ2M']],
    ['subscription order id', ['c: subscription SUB-88213-X renewed twice'], ['SUB-88213-X']],
    ['echoed back by the agent', ['c: invoice INV-2024-0042 has the wrong VAT number', 'a: INV-2024-0042 has been reissued'], ['INV-2024-0042']],
  ])('%s', (_, lines, expected) => {
    expect(values(lines, 'order_ids')).toEqual(expected);
  });

  it.each([
    ['coupon code', ['c: 优惠券 CP20240315A 用不了']],
    ['promo code', ['c: promo code SPRING2024 expired']],
    ['verification code', ['c: 验证码 583920']],
    ['tax id', ['c: 税号 91310000MA1K4L2X8Q']],
    ['membership number', ['c: 会员卡号 880012345678']],
    ['bank card', ['c: 退到 6222020511009268521']],
    ['flight number', ['c: flight UA 857 was delayed']],
    ['product models', ['c: iPhone 15 和 RTX4090 有货吗']],
    ['agent-issued case number', ['a: 已为您登记工单 CS20240318001', 'c: 好的 CS20240318001 我记下了']],
    ['a waybill', ['c: 中通单号 783126450987']],
    ['date after "order"', ['c: I placed the order 2024-03-02']],
    ['baggage report reference', ['c: Baggage report reference FRASK41872']],
    ['claim number', ['c: claim number CLM-2024-88812 was given to me']],
    ['coupon next to an order', ['c: I used the code SPRING20 on it']],
  ])('ignores %s', (_, lines) => {
    expect(values(lines, 'order_ids')).toEqual([]);
  });
});

describe('tracking numbers', () => {
  it.each([
    ['SF', ['c: 顺丰 SF1234567890123'], ['SF1234567890123']],
    ['YTO', ['c: 圆通 YT7584930261537'], ['YT7584930261537']],
    ['JD logistics', ['c: JDVA23456789012 卡住了'], ['JDVA23456789012']],
    ['numeric ZTO with 单号', ['c: 中通单号 78312645098712'], ['78312645098712']],
    ['numeric Yunda 快递单号', ['c: 韵达快递单号 4318827765012'], ['4318827765012']],
    ['bare 单号 with 13 digits', ['c: 单号 4318827765012'], ['4318827765012']],
    ['UPS', ['c: UPS 1Z999AA10123456784'], ['1Z999AA10123456784']],
    ['USPS', ['c: tracking 9400111899223344556677'], ['9400111899223344556677']],
    ['USPS grouped', ['c: USPS 9205 5000 0000 0012 3456 78'], ['9205500000000012345678']],
    ['return shipment', ['c: 退货单号 SF1098765432109'], ['SF1098765432109']],
    ['EMS', ['c: EMS EA123456789CN'], ['EA123456789CN']],
  ])('%s', (_, lines, expected) => {
    expect(values(lines, 'tracking_numbers')).toEqual(expected);
  });

  it('a bare long number without a waybill cue is not a waybill', () => {
    expect(values(['c: 我的编号 78312645098712'], 'tracking_numbers')).toEqual([]);
  });
});

describe('evidence', () => {
  it('points at the span in the original (unfolded) text', () => {
    const messages = chat('c: 你好', 'c: 手机：１８６１２３４５６７８，邮箱 a.b@c.com');
    const x = extractTicketFields(messages);
    const [phone] = x.phones;
    const [email] = x.emails;
    expect(phone!.evidence[0]!.messageId).toBe('m1');
    expect(messages[1]!.text.slice(phone!.evidence[0]!.start, phone!.evidence[0]!.end)).toBe('１８６１２３４５６７８');
    expect(messages[1]!.text.slice(email!.evidence[0]!.start, email!.evidence[0]!.end)).toBe('a.b@c.com');
  });

  it('merges repeated mentions of one value', () => {
    const x = extractTicketFields(chat('c: 13812345678', 'c: 再说一遍 138 1234 5678'));
    expect(x.phones).toHaveLength(1);
    expect(x.phones[0]!.evidence.map((e) => e.messageId)).toEqual(['m0', 'm1']);
  });
});
