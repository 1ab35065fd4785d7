/**
 * A history export file as the manager picked it (bytes) → imported, all or
 * nothing. Runs in the options page's import worker (lib/files/import.worker.ts):
 * a 100,000-record file is decoded, parsed, validated and written there, not
 * on the page's main thread. Keys are hashed on the way in when hashing mode is
 * on, as live records are.
 */
import type { DeskmateDb } from '../db/database';
import { decodeTextFile, TextFileError } from '../files/decode-text';
import { throwIfCancelled, type ImportControl } from '../files/import-control';
import { printableMessage } from '../files/printable';
import { getOrCreateSalt } from './salt';
import { HistoryImportError, importHistory, type ImportIssue, type ImportResult } from './transfer';

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; notJson: string } | { ok: false; unreadable: string } | { ok: false; issues: ImportIssue[] };

export async function importHistoryBytes(db: DeskmateDb, bytes: Uint8Array, opts: ImportControl & { hashContactKeys: boolean }): Promise<ImportOutcome> {
  opts.onProgress?.('decode', 0, 1);
  let text: string;
  try {
    // UTF-8 (or UTF-16 with BOM); NUL bytes, mixed encodings and control characters are refused with their line.
    text = decodeTextFile(bytes).text;
  } catch (err) {
    if (err instanceof TextFileError) return { ok: false, unreadable: printableMessage(err.message) };
    throw err;
  }
  throwIfCancelled(opts);
  opts.onProgress?.('parse', 0, 1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    // V8 quotes the text around the error: printable characters only.
    return { ok: false, notJson: printableMessage((err as Error).message) };
  }
  throwIfCancelled(opts);
  const hashSalt = opts.hashContactKeys ? await getOrCreateSalt(db) : null;
  try {
    return { ok: true, result: await importHistory(db, json, { hashSalt, control: opts }) };
  } catch (err) {
    if (err instanceof HistoryImportError) return { ok: false, issues: err.issues };
    throw err;
  }
}
