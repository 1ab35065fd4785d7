import { useRef, useState } from 'react';
import type { DemoTicket } from './conversations';
import { Dropdown, TagsField, TextField } from './fields';
import { ConversationLog, type LogEntry } from './log';

export interface TicketState extends Omit<DemoTicket, 'messages' | 'live'> {
  requesterName: string;
  log: LogEntry[];
  /** What the composer posts: a public reply or an internal note (Zendesk's channel switcher). */
  composerMode: 'public' | 'internal';
}

const PRIORITIES: Array<[string, string]> = [['', '-'], ['low', 'Low'], ['normal', 'Normal'], ['high', 'High'], ['urgent', 'Urgent']];
const TYPES: Array<[string, string]> = [['', '-'], ['question', 'Question'], ['incident', 'Incident'], ['problem', 'Problem'], ['task', 'Task']];
const STATUSES: Array<[string, string]> = [['new', 'New'], ['open', 'Open'], ['pending', 'Pending'], ['solved', 'Solved']];

export function TicketWorkspace(props: { ticket: TicketState; active: boolean; onChange: (patch: Partial<TicketState>) => void; onSubmit: (text: string, status: TicketState['status']) => void }) {
  const t = props.ticket;
  const set = (patch: Partial<TicketState>) => props.onChange(patch);
  const custom = (key: string) => (v: string) => set({ custom: { ...t.custom, [key]: v } });
  return (
    <section className="workspace" data-test-id="ticket-workspace" data-ticket-id={t.id} hidden={!props.active} aria-label={`Ticket #${t.id}`}>
      <aside className="ticket-fields" data-test-id="ticket-properties">
        <div className="field" data-test-id="ticket-system-field-requester-select">
          <label htmlFor={`req-${t.id}`}>Requester</label>
          <input id={`req-${t.id}`} value={t.requesterName} onChange={(e) => set({ requesterName: e.target.value })} data-user-id={t.requester.userId} data-email={t.requester.email} />
          {t.requester.email && <div className="hint">{t.requester.email}</div>}
        </div>
        <TagsField tags={t.tags} onChange={(tags) => set({ tags })} />
        <Dropdown testId="ticket-fields-type-select" label="Type" value={t.type} options={TYPES} onChange={(v) => set({ type: v as TicketState['type'] })} />
        <Dropdown testId="ticket-fields-priority-select" label="Priority" value={t.priority} options={PRIORITIES} onChange={(v) => set({ priority: v as TicketState['priority'] })} />
        <div className="field" data-test-id="ticket-fields-status-view">
          <label>Status</label>
          <span className={`status ${t.status}`}>{t.status}</span>
        </div>
        <TextField testId="ticket-form-field-text-custom_order_number" label="Order number" value={t.custom.custom_order_number ?? ''} onChange={custom('custom_order_number')} />
        <TextField testId="ticket-form-field-text-custom_tracking_number" label="Tracking number" value={t.custom.custom_tracking_number ?? ''} onChange={custom('custom_tracking_number')} />
        <TextField testId="ticket-form-field-text-custom_phone" label="Phone" value={t.custom.custom_phone ?? ''} onChange={custom('custom_phone')} />
        {/* A custom field as a real Zendesk form names it (by its numeric id), for the field-mapping setting. */}
        <TextField testId="ticket-form-field-text-field-360001" label="ERP order ref" value={t.custom['field-360001'] ?? ''} onChange={custom('field-360001')} />
        <TextField testId="ticket-form-field-textarea-custom_description" label="Description" multiline value={t.custom.custom_description ?? ''} onChange={custom('custom_description')} />
      </aside>
      <div className="conversation">
        <header className="ticket-header">
          <input aria-label="Subject" data-test-id="omni-header-subject" value={t.subject} onChange={(e) => set({ subject: e.target.value })} />
          <span className="ticket-id">#{t.id}</span>
        </header>
        <ConversationLog entries={t.log} />
        <Composer ticketId={t.id} onSubmit={props.onSubmit} status={t.status} mode={t.composerMode} onMode={(composerMode) => set({ composerMode })} />
      </div>
    </section>
  );
}

/** Contenteditable composer (CKEditor-like): its text is read from the DOM on submit. */
const CHANNELS: Array<[string, string]> = [['public', 'Public reply'], ['internal', 'Internal note']];

function Composer(props: { ticketId: string; status: TicketState['status']; mode: TicketState['composerMode']; onMode: (m: TicketState['composerMode']) => void; onSubmit: (text: string, status: TicketState['status']) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [length, setLength] = useState(0);
  const submit = (status: TicketState['status']) => {
    const text = ref.current?.innerText.trim() ?? '';
    if (!text && status === props.status) return;
    props.onSubmit(text, status);
    if (ref.current) ref.current.textContent = '';
    setLength(0);
  };
  return (
    <div className={`composer ${props.mode}`} data-test-id="ticket-rich-text-editor">
      <Dropdown testId="omnicomposer-channel-select" label="Channel" value={props.mode} options={CHANNELS} onChange={(v) => props.onMode(v as TicketState['composerMode'])} />
      <div
        ref={ref}
        className="editor"
        data-test-id="omnicomposer-rich-text-ckeditor"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Reply"
        onInput={(e) => setLength((e.target as HTMLElement).innerText.length)}
      />
      <div className="composer-actions">
        <span className="count">{length} chars</span>
        <button type="button" data-test-id="submit-button-open" onClick={() => submit('open')}>Submit as Open</button>
        <button type="button" data-test-id="submit-button-pending" onClick={() => submit('pending')}>Submit as Pending</button>
        <button type="button" data-test-id="submit-button-solved" onClick={() => submit('solved')}>Submit as Solved</button>
      </div>
    </div>
  );
}
