import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DeskmateDb } from '@/lib/db/database';
import { I18nContext } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import { buildReport } from '@/lib/reports/report';
import { lastDays, rangeFromDates } from '@/lib/reports/range';
import { useUiLanguage } from '../shared/useUiLanguage';
import { isValidRange, RangeFilter, type DayRange } from './RangeFilter';
import { DailyCards } from './DailyCards';
import { BreakdownCards } from './BreakdownCards';

/** The reports page: range filter on top, then one card per metric. Reads the extension database directly (same origin as the offscreen document). */
export function ReportsApp() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => send('settings.get', {}) });
  const i18n = useUiLanguage(settings.data?.settings.ui.language);
  const { t } = i18n;
  const db = useMemo(() => new DeskmateDb(), []);
  useEffect(() => void (document.title = t('reports.title')), [t]);
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const valid = isValidRange(range);
  const report = useQuery({
    queryKey: ['report', range.fromDay, range.toDay],
    queryFn: () => buildReport(db, rangeFromDates(range.fromDay, range.toDay)),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  const file = (name: string) => `deskmate-${name}-${range.fromDay}_${range.toDay}`;
  const r = report.data;
  return (
    <I18nContext.Provider value={i18n}>
      <div className="rp-page" lang={i18n.lang}>
        <header className="rp-top">
          <h1>{t('reports.title')}</h1>
          <p className="rp-note">{t('reports.intro')}</p>
          <RangeFilter value={range} onChange={setRange} />
          {r && (
            <p className="rp-headline" data-testid="report-summary">
              {t('reports.summary', { tickets: r.totals.tickets, escalations: r.totals.escalations, abusive: r.totals.abusiveMessages })}
            </p>
          )}
        </header>
        {report.isLoading && <p>{t('reports.loading')}</p>}
        {report.error && (
          <p role="alert" className="rp-error">
            {t('reports.error', { error: report.error.message })}
          </p>
        )}
        {r && (
          <main className="rp-grid">
            <DailyCards report={r} file={file} />
            <BreakdownCards report={r} file={file} />
          </main>
        )}
      </div>
    </I18nContext.Provider>
  );
}
