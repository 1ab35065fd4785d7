/** Connector definitions shared by this folder's tests (parsed, defaults applied). */
import { connectorSchema, type LookupConnector, type LookupConnectorInput } from './schema';

export const OMS = 'https://oms.example.internal';

export function orderConnectorInput(overrides: Partial<LookupConnectorInput> = {}): LookupConnectorInput {
  return {
    id: 'oms-order',
    name: 'Order status',
    system: 'Acme OMS',
    trigger: { field: 'order_id' },
    request: { method: 'GET', url: `${OMS}/api/orders/{{order_id}}?lang=zh` },
    mapping: {
      fields: [
        { label: 'Status', labelZh: '状态', pointer: '/order/status' },
        { label: 'ETA', labelZh: '预计送达', pointer: '/order/eta', format: 'date' },
        { label: 'Amount', labelZh: '金额', pointer: '/order/amount', format: 'money' },
      ],
      list: { pointer: '/order/items', fields: [{ label: 'Item', labelZh: '商品', pointer: '/name' }, { label: 'Qty', labelZh: '数量', pointer: '/qty' }] },
    },
    replyTemplate: 'Order status: {{Status}}, arriving {{ETA}}.\n{{items}}',
    ...overrides,
  };
}

export function orderConnector(overrides: Partial<LookupConnectorInput> = {}): LookupConnector {
  return connectorSchema.parse(orderConnectorInput(overrides));
}

export function customerSearchConnector(): LookupConnector {
  return connectorSchema.parse({
    id: 'crm-phone',
    name: 'Customer by phone',
    system: 'Acme CRM',
    trigger: { field: 'phone' },
    request: { method: 'POST', url: `${OMS}/api/customers/search`, body: '{"query": {"phone": "{{phone}}", "note": "from Deskmate {{value}}"}, "limit": 5}' },
    mapping: { fields: [{ label: 'Customer', pointer: '/customer/name' }] },
  });
}

export const SAMPLE_ORDER = {
  order: {
    status: 'shipped',
    eta: '2024-03-15',
    amount: { amount: 299, currency: 'CNY' },
    items: [
      { name: '西湖龙井 250g', qty: 1 },
      { name: 'Glass cup', qty: 2 },
    ],
  },
};
