/// <reference lib="webworker" />
/**
 * The options page's import worker: decoding, parsing, validating and writing
 * a knowledge file or a history export happen here, off the page's main
 * thread (the page opened this worker on the extension's origin, so it reaches
 * the same IndexedDB as the offscreen document). One job per worker.
 */
import { DeskmateDb } from '../db/database';
import { importKnowledgeFile } from '../knowledge/import/import-knowledge-file';
import { ImportCancelledError, type ImportControl } from './import-control';
import { importHistoryBytes } from '../history/import-file';
import type { ImportWorkerEvent, ImportWorkerRequest } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;
let cancelled = false;
const post = (e: ImportWorkerEvent) => self.postMessage(e);

self.onmessage = async (e: MessageEvent<ImportWorkerRequest>) => {
  if (e.data.type === 'cancel') {
    cancelled = true;
    return;
  }
  const { job } = e.data;
  const db = new DeskmateDb();
  const control: ImportControl = { cancelled: () => cancelled, onProgress: (phase, done, total) => post({ type: 'progress', phase, done, total }) };
  try {
    const result = job.kind === 'knowledge' ? await importKnowledgeFile(db, job, control) : await importHistoryBytes(db, job.bytes, { hashContactKeys: job.hashContactKeys, ...control });
    post({ type: 'done', result });
  } catch (err) {
    if (err instanceof ImportCancelledError) post({ type: 'cancelled' });
    else post({ type: 'error', message: (err as Error).message, name: (err as Error).name });
  } finally {
    db.close();
  }
};
