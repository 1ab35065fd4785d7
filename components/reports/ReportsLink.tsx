import { useI18n } from '@/lib/i18n';

/** The options page's way into the reports page, which is its own extension page (its bundle never loads in the console). */
export function ReportsLink() {
  const { t } = useI18n();
  return (
    <div className="setting">
      <p className="description">{t('reports.openHint')}</p>
      <p>
        <a className="reports-open" href="/reports.html" target="_blank" rel="noopener" data-testid="open-reports">
          {t('reports.open')}
        </a>
      </p>
    </div>
  );
}
