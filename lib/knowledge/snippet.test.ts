import { expect, it } from 'vitest';
import { makeSnippet } from './snippet';
import { createKnowledgeIndex } from './search/knowledge-index';

const highlighted = (segs: { text: string; match: boolean }[]) => segs.filter((s) => s.match).map((s) => s.text);

it('highlights body words whose stems matched, in a window around them', () => {
  const body = `${'Intro text that says nothing useful. '.repeat(8)}To request a refund, open Orders and choose Refunded items. ${'Closing words. '.repeat(10)}`;
  const segs = makeSnippet(body, ['refund', 'order'], 80);
  expect(highlighted(segs)).toEqual(['refund', 'Orders', 'Refunded']);
  expect(segs[0]).toEqual({ text: '…', match: false });
  expect(segs.at(-1)).toEqual({ text: '…', match: false });
  expect(segs.filter((s) => s.text !== '…').map((s) => s.text).join('').length).toBeLessThanOrEqual(80);
});

it('highlights Chinese through bigrams that cross segmenter words', () => {
  const segs = makeSnippet('您可以在花呗页面申请退款。', ['~花呗', '~退款'], 50);
  expect(highlighted(segs)).toEqual(['花呗', '退款']);
  expect(segs.map((s) => s.text).join('')).toBe('您可以在花呗页面申请退款。');
});

it('works with what search returns', () => {
  const article = { id: 'a', title: 'Delivery times', body: 'Parcels usually arrive within 3 days. Delayed parcels are tracked by the courier.' };
  const [hit] = createKnowledgeIndex([article]).search('my parcel is delayed');
  expect(highlighted(makeSnippet(article.body, hit!.matchedTerms, 200))).toEqual(['Parcels', 'Delayed', 'parcels']);
});
