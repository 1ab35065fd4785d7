import { describe, expect, it } from 'vitest';
import freescout from '../../consoles/definitions/freescout.json';
import { urlPatternToRegExp } from '../../consoles/definition';
import { earlyPlanFrom, globToRegExpSource, ZENDESK_EARLY } from './plan';

describe('early guard plan from raw settings', () => {
  it('masks Zendesk by default, with nothing stored', () => {
    expect(earlyPlanFrom(undefined, undefined, false)).toEqual({ masking: true, style: 'placeholder', consoles: [ZENDESK_EARLY] });
  });

  it('adds stored console definitions, with the same URL glob as the adapters', () => {
    const plan = earlyPlanFrom({ consoles: { definitions: [freescout] } }, {}, false);
    expect(plan.consoles).toHaveLength(2);
    const fs = plan.consoles[1]!;
    expect(fs).toMatchObject({ item: '.thread', body: '.thread-content', defaultRole: 'customer' });
    expect(fs.roles.find((r) => r.role === 'customer')?.selector).toBe('.thread-type-customer');
    for (const [glob, url] of [
      [freescout.urlPattern, 'http://127.0.0.1:8081/conversation/2?folder_id=7'],
      [freescout.urlPattern, 'http://127.0.0.1/mailbox/1'],
      ['https://a.b/x?(y)*', 'https://a.b/x?(y)/z'],
      ['https://a.b/x?(y)*', 'https://a.b/xy'],
    ] as const)
      expect(new RegExp(globToRegExpSource(glob)).test(url), `${glob} ${url}`).toBe(urlPatternToRegExp(glob).test(url));
    expect(new RegExp(fs.url).test('http://127.0.0.1:5/conversation/3')).toBe(true);
  });

  it('follows policy over stored settings, pause, and skips malformed definitions', () => {
    expect(earlyPlanFrom({ features: { abuseMasking: true } }, { features: { abuseMasking: false } }, false).masking).toBe(false);
    expect(earlyPlanFrom({}, {}, true).masking).toBe(false);
    expect(earlyPlanFrom({ classification: { maskingStyle: 'blur' } }, {}, false).style).toBe('blur');
    expect(earlyPlanFrom({ consoles: { zendesk: false, definitions: [{ urlPattern: 1 }, 'x', null] } }, {}, false).consoles).toEqual([]);
  });
});
