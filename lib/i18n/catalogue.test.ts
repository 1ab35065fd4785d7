import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { resolveLanguage, translator } from './index';

describe('UI catalogues', () => {
  it('zh-CN and en have the same keys and the same placeholders', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) expect(vars(zhCN[key]), key).toEqual(vars(en[key]));
  });
  it('fills placeholders and follows the browser language', () => {
    expect(translator('zh-CN')('panel.reading', { console: 'Zendesk', ticket: 7 })).toBe('正在读取 Zendesk · 工单 #7');
    expect(resolveLanguage('auto', 'zh-TW')).toBe('zh-CN');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  });
});
