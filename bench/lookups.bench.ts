/** Lookup engine figures: runLookup against the mock order system over localhost, mapping, matching, validation. */
import { performance } from 'node:perf_hooks';
import { percentile, fmtMs } from './stats';
import { LookupCache, mapResponse, matchConnectors, runLookup, validateConnectors, type LookupConnector } from '../lib/lookups';
import { createIncrementalExtractor } from '../lib/extract';
import { lookupKeysFor } from '../lib/content/features/lookups/lookup-keys';
import type { ChatMessage } from '../lib/consoles/types';

async function time<T>(n: number, fn: (i: number) => Promise<T> | T): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}
const line = (name: string, s: number[]) => console.log(`  ${name.padEnd(56)} p50 ${fmtMs(percentile(s, 50)).padStart(9)}  p95 ${fmtMs(percentile(s, 95)).padStart(9)}  (n=${s.length})`);

export async function run() {
  const mod = await import('../e2e/servers/order-system.mjs');
  const oms = await mod.startOrderSystem({ port: 0, slowMs: 1000 });
  const cookie = oms.createSession();
  const { connectors, errors } = validateConnectors(mod.exampleConnectors(oms.url));
  if (errors.length) throw new Error(JSON.stringify(errors));
  const byId = new Map(connectors.map((c: LookupConnector) => [c.id, c]));
  const f: typeof fetch = (u, i = {}) => fetch(u, { ...i, headers: { ...(i.headers as Record<string, string>), Cookie: cookie } });
  console.log(`Lookups (node ${process.version}, ${(await import('node:os')).cpus().length} cores)`);

  await runLookup(byId.get('oms-order')!, '240312598746', { fetch: f }); // warm-up
  line('runLookup GET order, localhost, uncached', await time(200, () => runLookup(byId.get('oms-order')!, '240312598746', { fetch: f })));
  line('runLookup POST customer search, localhost', await time(200, () => runLookup(byId.get('crm-customer-by-phone')!, '13812345678', { fetch: f })));
  const cache = new LookupCache();
  await cache.get('oms-order', '240312598746', () => runLookup(byId.get('oms-order')!, '240312598746', { fetch: f }));
  line('LookupCache hit', await time(2000, () => cache.get('oms-order', '240312598746', () => Promise.reject(new Error('miss')))));
  oms.stats.reset();
  line('flaky endpoint (2×503 then 200), real backoff', await time(10, (i) => runLookup(byId.get('oms-order-flaky')!, i % 2 ? 'ORD-2024-00123' : '240312598746', { fetch: f })));
  const slow = { ...byId.get('oms-order-slow')!, timeoutMs: 500 };
  line('slow endpoint, timeout 500 ms, 2 attempts (a timeout is retried once)', await time(3, () => runLookup(slow, '240312598746', { fetch: f })));

  const sample = mod.ORDERS['240312598746'];
  const mapping = byId.get('oms-order')!.mapping;
  line('mapResponse order (6 fields, 2 items, zh)', await time(5000, () => mapResponse(sample, mapping, { lang: 'zh' })));
  const text = '客户：我的单号：240312598746 还没到，电话 13812345678。'.repeat(400).slice(0, 20000);
  const pattern = validateConnectors([{ ...mod.exampleConnectors(oms.url)[0], id: 'p', trigger: { field: 'pattern', pattern: '单号[:：]\\s*(\\d{12})' } }]).connectors;
  line('matchConnectors 8 connectors + pattern, 20k chars', await time(500, () => matchConnectors([...connectors, ...pattern], { order_ids: ['240312598746'], tracking_numbers: ['SF1234567890123'], phones: ['13812345678'], emails: [], text })));
  // The panel's planning step, run after every debounced snapshot while auto-fill has not published an extraction.
  const chat: ChatMessage[] = ['你好，我的订单 240312598746 已经下单五天了还没送到。', '顺丰单号 SF1234567890123，电话 138-1234-5678。', '上周也是这么说的！到底什么时候能送到？？']
    .map((text, i) => ({ id: String(i), role: 'customer' as const, name: 'Wang Min', text, time: null }));
  const extractor = createIncrementalExtractor();
  line('panel plan: keys (fallback extraction) + match, 3 msgs', await time(500, (i) => matchConnectors(connectors, lookupKeysFor(i % 2 ? chat : chat.slice(0, 2), null, () => extractor))));
  const raw = mod.exampleConnectors(oms.url);
  line('validateConnectors 7 example connectors', await time(500, () => validateConnectors(raw)));
  await oms.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
