import { describe, expect, it } from 'vitest';
import { connectorSchema } from './schema';
import { orderConnectorInput } from './test-connectors';
import { formatIssuePath, validateConnectors } from './validate';

const base = orderConnectorInput();

/** Deep-ish override helper: replaces one top-level section. */
const withSection = (patch: Record<string, unknown>) => ({ ...base, ...patch });

describe('connectorSchema', () => {
  it('accepts a complete definition and applies defaults', () => {
    const c = connectorSchema.parse(base);
    expect(c.timeoutMs).toBe(8000);
    expect(c.mapping.fields[0]).toMatchObject({ format: 'text', optional: false });
  });

  it.each([
    ['bad id', withSection({ id: 'Order Lookup' }), 'id', 'lower-case'],
    ['unknown trigger', withSection({ trigger: { field: 'sku' } }), 'trigger.field', ''],
    ['pattern missing', withSection({ trigger: { field: 'pattern' } }), 'trigger.pattern', 'required'],
    ['pattern broken', withSection({ trigger: { field: 'pattern', pattern: 'ORD-(\\d+' } }), 'trigger.pattern', 'not a valid regular expression'],
    ['pattern matches empty', withSection({ trigger: { field: 'pattern', pattern: '\\d*' } }), 'trigger.pattern', 'empty string'],
    ['pattern on non-pattern trigger', withSection({ trigger: { field: 'order_id', pattern: 'x' } }), 'trigger.pattern', 'only used'],
    ['placeholder in host', withSection({ request: { method: 'GET', url: 'https://{{order_id}}.oms.example/api' } }), 'request.url', 'literal http(s)'],
    ['placeholder glued to host', withSection({ request: { method: 'GET', url: 'https://oms.example{{order_id}}/x' } }), 'request.url', 'literal http(s)'],
    ['userinfo in URL', withSection({ request: { method: 'GET', url: 'https://admin:pw@oms.example/api/{{value}}' } }), 'request.url', 'password'],
    ['non-http scheme', withSection({ request: { method: 'GET', url: 'file:///etc/{{value}}' } }), 'request.url', 'literal http(s)'],
    ['unknown placeholder', withSection({ request: { method: 'GET', url: 'https://oms.example/api/{{tracking_number}}' } }), 'request.url', 'unknown placeholder {{tracking_number}}'],
    ['value never sent', withSection({ request: { method: 'GET', url: 'https://oms.example/api/orders' } }), 'request.url', 'must contain'],
    ['GET with body', withSection({ request: { method: 'GET', url: 'https://oms.example/{{value}}', body: '{}' } }), 'request.body', 'cannot have a body'],
    ['placeholder outside JSON string', withSection({ request: { method: 'POST', url: 'https://oms.example/s', body: '{"id": {{order_id}}}' } }), 'request.body', 'inside strings'],
    ['secret header', withSection({ request: { method: 'GET', url: 'https://oms.example/{{value}}', headers: { Authorization: 'Bearer x' } } }), 'request.headers.Authorization', 'signed-in session'],
    ['cookie header', withSection({ request: { method: 'GET', url: 'https://oms.example/{{value}}', headers: { cookie: 'a=b' } } }), 'request.headers.cookie', 'may not be set'],
    ['templated header', withSection({ request: { method: 'GET', url: 'https://oms.example/{{value}}', headers: { 'X-Order': '{{value}}' } } }), 'request.headers["X-Order"]', 'static'],
    ['header injection', withSection({ request: { method: 'GET', url: 'https://oms.example/{{value}}', headers: { 'X-A': 'a\r\nX-B: b' } } }), 'request.headers["X-A"]', 'single line'],
    ['bad pointer escape', withSection({ mapping: { fields: [{ label: 'S', pointer: '/a~2b' }] } }), 'mapping.fields[0].pointer', 'RFC 6901'],
    ['pointer without slash', withSection({ mapping: { fields: [{ label: 'S', pointer: 'order/status' }] } }), 'mapping.fields[0].pointer', 'RFC 6901'],
    ['typo in key', withSection({ mapping: { fields: [{ label: 'S', pointr: '/a' }] } }), 'mapping.fields[0]', ''],
    ['duplicate label', withSection({ mapping: { fields: [{ label: 'Status', pointer: '/a' }, { label: 'status', pointer: '/b' }] } }), 'mapping.fields[1].label', 'used twice'],
    ['nothing mapped', withSection({ mapping: { fields: [] }, replyTemplate: undefined }), 'mapping.fields', 'at least one'],
    ['reply uses unknown label', withSection({ replyTemplate: 'Hi {{Statuz}}' }), 'replyTemplate', '{{Statuz}}'],
    ['timeout too short', withSection({ timeoutMs: 10 }), 'timeoutMs', ''],
  ])('rejects %s at %s', (_name, input, path, fragment) => {
    const result = validateConnectors([input]);
    expect(result.connectors).toHaveLength(0);
    const issue = result.errors[0]!.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(result.errors[0]!.issues)).toBeDefined();
    expect(issue!.message).toContain(fragment);
  });

  it.each([
    ['placeholder in query', 'https://oms.example/api/search?q={{value}}'],
    ['port and path', 'http://127.0.0.1:5179/api/orders/{{order_id}}'],
    ['value in the middle of a segment', 'https://oms.example/api/orders/{{order_id}}.json'],
  ])('accepts %s', (_name, url) => {
    expect(connectorSchema.safeParse({ ...base, request: { method: 'GET', url } }).success).toBe(true);
  });

  it('accepts reply placeholders by Chinese label and {{items}}', () => {
    expect(connectorSchema.safeParse({ ...base, replyTemplate: '您的订单{{状态}}\n{{ items }}' }).success).toBe(true);
  });
});

describe('validateConnectors', () => {
  it('keeps good connectors and reports each bad one with its index and id', () => {
    const input = [base, { ...base, id: 'broken', request: { method: 'GET', url: 'ftp://x/{{value}}' } }, { ...base, id: 'other' }, 42];
    const { connectors, errors } = validateConnectors(input);
    expect(connectors.map((c) => c.id)).toEqual(['oms-order', 'other']);
    expect(errors.map((e) => [e.index, e.id])).toEqual([
      [1, 'broken'],
      [3, undefined],
    ]);
    expect(errors[0]!.issues[0]!.path).toBe('request.url');
  });

  it('rejects a duplicate id without dropping the first', () => {
    const { connectors, errors } = validateConnectors([base, base]);
    expect(connectors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: 1, issues: [{ path: 'id', message: 'duplicate id "oms-order"' }] });
  });

  it('does not throw on a non-array', () => {
    expect(validateConnectors({ id: 'x' }).errors[0]!.issues[0]!.message).toMatch(/array/);
  });
});

describe('formatIssuePath', () => {
  it.each([
    [['mapping', 'fields', 2, 'pointer'], 'mapping.fields[2].pointer'],
    [['request', 'headers', 'X-Order'], 'request.headers["X-Order"]'],
    [[], '(connector)'],
  ])('%j → %s', (path, expected) => expect(formatIssuePath(path)).toBe(expected));
});
