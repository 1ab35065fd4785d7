/**
 * A fake order-management / logistics / CRM system for Deskmate's lookup
 * connectors, on its own localhost port (a different origin from the demo
 * console). Plain Node `http`, no dependencies.
 *
 *   node e2e/servers/order-system.mjs 5179
 *   import { startOrderSystem, exampleConnectors } from './servers/order-system.mjs'
 *
 * Sign-in is a session cookie: open GET /login in a tab (as an agent would
 * sign in to the real system), and every /api/* request then needs the
 * `oms_session` cookie, else 401. CORS is granted only to extension origins.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const SYSTEM = 'Acme OMS';

/** Fixed orders. Amounts carry a currency; dates are ISO 8601. */
export const ORDERS = {
  '240312598746': {
    order: {
      id: '240312598746',
      status: 'shipped',
      statusText: { en: 'Shipped', zh: '已发货' },
      placedAt: '2024-03-12T09:15:00+08:00',
      customer: { name: '张伟', phone: '13812345678', email: 'zhang.wei@example.com' },
      amount: { total: 299, currency: 'CNY' },
      shipping: { carrier: 'SF Express', carrierZh: '顺丰速运', trackingNumber: 'SF1234567890123', eta: '2024-03-15' },
      refund: { state: 'none', stateText: { en: 'No refund', zh: '无退款' }, amount: null },
      items: [
        { sku: 'TEA-LJ-250', name: '西湖龙井 250g', quantity: 1, price: { amount: 199, currency: 'CNY' } },
        { sku: 'CUP-GL-2', name: '玻璃茶杯 2只装', quantity: 2, price: { amount: 50, currency: 'CNY' } },
      ],
    },
  },
  'ORD-2024-00123': {
    order: {
      id: 'ORD-2024-00123',
      status: 'refund_pending',
      statusText: { en: 'Delivered, refund requested', zh: '已签收，退款处理中' },
      placedAt: '2024-02-28T14:02:00Z',
      customer: { name: 'Emily Carter', phone: '+1 415 555 0142', email: 'emily.carter@example.com' },
      amount: { total: 89.5, currency: 'USD' },
      shipping: { carrier: 'UPS', carrierZh: 'UPS', trackingNumber: '1Z999AA10123456784', eta: '2024-03-04' },
      refund: { state: 'pending', stateText: { en: 'Refund pending (3–5 business days)', zh: '退款处理中（3–5 个工作日）' }, amount: { amount: 89.5, currency: 'USD' } },
      items: [{ sku: 'HDP-BT-01', name: 'Bluetooth headphones', quantity: 1, price: { amount: 89.5, currency: 'USD' } }],
    },
  },
  '240401100233': {
    order: {
      id: '240401100233',
      status: 'processing',
      statusText: { en: 'Being packed', zh: '仓库打包中' },
      placedAt: '2024-04-01T20:41:00+08:00',
      customer: { name: '李娜', phone: '13987654321', email: 'li.na@example.cn' },
      amount: { total: 1288, currency: 'CNY' },
      shipping: { carrier: 'YTO Express', carrierZh: '圆通速递', trackingNumber: 'YT7654321098765', eta: '2024-04-05' },
      refund: { state: 'none', stateText: { en: 'No refund', zh: '无退款' }, amount: null },
      items: [{ sku: 'RC-IH-3L', name: 'IH 电饭煲 3L', quantity: 1, price: { amount: 1288, currency: 'CNY' } }],
    },
  },
};

export const SHIPMENTS = {
  SF1234567890123: {
    trackingNumber: 'SF1234567890123',
    carrier: 'SF Express',
    status: 'in_transit',
    statusText: { en: 'In transit', zh: '运输中' },
    eta: '2024-03-15',
    events: [
      { time: '2024-03-12T18:20:00+08:00', location: '杭州', description: '已揽收 Picked up' },
      { time: '2024-03-13T06:45:00+08:00', location: '上海转运中心', description: '到达转运中心 Arrived at hub' },
    ],
  },
  YT7654321098765: {
    trackingNumber: 'YT7654321098765',
    carrier: 'YTO Express',
    status: 'label_created',
    statusText: { en: 'Label created', zh: '已下单待揽收' },
    eta: '2024-04-05',
    events: [{ time: '2024-04-02T09:00:00+08:00', location: '广州', description: '电子面单已生成 Label created' }],
  },
  '1Z999AA10123456784': {
    trackingNumber: '1Z999AA10123456784',
    carrier: 'UPS',
    status: 'delivered',
    statusText: { en: 'Delivered', zh: '已签收' },
    eta: '2024-03-04',
    events: [{ time: '2024-03-04T11:12:00-08:00', location: 'San Francisco, CA', description: 'Delivered, front door' }],
  },
};

