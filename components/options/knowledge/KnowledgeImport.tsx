import { useMutation } from '@tanstack/react-query';
import type { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import { useImportWorker } from '../useImportWorker';
import { ImportProgressBar } from '../ImportProgressBar';

/**
 * File import, all or nothing: the parser rejects a bad file whole, naming the
 * line or record, before anything is written; the write is one transaction
 * replacing the articles from the same file name (re-importing a file updates it).
 * Both run in a Web Worker (lib/knowledge/import/import-knowledge-file.ts), with
 * progress and a cancel that rolls back.
 */
export function KnowledgeImport({ db: _db, onChanged }: { db: DeskmateDb; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const worker = useImportWorker();
  const importing = useMutation({
    mutationFn: async (file: File) => {
      const { count } = await worker.run<{ count: number }>({ kind: 'knowledge', bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name });
      await onChanged();
      return { count, file: file.name };
    },
  });
  return (
    <div className="knowledge-import">
      <label>
        {t('knowledge.admin.import')}{' '}
        <input
          type="file"
          accept=".csv,.json,.md,.markdown,.txt,text/csv,application/json,text/markdown"
          disabled={importing.isPending}
          data-testid="knowledge-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importing.mutate(file);
          }}
        />
      </label>
      {importing.isPending && <ImportProgressBar progress={worker.progress} onCancel={worker.cancel} testId="knowledge-import-progress" />}
      {importing.isSuccess && (
        <p role="status" className="description" data-testid="knowledge-import-notice">
          {t('knowledge.admin.imported', importing.data)}
        </p>
      )}
      {importing.isError && (
        <p role="alert" className="field-error" data-testid="knowledge-import-notice">
          {t('knowledge.admin.rejected', { error: importing.error.message })}
        </p>
      )}
    </div>
  );
}
