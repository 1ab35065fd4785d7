/**
 * Test support: a fresh, uniquely named Deskmate database on fake-indexeddb
 * per test, deleted afterwards. Imported only by *.test.ts files.
 */
import 'fake-indexeddb/auto';
import { DeskmateDb } from '../db/database';
import type { HandlingUpdate } from './types';

let counter = 0;

export async function withTestDb<T>(body: (db: DeskmateDb, name: string) => Promise<T>): Promise<T> {
  const name = `deskmate-test-${process.pid}-${++counter}`;
  const db = new DeskmateDb(name);
  try {
    return await body(db, name);
  } finally {
    await db.delete();
  }
}

export const DAY_MS = 86_400_000;
export const T0 = Date.UTC(2026, 10, 3, 2, 0, 0);

/** A plausible update for ticket `ticketId`; override any field. */
export function handlingUpdate(ticketId: string, overrides: Partial<HandlingUpdate> = {}): HandlingUpdate {
  return {
    consoleId: 'zendesk',
    ticketId,
    ticketUrl: `https://acme.zendesk.com/agent/tickets/${ticketId}`,
    contactKeys: ['user:zendesk:42', 'phone:+8613812345678'],
    customerName: '王敏',
    category: 'return',
    lang: 'zh',
    agent: 'lily',
    ...overrides,
  };
}
