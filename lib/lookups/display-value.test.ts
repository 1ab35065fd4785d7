import { describe, expect, it } from 'vitest';
import { cleanText, MAX_DISPLAY_LENGTH, toDisplayString } from './display-value';

const en = { lang: 'en' as const, timeZone: 'UTC' };
const zh = { lang: 'zh' as const, timeZone: 'Asia/Shanghai' };

describe('toDisplayString', () => {
  it.each([
    ['plain text', 'Shipped', 'text', en, 'Shipped'],
    ['number as text', 42, 'text', en, '42'],
    ['null', null, 'text', en, ''],
    ['date only is never shifted by zone', '2024-03-15', 'date', { lang: 'en' as const, timeZone: 'America/Los_Angeles' }, '15 Mar 2024'],
    ['timestamp in UTC', '2024-03-12T09:15:00+08:00', 'date', en, '12 Mar 2024, 01:15'],
    ['timestamp in Shanghai, zh', '2024-03-12T09:15:00+08:00', 'date', zh, '2024年3月12日 09:15'],
    ['epoch seconds', 1710205200, 'date', en, '12 Mar 2024, 01:00'],
    ['epoch milliseconds', 1710205200000, 'date', en, '12 Mar 2024, 01:00'],
    ['unparseable date kept', 'next Tuesday', 'date', en, 'next Tuesday'],
    ['money number', 1288, 'money', zh, '1,288.00'],
    ['money string', '89.5', 'money', en, '89.50'],
    ['money with currency', { amount: 89.5, currency: 'USD' }, 'money', en, 'US$89.50'],
    ['money {total, currency} zh', { total: 299, currency: 'cny' }, 'money', zh, '¥299.00'],
    ['unparseable money kept', 'free', 'money', en, 'free'],
  ] as const)('%s', (_name, raw, format, opts, expected) => {
    expect(toDisplayString(raw, format, opts)).toBe(expected);
  });

  it.each([[{ a: 1 }], [[1, 2]]])('returns null for structures (%j)', (raw) => {
    expect(toDisplayString(raw, 'text', en)).toBeNull();
  });
});

describe('cleanText', () => {
  it('removes bidi overrides, zero-width and control characters but keeps newlines', () => {
    expect(cleanText('\u202Edednufer\u202C\u200B ok\u0007\nline 2')).toBe('dednufer ok\nline 2');
  });
  it('caps long values', () => {
    const out = cleanText('x'.repeat(MAX_DISPLAY_LENGTH * 2));
    expect(out).toHaveLength(MAX_DISPLAY_LENGTH);
    expect(out.endsWith('…')).toBe(true);
  });
});
