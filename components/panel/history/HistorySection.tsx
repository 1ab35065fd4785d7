import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '@/lib/i18n';
import type { FeatureHost } from '@/lib/content/feature';
import type { Store } from '@/lib/content/panel-store';
import type { HistoryState } from '@/lib/content/features/history/history-session';
import { Section } from '../Section';
import { RecordEditor } from './RecordEditor';
import { TimelineItem } from './TimelineItem';

const WINDOW_DAYS = 30;

/** The returning customer's timeline, this ticket's own record, and the write-back action. */
export function HistorySection({ store }: { store: Store<HistoryState>; host: FeatureHost }) {
  const { t } = useI18n();
  const s = useSyncExternalStore(store.subscribe, store.get);
  const [editingCurrent, setEditingCurrent] = useState(false);
  const { timeline, current, actions } = s;
  return (
    <Section id="history" title={t('history.title')}>
      {s.error && (
        <p className="dm-error" role="alert" data-testid="history-error">
          {s.error.kind === 'quota' ? t('history.quota') : t('history.error', { error: s.error.message })}
        </p>
      )}
      {!timeline && s.loading && <p className="dm-empty">{t('history.loading')}</p>}
      {timeline && timeline.records.length === 0 && <p className="dm-empty" data-testid="history-first">{t('history.firstContact')}</p>}
      {timeline && timeline.records.length > 0 && (
        <>
          <p className="dm-history-returning" data-testid="history-returning">
            {timeline.contactsInWindow > 0
              ? t(timeline.contactsInWindow === 1 ? 'history.returningOne' : 'history.returning', { count: timeline.contactsInWindow, days: WINDOW_DAYS })
              : t('history.olderOnly', { days: WINDOW_DAYS })}
          </p>
          <ol className="dm-history-list" data-testid="history-timeline">
            {timeline.records.map((entry) => (
              <TimelineItem key={entry.id} entry={entry} onEdit={actions.edit} />
            ))}
          </ol>
        </>
      )}
      <div className="dm-history-current" data-testid="history-current">
        <span className="dm-history-current-title">{t('history.thisTicket')}</span>
        {!current && <span className="dm-muted"> {t('history.notRecorded')}</span>}
        {current && !editingCurrent && (
          <>
            <span className="dm-history-line" data-testid="history-current-summary">
              {current.summary}
            </span>
            {current.note && <span className="dm-history-note">{t('history.note', { note: current.note })}</span>}
            {(current.visits ?? 1) > 1 && (
              <span className="dm-muted" data-testid="history-revisit">
                {t('history.revisit', { visits: String(current.visits), first: new Date(current.firstSeen).toLocaleDateString() })}
              </span>
            )}
            <span className="dm-history-meta">
              <button type="button" className="dm-btn" onClick={() => setEditingCurrent(true)}>
                {t('history.edit')}
              </button>
              <button type="button" className="dm-btn dm-btn-primary" data-testid="history-writeback" disabled={s.writeBack.state === 'writing'} onClick={() => void actions.writeBack()}>
                {t('history.writeBack')}
              </button>
            </span>
          </>
        )}
        {current && editingCurrent && <RecordEditor summary={current.summary} note={current.note} onSave={(patch) => actions.edit(current.id, patch)} onDone={() => setEditingCurrent(false)} />}
        {s.writeBack.state === 'done' && (
          <p className="dm-muted" role="status" data-testid="history-writeback-done">
            {t('history.writeBack.done')}
          </p>
        )}
        {s.writeBack.state === 'error' && (
          <p className="dm-error" role="alert" data-testid="history-writeback-error">
            {t('history.writeBack.error', { error: s.writeBack.message })}
          </p>
        )}
      </div>
    </Section>
  );
}