const digits = (s) => String(s).replace(/\D/g, '');

function findCustomer({ phone, email }) {
  const orders = Object.values(ORDERS).map((o) => o.order);
  const hit = orders.find((o) =>
    (typeof phone === 'string' && phone.trim() !== '' && digits(o.customer.phone).endsWith(digits(phone)) && digits(phone).length >= 7) ||
    (typeof email === 'string' && o.customer.email.toLowerCase() === email.trim().toLowerCase()),
  );
  if (!hit) return null;
  const theirs = orders.filter((o) => o.customer.email === hit.customer.email);
  return {
    customer: { ...hit.customer, tier: theirs.length > 1 ? 'gold' : 'standard', orderCount: theirs.length },
    recentOrders: theirs.map((o) => ({ id: o.id, status: o.statusText.en, placedAt: o.placedAt, total: o.amount })),
  };
}

function parseCookies(header = '') {
  return Object.fromEntries(header.split(';').map((p) => p.trim().split('=')).filter(([k]) => k).map(([k, ...v]) => [k, decodeURIComponent(v.join('='))]));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > 64 * 1024) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * @param {{ port?: number, host?: string, slowMs?: number, flakyFailures?: number, cors?: 'extensions' | 'none' }} [options]
 *   port 0 picks a free port; slowMs is the /api/slow delay (default 3000);
 *   flakyFailures is how many 503s /api/flaky gives per id first (default 2);
 *   cors 'none' sends no CORS headers at all, like most real internal systems.
 *   Checked in Chromium 156: with 'extensions' an extension page can read the
 *   API even WITHOUT host permission (CORS grants it), so use 'none' to test
 *   that the host-permission gate really holds.
 * @returns {Promise<{ url: string, close: () => Promise<void>, stats: ReturnType<typeof createStats> }>}
 */
