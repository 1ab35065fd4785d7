import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayRow, Report } from '@/lib/reports/report';
import { SENTIMENT_BUCKETS } from '@/lib/reports/report';
import { useI18n } from '@/lib/i18n';
import { MetricCard } from './MetricCard';
import type { Column } from './DataTable';
import { COLORS } from './colors';

const HEIGHT = 240;
const day: Column<DayRow> = { id: 'day', label: 'reports.col.day', cell: (r) => r.day };
const num = (id: keyof DayRow & string, label: Column<DayRow>['label']): Column<DayRow> => ({ id, label, cell: (r) => r[id], numeric: true });

/** Tickets, sentiment mix with abusive messages, and escalations, one card each, over every day of the range. */
export function DailyCards({ report, file }: { report: Report; file: (name: string) => string }) {
  const { t } = useI18n();
  const rows = report.days;
  const none = report.totals.tickets === 0;
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} />
      <YAxis allowDecimals={false} />
      <Tooltip />
    </>
  );
  return (
    <>
      <MetricCard
        id="tickets"
        title="reports.tickets.title"
        note={t('reports.tickets.note')}
        empty={none}
        rows={rows}
        columns={[day, num('tickets', 'reports.col.tickets')]}
        csvName={file('tickets-per-day')}
        chart={
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={rows}>
              {axes}
              <Bar dataKey="tickets" name={t('reports.col.tickets')} fill={COLORS.primary} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <MetricCard
        id="sentiment"
        title="reports.sentiment.title"
        note={t('reports.sentiment.note', { mixed: SENTIMENT_BUCKETS.mixedFrom * 100, negative: SENTIMENT_BUCKETS.negativeFrom * 100 })}
        empty={none}
        rows={rows}
        columns={[day, num('calm', 'reports.col.calm'), num('mixed', 'reports.col.mixed'), num('negative', 'reports.col.negative'), num('unknown', 'reports.col.unknown'), num('abusiveMessages', 'reports.col.abusive')]}
        csvName={file('sentiment-per-day')}
        chart={
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <ComposedChart data={rows}>
              {axes}
              <Legend />
              <Bar dataKey="calm" stackId="s" name={t('reports.col.calm')} fill={COLORS.calm} isAnimationActive={false} />
              <Bar dataKey="mixed" stackId="s" name={t('reports.col.mixed')} fill={COLORS.mixed} isAnimationActive={false} />
              <Bar dataKey="negative" stackId="s" name={t('reports.col.negative')} fill={COLORS.negative} isAnimationActive={false} />
              <Bar dataKey="unknown" stackId="s" name={t('reports.col.unknown')} fill={COLORS.muted} isAnimationActive={false} />
              <Line dataKey="abusiveMessages" name={t('reports.col.abusive')} stroke={COLORS.abusive} strokeWidth={2} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        }
      />
      <MetricCard
        id="escalations"
        title="reports.escalations.title"
        empty={none}
        rows={rows}
        columns={[day, num('escalations', 'reports.col.escalations')]}
        csvName={file('escalations-per-day')}
        chart={
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <LineChart data={rows}>
              {axes}
              <Line dataKey="escalations" name={t('reports.col.escalations')} stroke={COLORS.negative} strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        }
      />
    </>
  );
}
