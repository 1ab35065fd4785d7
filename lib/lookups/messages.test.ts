import { describe, expect, it } from 'vitest';
import { formatLookupMessage, lookupMessages, type LookupMessageKey } from './messages';

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('lookup messages', () => {
  it.each(Object.keys(lookupMessages.en) as LookupMessageKey[])('%s uses the same params in en and zh', (key) => {
    expect(params(lookupMessages.zh[key])).toEqual(params(lookupMessages.en[key]));
  });

  it.each([
    ['en', 'Sign in to Acme OMS in another tab, then press Refresh.'],
    ['zh', '请在另一个标签页登录 Acme OMS，然后点击“刷新”。'],
  ] as const)('formats the sign-in hint in %s', (lang, text) => {
    expect(formatLookupMessage('lookup.error.auth', { system: 'Acme OMS' }, lang)).toBe(text);
  });

  it('leaves a missing param visible', () => {
    expect(formatLookupMessage('lookup.error.not-found', { system: 'OMS' })).toBe('OMS has no record for {value}.');
  });
});
