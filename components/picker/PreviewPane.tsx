import { useI18n, type MessageKey } from '@/lib/i18n';
import type { Preview } from '@/lib/picker/preview';

/** The conversation as the draft definition reads it now, through the adapter the panel will use. */
export function PreviewPane({ preview, ready }: { preview: Preview; ready: boolean }) {
  const { t } = useI18n();
  if (!ready) return <p className="dp-muted">{t('picker.previewNothing')}</p>;
  if (!preview.ok) {
    return (
      <ul className="dp-problems" data-testid="picker-issues">
        {preview.issues.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    );
  }
  const c = preview.counts;
  return (
    <div className="dp-preview" data-testid="picker-preview">
      <p>
        <strong data-testid="preview-ticket">{preview.ticketId ? t('picker.previewTicket', { ticket: preview.ticketId }) : t('picker.previewNoTicket')}</strong>
        {preview.subject && <> · {preview.subject}</>}
      </p>
      {(preview.requester.name || preview.requester.email || preview.requester.phone) && (
        <p className="dp-muted" data-testid="preview-requester">
          {[preview.requester.name, preview.requester.email, preview.requester.phone].filter(Boolean).join(' · ')}
        </p>
      )}
      <p data-testid="preview-counts">{t('picker.previewCounts', { total: preview.messages.length, customer: c.customer, agent: c.agent, internal: c.internal })}</p>
      {preview.problems.length > 0 && (
        <ul className="dp-problems" data-testid="preview-problems">
          {preview.problems.map((p) => (
            <li key={p}>
              {t('picker.cannotFind')}: {p}
            </li>
          ))}
        </ul>
      )}
      <ol className="dp-messages">
        {preview.messages.slice(0, 50).map((m, i) => (
          <li key={i} className={`dp-msg dp-role-${m.role}`} data-role={m.role} data-internal={m.internal || undefined}>
            <span className="dp-msg-who">
              {t(`picker.role.${m.internal ? 'internal' : m.role}` as MessageKey)}
              {m.name && <> · <span data-testid="preview-author">{m.name}</span></>}
              {m.time && <> · {new Date(m.time).toLocaleString()}</>}
            </span>
            <span className="dp-msg-text">{m.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
