import { describe, expect, it } from 'vitest';
import { connectorOrigin, templateOrigin } from './origin';
import { checkLookupValue, fillRequestTemplate, LookupTemplateError } from './request-template';
import { customerSearchConnector, OMS, orderConnector } from './test-connectors';

describe('fillRequestTemplate: URL', () => {
  it('fills the trigger placeholder and adds Accept', () => {
    expect(fillRequestTemplate(orderConnector(), '240312598746')).toEqual({
      method: 'GET',
      url: `${OMS}/api/orders/240312598746?lang=zh`,
      headers: { Accept: 'application/json' },
    });
  });

  it.each([
    ['path traversal', '../../admin', `${OMS}/api/orders/..%2F..%2Fadmin?lang=zh`],
    ['query injection', '1?role=admin&x=', `${OMS}/api/orders/1%3Frole%3Dadmin%26x%3D?lang=zh`],
    ['fragment cut', '1#', `${OMS}/api/orders/1%23?lang=zh`],
    ['host takeover attempt', '@evil.example/x', `${OMS}/api/orders/%40evil.example%2Fx?lang=zh`],
    ['protocol-relative', '//evil.example', `${OMS}/api/orders/%2F%2Fevil.example?lang=zh`],
    ['backslash', '..\\..\\x', `${OMS}/api/orders/..%5C..%5Cx?lang=zh`],
    ['spaces and Chinese', 'ORD 订单 1', `${OMS}/api/orders/ORD%20%E8%AE%A2%E5%8D%95%201?lang=zh`],
    ['percent sign', '100%25', `${OMS}/api/orders/100%2525?lang=zh`],
  ])('percent-encodes %s', (_name, value, expected) => {
    const { url } = fillRequestTemplate(orderConnector(), value);
    expect(url).toBe(expected);
    expect(new URL(url).origin).toBe(OMS);
    expect(new URL(url).pathname.startsWith('/api/orders/')).toBe(true);
  });

  it('encodes values placed in the query string as one component', () => {
    const c = orderConnector({ request: { method: 'GET', url: `${OMS}/api/search?q={{value}}&limit=5` } });
    const url = new URL(fillRequestTemplate(c, 'a&limit=9999&q=b').url);
    expect(url.searchParams.getAll('q')).toEqual(['a&limit=9999&q=b']);
    expect(url.searchParams.getAll('limit')).toEqual(['5']);
  });

  it('keeps static headers and lets them override Accept', () => {
    const c = orderConnector({ request: { method: 'GET', url: `${OMS}/o/{{value}}`, headers: { Accept: 'application/vnd.oms+json', 'X-Requested-With': 'Deskmate' } } });
    expect(fillRequestTemplate(c, '1').headers).toEqual({ Accept: 'application/vnd.oms+json', 'X-Requested-With': 'Deskmate' });
  });
});

describe('fillRequestTemplate: JSON body', () => {
  it('fills placeholders inside strings and sets Content-Type', () => {
    const req = fillRequestTemplate(customerSearchConnector(), '13812345678');
    expect(req.method).toBe('POST');
    expect(req.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(req.body!)).toEqual({ query: { phone: '13812345678', note: 'from Deskmate 13812345678' }, limit: 5 });
  });

  it.each([
    ['quote break-out', '", "admin": true, "x": "'],
    ['backslash escape', '\\", "limit": 9999, "y": "\\'],
    ['template-looking value', '{{phone}}{{value}}'],
    ['unicode line separators', 'a\u2028b\u2029c'],
    ['closing braces', '"}}]]'],
  ])('a value can never leave its string: %s', (_name, value) => {
    const body = JSON.parse(fillRequestTemplate(customerSearchConnector(), value).body!);
    expect(body).toEqual({ query: { phone: value, note: `from Deskmate ${value}` }, limit: 5 });
  });
});

describe('checkLookupValue', () => {
  it.each([
    ['', 'empty-value'],
    ['   ', 'empty-value'],
    ['..', 'dot-segment'],
    ['.', 'dot-segment'],
    ['x'.repeat(201), 'value-too-long'],
    ['12\n34', 'malformed-value'],
  ])('rejects %j (%s)', (value, reason) => {
    expect(() => checkLookupValue(value)).toThrow(LookupTemplateError);
    try {
      checkLookupValue(value);
    } catch (e) {
      expect((e as LookupTemplateError).reason).toBe(reason);
    }
  });

  it('rejects a lone surrogate when filling a URL', () => {
    expect(() => fillRequestTemplate(orderConnector(), 'a\uD800b')).toThrow(/well-formed/);
  });
});

describe('origins', () => {
  it.each([
    ['http://127.0.0.1:5179/api/orders/{{order_id}}', 'http://127.0.0.1:5179/*'],
    ['https://OMS.Example.internal/api/{{value}}', 'https://oms.example.internal/*'],
    ['https://oms.example.internal:443/x?q={{value}}', 'https://oms.example.internal/*'],
  ])('%s → %s', (url, pattern) => {
    expect(connectorOrigin({ request: { method: 'GET', url } })).toBe(pattern);
  });

  it.each(['https://{{value}}.example/x', 'javascript:alert(1)//{{value}}', 'https://user@host/{{value}}', '/relative/{{value}}'])('no origin for %s', (url) => {
    expect(templateOrigin(url)).toBeNull();
  });
});
