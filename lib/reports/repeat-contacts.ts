import type { HandlingRecord } from '../history/types';

export interface RepeatContact {
  /** The customer's most recent name, else one of their contact keys (possibly a hash). */
  customer: string;
  tickets: number;
  ticketIds: string[];
  lastSeen: number;
}

/**
 * Customers with two or more tickets among the records, where "same customer"
 * means sharing any contact key, transitively (ticket A and B share a phone,
 * B and C an e-mail: one customer). A tiny union-find over record indexes,
 * hand-written because no kept library does only this and it is 15 lines.
 */
export function repeatContacts(records: readonly HandlingRecord[]): RepeatContact[] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstWithKey = new Map<string, number>();
  records.forEach((r, i) => {
    for (const key of r.contactKeys) {
      const seen = firstWithKey.get(key);
      if (seen === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const groups = new Map<number, HandlingRecord[]>();
  records.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()]
    .filter((g) => g.length >= 2)
    .map((g) => {
      const newest = [...g].sort((a, b) => b.lastSeen - a.lastSeen);
      const named = newest.find((r) => r.customerName);
      return {
        customer: named?.customerName ?? newest[0]!.contactKeys[0] ?? newest[0]!.id,
        tickets: g.length,
        ticketIds: newest.map((r) => r.ticketId),
        lastSeen: newest[0]!.lastSeen,
      };
    })
    .sort((a, b) => b.tickets - a.tickets || b.lastSeen - a.lastSeen);
}
