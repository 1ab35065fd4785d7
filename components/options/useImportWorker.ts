import { useCallback, useRef, useState } from 'react';
import type { ImportJob, ImportWorkerEvent, ImportWorkerRequest } from '@/lib/files/import-protocol';
import { ImportCancelledError } from '@/lib/files/import-control';

export type ImportProgress = Extract<ImportWorkerEvent, { type: 'progress' }>;

/**
 * Runs an import in its own Web Worker (lib/files/import.worker.ts): the page
 * only receives progress, so it stays responsive with 100,000 rows. `cancel`
 * asks the worker to roll back; the promise then rejects with
 * ImportCancelledError. The worker ends with its job.
 */
export function useImportWorker() {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const current = useRef<Worker | null>(null);

  const run = useCallback(<T,>(job: ImportJob): Promise<T> => {
    const worker = new Worker(new URL('../../lib/files/import.worker.ts', import.meta.url), { type: 'module' });
    current.current = worker;
    return new Promise<T>((resolve, reject) => {
      const end = () => {
        worker.terminate();
        if (current.current === worker) current.current = null;
        setProgress(null);
      };
      worker.onmessage = (e: MessageEvent<ImportWorkerEvent>) => {
        const m = e.data;
        if (m.type === 'progress') return setProgress(m);
        end();
        if (m.type === 'done') resolve(m.result as T);
        else if (m.type === 'cancelled') reject(new ImportCancelledError());
        else reject(Object.assign(new Error(m.message), { name: m.name }));
      };
      worker.onerror = (e) => {
        end();
        reject(new Error(e.message || 'the import worker failed'));
      };
      // The bytes are transferred, not copied: a 50 MB file is not duplicated on the page.
      worker.postMessage({ type: 'start', job } satisfies ImportWorkerRequest, [job.bytes.buffer]);
    });
  }, []);

  const cancel = useCallback(() => current.current?.postMessage({ type: 'cancel' } satisfies ImportWorkerRequest), []);
  return { run, cancel, progress };
}
