import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Report } from '@/lib/reports/report';
import type { RepeatContact } from '@/lib/reports/repeat-contacts';
import { useI18n } from '@/lib/i18n';
import { categoryLabel } from '@/lib/history/labels';
import { MetricCard } from './MetricCard';
import type { Column } from './DataTable';
import { COLORS } from './colors';

type Unanswered = Report['unanswered'][number];
type KnowledgeRow = { measure: string; value: number };
const HEIGHT = 260;
/** Long questions are cut on the chart axis only; the table shows them whole. */
const short = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

/** Categories, knowledge hit rate, unanswered questions and repeat contacts. */
export function BreakdownCards({ report, file }: { report: Report; file: (name: string) => string }) {
  const { t, lang } = useI18n();
  const when = (ms: number) => new Date(ms).toLocaleString(lang);
  // Labels in the UI language; the CSV keeps the category id, which is what rules and exports use.
  const categories = report.categories.map((c) => ({
    id: c.category ?? '',
    category: c.category ? categoryLabel(c.category, lang === 'zh-CN' ? 'zh' : 'en') : t('reports.categories.none'),
    tickets: c.tickets,
  }));
  const k = report.knowledge;
  const knowledge: KnowledgeRow[] = [
    { measure: t('reports.col.shown'), value: k.shown },
    { measure: t('reports.col.used'), value: k.used },
    { measure: t('reports.col.useful'), value: k.useful },
    { measure: t('reports.col.notUseful'), value: k.notUseful },
  ];
  const repeat = report.repeatContacts.map((r) => ({ ...r, label: short(r.customer) }));
  return (
    <>
      <MetricCard
        id="categories"
        title="reports.categories.title"
        empty={categories.length === 0}
        rows={categories}
        columns={[
          { id: 'category', label: 'reports.col.category', cell: (r) => r.category, csv: (r) => r.id },
          { id: 'tickets', label: 'reports.col.tickets', cell: (r) => r.tickets, numeric: true },
        ]}
        csvName={file('categories')}
        chart={
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <PieChart>
              <Pie data={categories} dataKey="tickets" nameKey="category" outerRadius={90} label isAnimationActive={false}>
                {categories.map((c, i) => (
                  <Cell key={c.id} fill={COLORS.series[i % COLORS.series.length]} />
                ))}
              </Pie>
              <Tooltip />
              <Legend />
            </PieChart>
          </ResponsiveContainer>
        }
      />
      <MetricCard
        id="knowledge"
        title="reports.knowledge.title"
        note={t('reports.knowledge.note')}
        headline={k.hitRate === null ? undefined : t('reports.knowledge.rate', { rate: `${Math.round(k.hitRate * 1000) / 10}%` })}
        empty={k.shown === 0}
        rows={knowledge}
        columns={[
          { id: 'measure', label: 'reports.col.measure', cell: (r) => r.measure },
          { id: 'value', label: 'reports.col.value', cell: (r) => r.value, numeric: true },
        ]}
        csvName={file('knowledge-hit-rate')}
        chart={
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={knowledge}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="measure" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="value" name={t('reports.col.value')} fill={COLORS.calm} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <MetricCard<Unanswered>
        id="unanswered"
        title="reports.unanswered.title"
        empty={report.unanswered.length === 0}
        rows={report.unanswered}
        columns={[
          { id: 'question', label: 'reports.col.question', cell: (r) => r.text },
          { id: 'count', label: 'reports.col.count', cell: (r) => r.count, numeric: true },
          { id: 'last_asked', label: 'reports.col.lastAsked', cell: (r) => when(r.lastAskedAt), csv: (r) => new Date(r.lastAskedAt).toISOString() },
        ]}
        csvName={file('unanswered-questions')}
        chart={
          <ResponsiveContainer width="100%" height={Math.max(120, 32 * report.unanswered.length + 40)}>
            <BarChart data={report.unanswered.map((u) => ({ ...u, label: short(u.text) }))} layout="vertical" margin={{ left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={180} />
              <Tooltip />
              <Bar dataKey="count" name={t('reports.col.count')} fill={COLORS.mixed} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <MetricCard<RepeatContact>
        id="repeat"
        title="reports.repeat.title"
        note={t('reports.repeat.note')}
        empty={repeat.length === 0}
        rows={report.repeatContacts}
        columns={[
          { id: 'customer', label: 'reports.col.customer', cell: (r) => r.customer },
          { id: 'tickets', label: 'reports.col.tickets', cell: (r) => r.tickets, numeric: true },
          { id: 'ticket_ids', label: 'reports.col.ticketIds', cell: (r) => r.ticketIds.join(', ') },
          { id: 'last_contact', label: 'reports.col.lastSeen', cell: (r) => when(r.lastSeen), csv: (r) => new Date(r.lastSeen).toISOString() },
        ]}
        csvName={file('repeat-contacts')}
        chart={
          <ResponsiveContainer width="100%" height={Math.max(120, 32 * repeat.length + 40)}>
            <BarChart data={repeat} layout="vertical" margin={{ left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={180} />
              <Tooltip />
              <Bar dataKey="tickets" name={t('reports.col.tickets')} fill={COLORS.primary} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </>
  );
}
