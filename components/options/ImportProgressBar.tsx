import { useI18n } from '@/lib/i18n';
import type { ImportProgress } from './useImportWorker';

/** A running import's phase and progress, with Cancel (the worker rolls back; nothing is imported). */
export function ImportProgressBar({ progress, onCancel, testId }: { progress: ImportProgress | null; onCancel: () => void; testId: string }) {
  const { t } = useI18n();
  const label = progress ? t(`options.import.${progress.phase}`, { done: progress.done, total: progress.total }) : t('options.import.decode', { done: 0, total: 0 });
  return (
    <div className="import-progress" data-testid={testId} role="status">
      <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={label} />
      <span className="description">{label}</span>{' '}
      <button type="button" onClick={onCancel} data-testid={`${testId}-cancel`}>
        {t('options.import.cancel')}
      </button>
    </div>
  );
}