export async function startOrderSystem({ port = 5179, host = '127.0.0.1', slowMs = 3000, flakyFailures = 2, cors = 'extensions' } = {}) {
  const sessions = new Set();
  const stats = createStats();
  const pendingTimers = new Set();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    const session = parseCookies(req.headers.cookie).oms_session;
    const authenticated = typeof session === 'string' && sessions.has(session);
    const record = { method: req.method, path: url.pathname, origin: origin ?? null, authenticated, status: 0, time: Date.now() };
    stats.requests.push(record);

    const headers = { 'Cache-Control': 'no-store', Vary: 'Origin' };
    // CORS only for extension origins; a web page (the helpdesk console included) gets none.
    if (cors === 'extensions' && typeof origin === 'string' && /^chrome-extension:\/\/[a-z0-9-]+$/i.test(origin)) {
      Object.assign(headers, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type, Accept, X-Requested-With',
        'Access-Control-Max-Age': '600',
      });
    }
    const send = (status, body, extra = {}) => {
      record.status = status;
      const isJson = typeof body !== 'string';
      res.writeHead(status, { ...headers, 'Content-Type': isJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8', ...extra });
      res.end(isJson ? JSON.stringify(body) : body);
    };

    if (req.method === 'OPTIONS') return send(204, '');
    if (url.pathname === '/' || url.pathname === '/login') {
      const id = randomUUID();
      sessions.add(id);
      // Checked in Chromium 156: this cookie is accepted on http://127.0.0.1 and
      // sent with credentials: 'include' from the service worker and extension
      // pages holding the host permission (Lax and Strict cookies were sent too).
      // SameSite=None; Secure is what a real SSO-backed system would typically set.
      return send(200, `<!doctype html><meta charset="utf-8"><title>${SYSTEM}</title><h1>Signed in to ${SYSTEM}</h1><p>You can close this tab.</p>`, {
        'Set-Cookie': `oms_session=${id}; Path=/; HttpOnly; SameSite=None; Secure`,
      });
    }
    if (url.pathname === '/logout') {
      if (session) sessions.delete(session);
      return send(200, `<!doctype html><title>${SYSTEM}</title><h1>Signed out</h1>`, { 'Set-Cookie': 'oms_session=; Path=/; Max-Age=0; SameSite=None; Secure' });
    }
    if (!url.pathname.startsWith('/api/')) return send(404, { error: 'not_found' });

    const route = url.pathname.split('/').slice(2).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
    stats.count(`${req.method} /api/${route.slice(0, -1).join('/')}/${route.at(-1)}`);
    if (route[0] === 'private') return send(401, { error: 'unauthorized', message: 'This endpoint always requires a different sign-in.' });
    if (route[0] === 'sso' && !authenticated) {
      // Like SSO-fronted systems: an expired session is a redirect to the sign-in page, not a 401.
      return send(302, '', { Location: `/login?next=${encodeURIComponent(url.pathname)}` });
    }
    if (!authenticated) return send(401, { error: 'unauthorized', login: '/login' });
    if (route[0] === 'sso' && route[1] === 'orders' && route.length === 3) {
      return ORDERS[route[2]] ? send(200, ORDERS[route[2]]) : send(404, { error: 'order_not_found', id: route[2] });
    }

    if (req.method === 'GET' && route.length === 2 && route[0] === 'orders') {
      return ORDERS[route[1]] ? send(200, ORDERS[route[1]]) : send(404, { error: 'order_not_found', id: route[1] });
    }
    if (req.method === 'GET' && route.length === 2 && route[0] === 'logistics') {
      return SHIPMENTS[route[1]] ? send(200, SHIPMENTS[route[1]]) : send(404, { error: 'shipment_not_found', trackingNumber: route[1] });
    }
    if (req.method === 'GET' && route.length === 3 && route[0] === 'slow' && route[1] === 'orders') {
      const delay = Number(url.searchParams.get('delayMs') ?? slowMs);
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        if (res.destroyed) return;
        ORDERS[route[2]] ? send(200, ORDERS[route[2]]) : send(404, { error: 'order_not_found', id: route[2] });
      }, delay);
      pendingTimers.add(timer);
      return;
    }
    if (req.method === 'GET' && route.length === 3 && route[0] === 'flaky' && route[1] === 'orders') {
      const n = stats.flakyHit(route[2]);
      if (n <= flakyFailures) return send(503, { error: 'unavailable', attempt: n });
      return ORDERS[route[2]] ? send(200, ORDERS[route[2]]) : send(404, { error: 'order_not_found', id: route[2] });
    }
    if (req.method === 'GET' && route.length === 3 && route[0] === 'malformed' && route[1] === 'orders') {
      record.status = 200;
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      return res.end('{"order": {"id": "' + route[2] + '", "status": ');
    }
    if (req.method === 'POST' && url.pathname === '/api/customers/search') {
      let query;
      try {
        query = JSON.parse(await readBody(req));
      } catch {
        return send(400, { error: 'bad_json' });
      }
      if (typeof query !== 'object' || query === null || (typeof query.phone !== 'string' && typeof query.email !== 'string')) {
        return send(400, { error: 'phone_or_email_required' });
      }
      const found = findCustomer(query);
      return found ? send(200, found) : send(404, { error: 'customer_not_found' });
    }
    return send(404, { error: 'not_found' });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    stats,
    /** Signs in without a browser: returns a Cookie header value for Node clients. */
    createSession() {
      const id = randomUUID();
      sessions.add(id);
      return `oms_session=${id}`;
    },
    close: () =>
      new Promise((resolve) => {
        for (const t of pendingTimers) clearTimeout(t);
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Request log and counters, for e2e assertions ("the flaky endpoint was hit 3 times"). */
function createStats() {
  const hits = new Map();
  const flaky = new Map();
  return {
    /** Every request: method, path, origin, authenticated, status, time. */
    requests: [],
    /** Hits per `METHOD /api/...` route with its id, e.g. `GET /api/flaky/orders/240312598746`. */
    hits,
    count(key) {
      hits.set(key, (hits.get(key) ?? 0) + 1);
    },
    flakyHit(id) {
      const n = (flaky.get(id) ?? 0) + 1;
      flaky.set(id, n);
      return n;
    },
    hitCount(key) {
      return hits.get(key) ?? 0;
    },
    reset() {
      this.requests.length = 0;
      hits.clear();
      flaky.clear();
    },
  };
}

const orderFields = [
  { label: 'Status', labelZh: '状态', pointer: '/order/statusText/en' },
  { label: 'Carrier', labelZh: '承运商', pointer: '/order/shipping/carrier' },
  { label: 'Tracking number', labelZh: '运单号', pointer: '/order/shipping/trackingNumber' },
  { label: 'ETA', labelZh: '预计送达', pointer: '/order/shipping/eta', format: 'date' },
  { label: 'Amount', labelZh: '金额', pointer: '/order/amount', format: 'money' },
  { label: 'Refund', labelZh: '退款', pointer: '/order/refund/stateText/en' },
];

const orderItems = {
  pointer: '/order/items',
  labelZh: '商品',
  fields: [
    { label: 'Item', labelZh: '商品', pointer: '/name' },
    { label: 'Qty', labelZh: '数量', pointer: '/quantity' },
    { label: 'Price', labelZh: '单价', pointer: '/price', format: 'money' },
  ],
};

const orderReply =
  'Your order is {{Status}}. It ships with {{Carrier}} (tracking number {{Tracking number}}) and should arrive by {{ETA}}. Order total: {{Amount}}. Refund: {{Refund}}.';

function orderConnector(id, name, path, extra = {}) {
  return {
    id,
    name,
    system: SYSTEM,
    trigger: { field: 'order_id' },
    request: { method: 'GET', url: `${path}/{{order_id}}`, headers: { 'X-Requested-With': 'Deskmate' } },
    mapping: { fields: orderFields, list: orderItems },
    replyTemplate: orderReply,
    ...extra,
  };
}

/**
 * Connector definitions for this server (valid for lib/lookups' connectorSchema).
 * All order connectors trigger on order ids: a demo or test picks by id.
 * @param {string} baseUrl e.g. `http://127.0.0.1:5179`
 */
export function exampleConnectors(baseUrl) {
  const base = baseUrl.replace(/\/+$/, '');
  return [
    orderConnector('oms-order', 'Order status', `${base}/api/orders`),
    orderConnector('oms-order-slow', 'Order status (slow endpoint)', `${base}/api/slow/orders`, { timeoutMs: 2000 }),
    orderConnector('oms-order-flaky', 'Order status (flaky endpoint)', `${base}/api/flaky/orders`),
    orderConnector('oms-order-private', 'Order status (needs another sign-in)', `${base}/api/private/orders`),
    orderConnector('oms-order-sso', 'Order status (redirects to sign-in without a session)', `${base}/api/sso/orders`),
    {
      id: 'logistics-tracking',
      name: 'Shipment tracking',
      system: SYSTEM,
      trigger: { field: 'tracking_number' },
      request: { method: 'GET', url: `${base}/api/logistics/{{tracking_number}}` },
      mapping: {
        fields: [
          { label: 'Carrier', labelZh: '承运商', pointer: '/carrier' },
          { label: 'Shipment status', labelZh: '物流状态', pointer: '/statusText/en' },
          { label: 'ETA', labelZh: '预计送达', pointer: '/eta', format: 'date' },
        ],
        list: {
          pointer: '/events',
          labelZh: '物流轨迹',
          fields: [
            { label: 'Time', labelZh: '时间', pointer: '/time', format: 'date' },
            { label: 'Place', labelZh: '地点', pointer: '/location' },
            { label: 'Event', labelZh: '事件', pointer: '/description' },
          ],
        },
      },
      replyTemplate: 'Your parcel with {{Carrier}} is {{Shipment status}} and should arrive by {{ETA}}.',
    },
    ...['phone', 'email'].map((field) => ({
      id: `crm-customer-by-${field}`,
      name: `Customer by ${field}`,
      system: SYSTEM,
      trigger: { field },
      request: { method: 'POST', url: `${base}/api/customers/search`, body: JSON.stringify({ [field]: `{{${field}}}` }) },
      mapping: {
        fields: [
          { label: 'Customer', labelZh: '客户', pointer: '/customer/name' },
          { label: 'Tier', labelZh: '会员等级', pointer: '/customer/tier' },
          { label: 'Orders', labelZh: '订单数', pointer: '/customer/orderCount' },
        ],
        list: {
          pointer: '/recentOrders',
          fields: [
            { label: 'Order', labelZh: '订单', pointer: '/id' },
            { label: 'Status', labelZh: '状态', pointer: '/status' },
            { label: 'Total', labelZh: '金额', pointer: '/total', format: 'money' },
          ],
        },
      },
    })),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 5179);
  const oms = await startOrderSystem({ port });
  console.log(`${SYSTEM} mock listening on ${oms.url} (sign in at ${oms.url}/login)`);
  const stop = () => oms.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
