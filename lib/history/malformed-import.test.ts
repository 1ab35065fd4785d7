import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../knowledge/import/gbk-test-encoder';
import { importHistoryBytes, type ImportOutcome } from './import-file';
import { recordHandling } from './record';
import { exportHistory } from './transfer';
import { handlingUpdate, T0, withTestDb } from './test-support';

/**
 * Issue 13: malformed history files are rejected whole, naming the record (or line) and the cause in printable
 * characters, and the stored history is exactly as it was.
 */
const utf8 = (s: string) => new TextEncoder().encode(s);
type Mutate = (file: { records: Array<Record<string, unknown>> } & Record<string, unknown>) => unknown;

async function validFile(): Promise<{ records: Array<Record<string, unknown>> } & Record<string, unknown>> {
  let file: unknown;
  await withTestDb(async (db) => {
    await recordHandling(db, handlingUpdate('7001'), T0);
    await recordHandling(db, handlingUpdate('7002', { contactKeys: ['email:a@example.com'] }), T0 + 1000);
    file = await exportHistory(db, T0 + 2000);
  });
  return JSON.parse(JSON.stringify(file)) as never;
}

const json = (m: Mutate) => async () => {
  const f = await validFile();
  const out = m(f);
  return utf8(JSON.stringify(out === undefined ? f : out));
};
const bytes = (b: Uint8Array | string) => async () => (typeof b === 'string' ? utf8(b) : b);
const rec = (i: number, patch: Record<string, unknown>): Mutate => (f) => void Object.assign(f.records[i]!, patch);

type Case = [name: string, make: () => Promise<Uint8Array>, where: RegExp, cause: RegExp];
const CASES: Case[] = [
  ['not JSON at all', bytes('hello'), /./, /not valid JSON|Unexpected token/],
  ['truncated JSON', async () => (await json(() => undefined)()).subarray(0, 100), /./, /JSON/],
  ['NUL byte', bytes('{"format":"deskmate-history",\u0000}'), /line 1/, /NUL byte/],
  ['UTF-16 without BOM', async () => new Uint8Array([...utf8('{"a":1}')].flatMap((b) => [b, 0])), /./, /UTF-16 without a byte-order mark/],
  ['GBK text (not UTF-8)', async () => encodeGbk('{"format":"客户"}'), /line 1/, /not valid UTF-8/],
  ['mixed UTF-8 and GBK lines', async () => new Uint8Array([...utf8('{"a":"客户",\n'), ...encodeGbk('"b":"客户"}')]), /line 2/, /not valid UTF-8/],
  ['raw control character', bytes('{"format":"deskmate-history",\u001b"x":1}'), /line 1/, /control character \\u\{001B\}/],
  ['escaped NUL inside a summary', json(rec(1, { summary: 'ok\u0000bad' })), /records\[1\]\.summary/, /control character \\u\{0000\}/],
  ['escaped ESC inside a customer name', json(rec(0, { customerName: '\u001b[2Jname' })), /records\[0\]\.customerName/, /control character \\u\{001B\}/],
  ['wrong format tag', json((f) => void (f.format = 'something-else')), /format/, /./],
  ['unsupported version', json((f) => void (f.version = 99)), /version/, /./],
  ['records is not a list', json((f) => void (f.records = {} as never)), /records/, /./],
  ['a top-level list', json((f) => f.records), /./, /./],
  ['record without an id', json((f) => void delete f.records[1]!.id), /records\[1\]/, /./],
  ['id that does not match the ticket', json(rec(0, { id: 'zendesk:other' })), /records\[0\]/, /./],
  ['bad contact key', json(rec(1, { contactKeys: ['fax:123'] })), /records\[1\]\.contactKeys\[0\]/, /not a contact key/],
  ['lastSeen is a string', json(rec(1, { lastSeen: 'yesterday' })), /records\[1\]\.lastSeen/, /./],
  ['negative firstSeen', json(rec(0, { firstSeen: -5 })), /records\[0\]\.firstSeen/, /./],
  ['unknown outcome', json(rec(0, { outcome: 'exploded' })), /records\[0\]\.outcome/, /./],
  ['summary far too long', json(rec(0, { summary: 'x'.repeat(100_000) })), /records\[0\]\.summary/, /./],
  ['sentiment share above 1', json(rec(1, { sentiment: { negativeShare: 3, abusiveCount: 0, messages: 1 } })), /records\[1\]\.sentiment\.negativeShare/, /./],
  ['empty file', bytes(''), /./, /JSON/],
  ['right-to-left override in a bad value is escaped', json(rec(0, { outcome: '\u202Esolved' })), /records\[0\]\.outcome/, /./],
];

const issuesText = (o: ImportOutcome) => (o.ok ? 'imported' : 'notJson' in o ? o.notJson : 'unreadable' in o ? o.unreadable : o.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));

describe('malformed history files are rejected whole', () => {
  it(`has at least 20 cases (${CASES.length})`, () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  it('the unmodified file imports (the cases below differ from it in one thing)', () =>
    withTestDb(async (db) => {
      const outcome = await importHistoryBytes(db, await json(() => undefined)(), { hashContactKeys: false });
      expect(outcome).toMatchObject({ ok: true, result: { records: 2 } });
    }),
  );

  it.each(CASES)('%s', (_name, make, where, cause) =>
    withTestDb(async (db) => {
      await recordHandling(db, handlingUpdate('5001', { customerName: 'Kept' }), T0);
      const before = await db.history.toArray();
      const outcome = await importHistoryBytes(db, await make(), { hashContactKeys: false });
      expect(outcome.ok).toBe(false);
      const text = issuesText(outcome);
      expect(text).toMatch(where);
      expect(text).toMatch(cause);
      expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      expect(await db.history.toArray()).toEqual(before);
    }),
  );
});
