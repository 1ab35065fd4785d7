import { expect, it } from 'vitest';
import { foldChinese, SERVICE_TYPO_FOLDS } from './fold-chinese';
import { analyze } from './analyzer';

it('folds traditional characters to simplified, keeping the length', () => {
  const text = '我人在國外手機一格訊號都沒有，請幫我處理退款';
  const folded = foldChinese(text);
  expect(folded).toBe('我人在国外手机一格讯号都没有，请帮我处理退款');
  expect(folded.length).toBe(text.length);
});

it('fixes pinyin-IME slips of service words, and leaves other text alone', () => {
  expect(foldChinese('帐号登陆不了，冲值也没到帐')).toBe('账号登录不了，充值也没到账');
  expect(foldChinese('蚊帐坏了')).toBe('蚊帐坏了');
  expect(foldChinese('refund please')).toBe('refund please');
  for (const [typed, meant] of SERVICE_TYPO_FOLDS) expect(typed.length).toBe(meant.length);
});

it('a traditional query meets a simplified article in the index terms', () => {
  const article = new Set(analyze('账号被盗怎么找回'));
  const query = analyze('帳號被盜了');
  expect(query.filter((t) => article.has(t)).length).toBeGreaterThanOrEqual(2);
});
