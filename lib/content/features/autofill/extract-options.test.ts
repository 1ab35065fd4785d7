import { describe, expect, it } from 'vitest';
import { createIncrementalExtractor } from '../../../extract';
import { chat } from '../../../extract/test-chat';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/schema';
import type { MessageVerdict } from '../../insights';
import { extractOptionsFrom, signalsFrom } from './extract-options';

const verdict = (v: Partial<MessageVerdict>): MessageVerdict => ({ sentiment: 'neutral', sentimentScore: 0, abusive: false, abuseScore: 0, source: 'model', ...v });

describe('extractOptionsFrom', () => {
  it("adds the shop's own order pattern to the built-in ones", () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, autofill: { ...DEFAULT_SETTINGS.autofill, orderPatterns: [{ name: 'shop', pattern: '(ZX\\d{7})', flags: '' }] } };
    const msgs = chat('c: 我买的 ZX1234567 和 240312598746 都没到');
    const got = createIncrementalExtractor(extractOptionsFrom(settings)).update(msgs).order_ids.map((f) => f.value);
    expect(got).toEqual(expect.arrayContaining(['ZX1234567', '240312598746']));
    expect(createIncrementalExtractor(extractOptionsFrom(DEFAULT_SETTINGS)).update(msgs).order_ids.map((f) => f.value)).toEqual(['240312598746']);
  });

  it('adds category keywords and new categories', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, autofill: { ...DEFAULT_SETTINGS.autofill, categoryRules: [{ category: 'warranty', keywords: ['以旧换新'] }] } };
    expect(createIncrementalExtractor(extractOptionsFrom(settings)).update(chat('c: 以旧换新怎么参加')).category.value).toBe('warranty');
  });
});

describe('signalsFrom', () => {
  it('splits verdicts into abusive and negative ids and carries repeat contacts', () => {
    const s = signalsFrom({ verdicts: { a: verdict({ abusive: true, sentiment: 'negative' }), b: verdict({ sentiment: 'negative' }), c: verdict({}) }, repeatContacts: 2 });
    expect(s).toEqual({ abusiveMessageIds: ['a'], negativeMessageIds: ['a', 'b'], repeatContacts: 2 });
  });
});
