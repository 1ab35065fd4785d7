/**
 * Export, import and clear. Import is all-or-nothing: the whole file is
 * validated before anything is written, and the writes happen in one
 * transaction, so a bad record (or a quota failure half-way) leaves the store
 * exactly as it was. Records merge by id, so importing a file twice, or a
 * file overlapping what is stored, never duplicates a ticket.
 */
import type { z } from 'zod';
import type { DeskmateDb } from '../db/database';
import { hashRecordKeys } from './hashing';
import { mergeRecords } from './merge';
import { guardQuota } from './quota';
import { HISTORY_EXPORT_FORMAT, HISTORY_EXPORT_VERSION, HistoryExportSchema, type HistoryExport } from './schema';
import type { HandlingRecord } from './types';
import { findControlCharacter } from '../files/decode-text';
import { throwIfCancelled, type ImportControl } from '../files/import-control';
import { escapeUnprintable, printableMessage } from '../files/printable';

export type { HistoryExport } from './schema';

export interface ImportIssue {
  /** "records[12].contactKeys[0]", or "" for the file itself. */
  path: string;
  message: string;
}

/** A rejected import file; nothing was written. `issues` lists every problem found (first 50). */
export class HistoryImportError extends Error {
  override readonly name = 'HistoryImportError';
  constructor(readonly issues: ImportIssue[]) {
    const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`History import rejected, nothing was imported: ${shown.join('; ')}${more}`);
  }
}

/** ["records", 12, "contactKeys", 0] → "records[12].contactKeys[0]". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function issuesOf(error: z.ZodError): ImportIssue[] {
  return error.issues.slice(0, 50).map((issue) => ({ path: formatIssuePath(issue.path), message: printableMessage(issue.message) }));
}

/**
 * Strings holding control characters (JSON can carry them as `\u0000` escapes, which no text check sees) are refused
 * with their record and field: a NUL or an escape sequence has no place in a summary, and would reach every panel.
 */
function controlCharacterIssues(json: unknown): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (issues.length >= 50) return;
    if (typeof value === 'string') {
      const found = findControlCharacter(value);
      if (found) issues.push({ path: formatIssuePath(path), message: `control character ${escapeUnprintable(String.fromCharCode(found.code))}` });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(json, []);
  return issues;
}

export async function exportHistory(db: DeskmateDb, now: number = Date.now()): Promise<HistoryExport> {
  const records = await db.history.orderBy('id').toArray();
  return { format: HISTORY_EXPORT_FORMAT, version: HISTORY_EXPORT_VERSION, exportedAt: new Date(now).toISOString(), records };
}

export interface ImportOptions {
  /** Install salt when hashing mode is on: raw keys in the file are hashed before they are stored. @default null */
  hashSalt?: string | null;
  /** Progress and cancel (the options page's import worker); a cancel before the transaction commits writes nothing. */
  control?: ImportControl;
}

const WRITE_CHUNK = 2_000;

export interface ImportResult {
  /** Records in the file. */
  records: number;
  /** Of those, tickets not stored before. */
  added: number;
  /** Of those, tickets merged into a stored record. */
  merged: number;
}

/**
 * Validates `json` (already parsed, e.g. `JSON.parse(fileText)`) as a history
 * export and merges it into the store. Throws HistoryImportError naming the
 * record index and field path of each problem, or StorageQuotaError.
 */
export async function importHistory(db: DeskmateDb, json: unknown, opts: ImportOptions = {}): Promise<ImportResult> {
  const control = opts.control ?? {};
  control.onProgress?.('validate', 0, 1);
  const controls = controlCharacterIssues(json);
  if (controls.length) throw new HistoryImportError(controls);
  const parsed = HistoryExportSchema.safeParse(json);
  if (!parsed.success) throw new HistoryImportError(issuesOf(parsed.error));
  let incoming: HandlingRecord[] = parsed.data.records;
  const salt = opts.hashSalt;
  // Hashing is async (crypto.subtle) and must finish before the transaction opens.
  if (salt) incoming = await Promise.all(incoming.map((r) => hashRecordKeys(r, salt)));
  throwIfCancelled(control);

  return guardQuota(() =>
    db.transaction('rw', db.history, async () => {
      // A file may hold the same ticket twice (two exports concatenated): fold it first.
      const byId = new Map<string, HandlingRecord>();
      for (const r of incoming) {
        const seen = byId.get(r.id);
        byId.set(r.id, seen ? mergeRecords(seen, r) : r);
      }
      const stored = await storedAmong(db, [...byId.keys()]);
      const writes = [...byId.values()].map((r) => {
        const existing = stored.get(r.id);
        return existing ? mergeRecords(existing, r) : r;
      });
      // In chunks inside the one transaction: progress between them, and a cancel (thrown) rolls everything back.
      for (let i = 0; i < writes.length; i += WRITE_CHUNK) {
        throwIfCancelled(control);
        await db.history.bulkPut(writes.slice(i, i + WRITE_CHUNK));
        control.onProgress?.('write', Math.min(i + WRITE_CHUNK, writes.length), writes.length);
      }
      return { records: incoming.length, added: byId.size - stored.size, merged: stored.size };
    }),
  );
}

/**
 * The stored records among `ids`. A large import into a smaller store (the
 * usual restore) first lists the store's keys, so it fetches only real
 * overlaps instead of probing every id; otherwise it probes the ids. Either
 * way the cost is bounded by the smaller side.
 */
async function storedAmong(db: DeskmateDb, ids: string[]): Promise<Map<string, HandlingRecord>> {
  let candidates = ids;
  if (ids.length > (await db.history.count())) {
    const existing = new Set(await db.history.toCollection().primaryKeys());
    candidates = ids.filter((id) => existing.has(id));
  }
  const found = candidates.length ? await db.history.bulkGet(candidates) : [];
  return new Map(found.filter((r): r is HandlingRecord => r !== undefined).map((r) => [r.id, r]));
}

/** Deletes every handling record (the panel asks for confirmation first). The hash salt is kept. */
export function clearHistory(db: DeskmateDb): Promise<void> {
  return guardQuota(() => db.history.clear());
}
