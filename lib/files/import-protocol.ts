/** Messages between the options page and its import worker (lib/files/import.worker.ts). */
export type ImportJob = { kind: 'knowledge'; bytes: Uint8Array; filename: string } | { kind: 'history'; bytes: Uint8Array; hashContactKeys: boolean };

export type ImportWorkerRequest = { type: 'start'; job: ImportJob } | { type: 'cancel' };

export type ImportWorkerEvent =
  | { type: 'progress'; phase: 'decode' | 'parse' | 'validate' | 'write'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'cancelled' }
  | { type: 'error'; message: string; name: string };
