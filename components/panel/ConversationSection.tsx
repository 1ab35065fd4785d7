import type { TicketSnapshot } from '@/lib/consoles/adapter';
import { useI18n } from '@/lib/i18n';
import { Section } from './Section';

/** What Deskmate has read: the requester and every message, so an agent can trust what the other sections build on. */
export function ConversationSection({ snapshot }: { snapshot: TicketSnapshot }) {
  const { t } = useI18n();
  const r = snapshot.requester;
  return (
    <>
      <Section id="requester" title={t('panel.requester')}>
        <p className="dm-requester" data-testid="dm-requester">
          {/* Customer-supplied: <bdi> keeps a right-to-left override (U+202E) in a name from reordering the text around it. */}
          {r.name ? <bdi data-testid="dm-requester-name">{r.name}</bdi> : t('panel.unknown')}
          {r.email && (
            <span className="dm-muted">
              {' · '}
              <bdi>{r.email}</bdi>
            </span>
          )}
        </p>
      </Section>
      <Section id="messages" title={t('panel.messages', { count: snapshot.messages.length })} collapsible defaultOpen={false}>
        {snapshot.messages.length === 0 ? (
          <p className="dm-empty">{t('panel.messagesEmpty')}</p>
        ) : (
          <ol className="dm-messages" data-testid="dm-messages">
            {snapshot.messages.map((m) => (
              <li key={m.id} className={`dm-msg dm-role-${m.role}`} data-role={m.role}>
                <span className="dm-msg-who">{m.internal ? t('role.internal') : t(`role.${m.role}`)} · <bdi>{m.name}</bdi></span>
                <span className="dm-msg-text">{m.text}</span>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
