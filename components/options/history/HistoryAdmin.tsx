import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { clearHistory, downloadHistory, type ImportOutcome } from './history-file';
import { useImportWorker } from '../useImportWorker';
import { ImportProgressBar } from '../ImportProgressBar';

type Notice = { kind: 'ok' | 'error'; text: string; issues?: string[] } | null;

/** Export, import and clear of the handling history, with the record count. */
export function HistoryAdmin({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const client = useQueryClient();
  // One connection for the page's life (Dexie opens it on first use).
  const db = useMemo(() => new DeskmateDb(), []);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);

  const worker = useImportWorker();
  const count = useQuery({ queryKey: ['history-count'], queryFn: () => db.history.count() });
  const refresh = () => client.invalidateQueries({ queryKey: ['history-count'] });
  const failed = (err: Error) => setNotice({ kind: 'error', text: t('history.admin.error', { error: err.message }) });

  const exporting = useMutation({
    mutationFn: () => downloadHistory(db),
    onSuccess: (n) => setNotice({ kind: 'ok', text: t('history.admin.exported', { count: n }) }),
    onError: failed,
  });
  const importing = useMutation({
    // Decoded, parsed, validated and written in a Web Worker: the page stays responsive with 100,000 records.
    mutationFn: async (file: File) => worker.run<ImportOutcome>({ kind: 'history', bytes: new Uint8Array(await file.arrayBuffer()), hashContactKeys: eff.settings.history.hashContactKeys }),
    onSuccess: (outcome: ImportOutcome) => {
      if (outcome.ok) setNotice({ kind: 'ok', text: t('history.admin.imported', { ...outcome.result }) });
      else if ('notJson' in outcome) setNotice({ kind: 'error', text: t('history.admin.notJson', { error: outcome.notJson }) });
      else if ('unreadable' in outcome) setNotice({ kind: 'error', text: t('history.admin.unreadable', { error: outcome.unreadable }) });
      else setNotice({ kind: 'error', text: t('history.admin.rejected'), issues: outcome.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)) });
      void refresh();
    },
    onError: failed,
  });
  const clearing = useMutation({
    mutationFn: () => clearHistory(db),
    onSuccess: () => {
      setConfirming(false);
      setNotice({ kind: 'ok', text: t('history.admin.cleared') });
      void refresh();
    },
    onError: failed,
  });
  const busy = exporting.isPending || importing.isPending || clearing.isPending;

  return (
    <div className="setting history-admin" data-testid="history-admin">
      <p data-testid="history-count">{count.data !== undefined ? t('history.admin.count', { count: count.data }) : count.error ? t('history.admin.error', { error: count.error.message }) : '…'}</p>
      <div className="control">
        <button type="button" disabled={busy} onClick={() => exporting.mutate()} data-testid="history-export">
          {t('history.admin.export')}
        </button>
        <label className="history-import">
          {t('history.admin.import')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            data-testid="history-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) importing.mutate(file);
            }}
          />
        </label>
        {!confirming && (
          <button type="button" disabled={busy || !count.data} onClick={() => setConfirming(true)} data-testid="history-clear">
            {t('history.admin.clear')}
          </button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-label={t('history.admin.clear')} className="history-confirm">
          <p>{t('history.admin.confirmClear', { count: count.data ?? 0 })}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => clearing.mutate()} data-testid="history-clear-confirm">
            {t('history.admin.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('history.cancel')}
          </button>
        </div>
      )}
      {busy && <p className="description">{t('history.admin.working')}</p>}
      {importing.isPending && <ImportProgressBar progress={worker.progress} onCancel={worker.cancel} testId="history-import-progress" />}
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'field-error' : 'description'} data-testid="history-notice">
          <p>{notice.text}</p>
          {notice.issues && (
            <ul data-testid="history-issues">
              {notice.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
