import { describe, expect, it } from 'vitest';
import { generatedCustomerKeys, generateHistoryRecords, seededRandom } from './generate';
import { HandlingRecordSchema } from './schema';

const NOW = Date.UTC(2026, 10, 22);

describe('generateHistoryRecords', () => {
  const records = generateHistoryRecords(2000, 7, { now: NOW });

  it('is deterministic for the same seed and differs for another', () => {
    expect(generateHistoryRecords(2000, 7, { now: NOW })).toEqual(records);
    expect(generateHistoryRecords(50, 8, { now: NOW })).not.toEqual(records.slice(0, 50));
  });

  it('produces valid records with unique ids, within the span', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(2000);
    for (const r of records) {
      expect(HandlingRecordSchema.safeParse(r).success).toBe(true);
      expect(r.lastSeen).toBeLessThanOrEqual(NOW);
      expect(r.lastSeen).toBeGreaterThan(NOW - 181 * 86_400_000);
    }
  });

  it('gives customers several tickets, each with a subset of that customer\'s keys', () => {
    const byCustomer = new Map<number, number>();
    for (const r of records) {
      const c = Number(/\d+$/.exec(r.customerName!)![0]);
      byCustomer.set(c, (byCustomer.get(c) ?? 0) + 1);
      const all = generatedCustomerKeys(c);
      expect(r.contactKeys.every((k) => all.includes(k))).toBe(true);
    }
    expect(records.length / byCustomer.size).toBeGreaterThan(1.5);
    expect(records.some((r) => !r.contactKeys.some((k) => k.startsWith('user:')))).toBe(true);
  });
});

describe('seededRandom', () => {
  it('stays in [0, 1) and repeats per seed', () => {
    const a = seededRandom(1);
    const values = Array.from({ length: 1000 }, a);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, seededRandom(1))).toEqual(values);
  });
});
