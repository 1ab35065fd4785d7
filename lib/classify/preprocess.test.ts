import { describe, expect, it } from 'vitest';
import { normalizeForModel } from './preprocess';
import { toSimplified } from './traditional';

describe('normalizeForModel', () => {
  it.each([
    ['full-width letters and punctuation', 'ＳＢ客服！！', '傻逼客服!!'],
    ['traditional characters', '請問這個訂單什麼時候發貨', '请问这个订单什么时候发货'],
    ['runs of punctuation capped at three', 'where is it!!!!!!!', 'where is it!!!'],
    ['runs of characters capped at three', '哈哈哈哈哈哈哈', '哈哈哈'],
    ['masked English profanity', 'f*ck this, sh1t service, b!tch', 'fuck this, shit service, bitch'],
    ['double masks', 'what the f**k', 'what the fuck'],
    ['masked plurals and -ing forms', 'a$$holes, f***ing idiots', 'assholes, fucking idiots'],
    ['e-mail addresses are masked, not read as mentions', 'mail jane.doe@example.com', 'mail zzemail'],
    ['order ids with digits are masked', 'order a1b2c3 and 20261105338', 'order zzref and zznumber'],
    ['Latin abbreviations of Chinese insults', 'SB tmd NMSL cnm', '傻逼 他妈的 你妈死了 操你妈'],
    ['homophones', '煞笔客服，沙比', '傻逼客服,傻逼'],
    ['pinyin', 'sha bi 客服', '傻逼 客服'],
    ['separators stuffed between Chinese characters (spaces too: Chinese prose has none)', '傻.逼 傻*逼 傻 逼 我的订单 到了', '傻逼傻逼傻逼我的订单到了'],
    ['emoji become their own tokens', 'great😡😡', 'great 😡 😡'],
    ['zero-width characters removed', 'id\u200Biot', 'idiot'],
    ['urls and mentions', '@bob see https://x.test/a?b=1', '@user see url'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForModel(input)).toBe(expected);
  });

  it.each([
    ['short numbers (prices, counts, the 12315 hotline)', 'paid 45.99 twice, 3-5 days, 12315'],
    ['words that contain an abbreviation', 'my usb cable and the sbc board'],
    ['plain questions', 'where is my order?'],
    ['Chinese next to Latin text', '订单 a12 什么时候到'],
  ])('leaves %s alone', (_name, input) => {
    expect(normalizeForModel(input)).toBe(input);
  });

  it('is idempotent', () => {
    const once = normalizeForModel('ＳＢ！！！！ 請問 f*ck 😡😡 哈哈哈哈');
    expect(normalizeForModel(once)).toBe(once);
  });
});

describe('toSimplified', () => {
  it('maps only characters in its table', () => {
    expect(toSimplified('們說abc你好')).toBe('们说abc你好');
  });
});
