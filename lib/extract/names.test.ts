import { describe, expect, it } from 'vitest';
import { extractTicketFields } from './extract';
import { chat } from './test-chat';

const name = (lines: string[], agentNames?: string[]) => extractTicketFields(chat(...lines), { agentNames }).name?.value ?? null;

describe('requester name', () => {
  it.each([
    ['zh full name', ['c: 我叫李娜，订单没到'], '李娜'],
    ['zh full name wins over the honorific', ['a: 李女士您好', 'c: 我叫李娜'], '李娜'],
    ['zh 姓名 label', ['c: 姓名：马晓东'], '马晓东'],
    ['zh compound surname', ['c: 我是欧阳娜娜，APP 闪退'], '欧阳娜娜'],
    ['zh surname + agent honorific', ['c: 我姓王', 'a: 王女士您好'], '王女士'],
    ['zh surname alone', ['c: 免贵姓周'], '周'],
    ['zh honorific from the customer', ['c: 我是黄先生'], '黄先生'],
    ['zh agent greeting is evidence', ['a: 刘先生您好，很高兴为您服务', 'c: 发票开错了'], '刘先生'],
    ['zh 弓长张 corrects the agent', ['a: 章女士您好', 'c: 是弓长张，不是立早章'], '张女士'],
    ['zh 耳东陈 corrects a full name', ['c: 我叫张敏', 'c: 不好意思，是耳东陈'], '陈敏'],
    ['zh reply to 怎么称呼', ['a: 请问怎么称呼？', 'c: 赵雷'], '赵雷'],
    ['en self-introduction', ["c: Hi, I'm Daniel Kim, my parcel is late"], 'Daniel Kim'],
    ['en sign-off', ['c: The sofa arrived broken.', 'c: Best, Emma Thompson'], 'Emma Thompson'],
    ['en title kept', ['c: Mr. Okonkwo. My washer is leaking.'], 'Mr. Okonkwo'],
    ['en first name stays', ["c: hey it's Kevin, I was charged twice"], 'Kevin'],
    ['en agent greeting', ['c: I cannot log in', 'a: Thanks Jennifer, let me check.'], 'Jennifer'],
    ['en answer to the name request', ['a: May I have your name please?', 'c: Crystal Minh'], 'Crystal Minh'],
    ['en correction', ['c: Hi this is Jon Smyth', 'c: sorry, typo: Jon Smith'], 'Jon Smith'],
    ['en dash signature', ['c: The box was soaked', 'c: - Greg Wilson'], 'Greg Wilson'],
    ['en name alone on the last line', ['c: Great, thank you.\nPriya'], 'Priya'],
    ['en signature with a role', ['c: Sorted, cheers.\nTomas Berg, Office Manager'], 'Tomas Berg'],
    ['en the recipient is me', ['c: Ship it to 12 Elm Road. Recipient is still me, Ana Ruiz.'], 'Ana Ruiz'],
    ['en answer inside a sentence', ['a: Could I take a name and contact number?', 'c: Sure. Lena Fox, 555 0100.'], 'Lena Fox'],
    ['Latin name after a Chinese cue', ['c: 地址改到公司，我叫 Kevin Zhang'], 'Kevin Zhang'],
    ['Latin name as the passenger', ['c: booking ref 是 QX7P3M，乘机人是我本人，Mia Chen'], 'Mia Chen'],
  ])('%s', (_, lines, expected) => {
    expect(name(lines)).toBe(expected);
  });

  it.each([
    ['zh recipient', ['c: 收件人是我妈，叫刘桂兰']],
    ['zh colleague', ['c: 我同事王强说可以开专票']],
    ['zh not a name after 我是', ['c: 我是来问一下退款的']],
    ['zh agent self-introduction', ['a: 您好，我是客服小雨', 'c: 你好']],
    ['en colleague', ["c: I'm writing on behalf of my colleague Priya Patel"]],
    ['en a third party on the last line of a sentence', ['c: Please email updates to ops@example.com, our on-call engineer today is Tom Reyes.']],
    ['en recipient who is someone else', ['c: The recipient is my mother, Jane Doe.']],
    ['en thanking the agent', ['c: Thanks Maria for your help yesterday!']],
    ['en adjective after "this is"', ['c: This is Ridiculous']],
    ['no guess from the e-mail address', ['c: my email is john.smith@gmail.com']],
  ])('none for %s', (_, lines) => {
    expect(name(lines)).toBeNull();
  });

  it('never takes an agent name', () => {
    expect(name(['c: Hi, this is Maria'], ['Maria'])).toBeNull();
  });
});
