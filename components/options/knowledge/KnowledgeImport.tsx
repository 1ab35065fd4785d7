import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import { parseKnowledgeFile } from '@/lib/knowledge/import/parse-knowledge-file';
import { replaceArticles } from '@/lib/knowledge/store';

/**
 * File import, all or nothing: the parser rejects a bad file whole, naming the
 * line or record, before anything is written; the write is one transaction
 * replacing the articles from the same file name (re-importing a file updates it).
 */
export function KnowledgeImport({ db, onChanged }: { db: DeskmateDb; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const importing = useMutation({
    mutationFn: async (file: File) => {
      const source = `import:${file.name}`;
      const articles = await parseKnowledgeFile({ bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name }, { source, onProgress: (done, total) => setProgress({ done, total }) });
      await replaceArticles(db, articles, source);
      await onChanged();
      return { count: articles.length, file: file.name };
    },
    onSettled: () => setProgress(null),
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
      {progress && <progress max={progress.total} value={progress.done} aria-label={t('knowledge.admin.importing', progress)} />}
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
