import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { quickAbuseCheck } from './lexicon';
import { termFinder } from './lexicon-match';

describe('quickAbuseCheck', () => {
  it.each([
    ['你个SB客服'], ['煞笔'], ['tmd 快点发货'], ['草泥马'], ['NMSL'], ['sha bi 一样'], ['傻.逼'], ['你們這群王八蛋'],
    ['f*ck you'], ['you stupid b!tch'], ['sh1t service you a$$hole'], ['ＩＤＩＯＴ'], ['stfu and refund me'],
  ])('flags %s', (text) => {
    const v = quickAbuseCheck(text);
    expect(v.abusive).toBe(true);
    expect(v.matched.length).toBeGreaterThan(0);
  });

  it.each([
    ['where is my order?'], ['我的订单什么时候到'], ['明日你们能发货吗'], ['乳液的保质期是多久'], ['祝你全家幸福'],
    ['this class was great'], ['please pass the assessment form'], ['my usb cable broke'], ['I will sue if this is not fixed'],
    ['我要投诉到12315'], ['Scunthorpe delivery address'],
  ])('leaves %s clean', (text) => {
    expect(quickAbuseCheck(text)).toEqual({ abusive: false, matched: [] });
  });

  it('reports the normalised term that matched', () => {
    expect(quickAbuseCheck('你个SB').matched).toEqual(['傻逼']);
  });

  it('stays small enough for the content script', () => {
    const bytes = readFileSync(new URL('./lexicon-terms.ts', import.meta.url)).length;
    expect(bytes).toBeLessThan(6000);
  });
});

describe('termFinder', () => {
  it('matches English terms as whole words only', () => {
    const find = termFinder(['ass'], 'en');
    expect(find('kiss my ass')).toEqual(['ass']);
    expect(find('first class, passed')).toEqual([]);
  });
  it('matches Chinese terms as substrings, longest first', () => {
    expect(termFinder(['傻逼', '傻'], 'zh')('你傻逼')).toEqual(['傻逼']);
  });
});
