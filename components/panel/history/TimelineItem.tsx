import { useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { timelineLine, type RecordPatch, type TimelineEntry } from '@/lib/history';
import { RecordEditor } from './RecordEditor';

/** Only web links are followed: a ticket URL comes from stored (possibly imported) data, never trusted as a javascript: URL. */
export function safeTicketUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** One past contact: dated summary line (plain text), unresolved highlighted, link to the old ticket, inline edit. */
export function TimelineItem({ entry, onEdit }: { entry: TimelineEntry; onEdit: (id: string, patch: RecordPatch) => Promise<boolean> }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const href = safeTicketUrl(entry.ticketUrl);
  const kinds = entry.matchedBy.map((k) => t(`history.kind.${k}`)).join(', ');
  return (
    <li className={`dm-history-item ${entry.unresolved ? 'is-unresolved' : ''}`} data-testid="history-entry" data-ticket={entry.ticketId} data-unresolved={entry.unresolved}>
      <span className="dm-history-line" data-testid="history-line">
        {timelineLine(entry)}
      </span>
      <span className="dm-history-meta">
        {entry.unresolved && <span className="dm-history-badge">{t('history.unresolved')}</span>}
        <span className="dm-muted" data-testid="history-console">
          {entry.consoleName || entry.consoleId}
        </span>
        {kinds && <span className="dm-muted">{t('history.matchedBy', { kinds })}</span>}
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer">
            <bdi>{t('history.openTicket', { ticket: entry.ticketId })}</bdi>
          </a>
        )}
        {!editing && (
          <button type="button" className="dm-btn dm-history-edit" onClick={() => setEditing(true)}>
            {t('history.edit')}
          </button>
        )}
      </span>
      {entry.note && !editing && <span className="dm-history-note">{t('history.note', { note: entry.note })}</span>}
      {editing && <RecordEditor summary={entry.summary} note={entry.note} onSave={(patch) => onEdit(entry.id, patch)} onDone={() => setEditing(false)} />}
    </li>
  );
}
