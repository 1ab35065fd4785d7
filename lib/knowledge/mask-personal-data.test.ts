import { expect, it } from 'vitest';
import { maskPersonalData } from './mask-personal-data';

it.each([
  ['我的手机号是13812345678，订单号 2024110512345 还没发货', '我的手机号是[phone]，订单号 [order] 还没发货'],
  ['电话 +86 138 1234 5678 找我', '电话 [phone] 找我'],
  ['call me at +1 (415) 555-0199 or mail bob.smith@example.com', 'call me at [phone] or mail [email]'],
  ['tel: 010-6552 9988 ext 3', 'tel: [phone] ext 3'],
  ['order #45321 and ORD-2024-99812, tracking SF1234567890', 'order [order] and [order], tracking [order]'],
  ['订单号SF1234567890到哪了', '订单号[order]到哪了'],
  ['my order 20241105 is late', 'my order [order] is late'],
  ['邮箱 张三@公司.中国', '邮箱 [email]'],
])('masks %s', (input, expected) => {
  expect(maskPersonalData(input)).toBe(expected);
});

it.each(['I bought 2 items for 30 dollars in 2024', 'meeting on 2024-11-05 at 10', 'covid-19, mp3 and iPhone 15', '退款要几天？'])('leaves ordinary text alone: %s', (text) => {
  expect(maskPersonalData(text)).toBe(text);
});
