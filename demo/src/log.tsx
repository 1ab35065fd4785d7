import type { DemoRole } from './conversations';

/** The demo agent's signature, which Zendesk puts inside the comment body: a mailbox and a hotline that are not the customer's. */
const AGENT_SIGNATURE = 'Alex Chen · Customer Care · care@example.com · +1 415 555 0100';

export interface LogEntry {
  id: string;
  role: DemoRole;
  author: string;
  text: string;
  time: string;
}

function relative(iso: string): string {
  const min = Math.round((Date.now() - Date.parse(iso)) / 60000);
  return min < 1 ? 'just now' : min < 60 ? `${min} min ago` : `${Math.round(min / 60)} h ago`;
}

/** The conversation log with Zendesk Agent Workspace's data-test-id hooks. */
export function ConversationLog({ entries }: { entries: LogEntry[] }) {
  return (
    <div className="log" data-test-id="omni-log-container" role="log" aria-live="polite">
      {entries.map((e) => (
        <article key={e.id} className={`log-item ${e.role}`} data-test-id="omni-log-comment-item" data-comment-id={e.id}>
          <div data-test-id="omni-log-item-message" {...({ type: e.role } as object)} className="message">
            <div className="sender">
              <a href={`#user-${e.author}`} data-test-id="omni-log-comment-user-link">
                {e.author}
              </a>
              {e.role === 'internal' && (
                <span className="note-tag" data-test-id="omni-log-internal-note-tag">
                  Internal note
                </span>
              )}
              <time data-test-id="timestamp-relative" dateTime={e.time} title={e.time}>
                {relative(e.time)}
              </time>
            </div>
            <div data-test-id="omni-log-message-content" className="content">
              {e.text}
              {/* Zendesk appends the agent's signature inside the comment body: it is not part of what the agent said. */}
              {e.role === 'agent' && (
                <div className="signature">
                  {AGENT_SIGNATURE}
                </div>
              )}
            </div>
            {e.role === 'agent' && (
              <div data-test-id="omni-log-item-read-indicator" className="read">
                Seen
              </div>
            )}
          </div>
        </article>
      ))}
    </div>
  );
}
