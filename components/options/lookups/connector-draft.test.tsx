import { describe, expect, it } from 'vitest';
import { connectorSchema } from '@/lib/lookups';
import { orderConnector, orderConnectorInput } from '@/lib/lookups/test-connectors';
import { checkDraft, draftText, NEW_CONNECTOR, withoutConnector } from './connector-draft';

const list = [orderConnector()];

describe('checkDraft', () => {
  it('explains JSON that does not parse', () => {
    expect(checkDraft('{"id": ', list, null).jsonError).toMatch(/JSON|Unexpected/);
  });

  it.each([
    ['a placeholder in the host', { request: { method: 'GET', url: 'https://{{order_id}}.shop/x' } }, 'request.url'],
    ['a misspelt mapping key', { mapping: { fields: [{ label: 'Status', pointr: '/s' }] } }, 'mapping.fields[0]'],
    ['a secret header', { request: { method: 'GET', url: 'https://oms.example.internal/o/{{order_id}}', headers: { Authorization: 'Bearer x' } } }, 'request.headers'],
  ])('names the field path for %s', (_name, patch, path) => {
    const check = checkDraft(JSON.stringify({ ...orderConnectorInput({ id: 'other' }), ...patch }), list, null);
    expect(check.next).toBeUndefined();
    expect(check.issues.map((i) => i.path).join(' ')).toContain(path);
  });

  it('refuses a new connector that reuses an id', () => {
    const check = checkDraft(JSON.stringify(orderConnectorInput()), list, null);
    expect(check.issues).toEqual([{ path: 'id', message: 'duplicate id "oms-order"' }]);
  });

  it('replaces the edited connector in place and appends a new one', () => {
    const edited = checkDraft(JSON.stringify(orderConnectorInput({ name: 'Orders' })), list, 0);
    expect(edited.next?.map((c) => c.name)).toEqual(['Orders']);
    const added = checkDraft(draftText(NEW_CONNECTOR), list, null);
    expect(added.next?.map((c) => c.id)).toEqual(['oms-order', 'new-connector']);
    expect(withoutConnector(added.next!, 0).map((c) => c.id)).toEqual(['new-connector']);
  });

  it('starts "Add connector" from a definition that validates', () => {
    expect(connectorSchema.safeParse(NEW_CONNECTOR).success).toBe(true);
  });
});
