import { useEffect, useRef, useState } from 'react';

/** A React-controlled text input, as in Zendesk: setting `.value` from outside does not stick. */
export function TextField(props: { testId: string; label: string; value: string; onChange: (v: string) => void; multiline?: boolean }) {
  const id = `f-${props.testId}`;
  return (
    <div className="field" data-test-id={props.testId}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </div>
  );
}

/** Garden-style dropdown: a combobox button that opens a listbox of options (no native <select>). */
export function Dropdown(props: { testId: string; label: string; value: string; options: Array<[string, string]>; onChange: (v: string) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const current = props.options.find(([v]) => v === props.value)?.[1] ?? '-';
  return (
    <div className="field dropdown" data-test-id={props.testId} ref={ref}>
      <label>{props.label}</label>
      <button type="button" role="combobox" aria-expanded={open} aria-haspopup="listbox" data-garden-id="dropdowns.combobox" onClick={() => setOpen(!open)}>
        {current}
      </button>
      {open && (
        <ul role="listbox">
          {props.options.map(([value, label]) => (
            <li
              key={value}
              role="option"
              data-value={value}
              aria-selected={value === props.value}
              onClick={() => {
                props.onChange(value);
                setOpen(false);
              }}
            >
              {label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Tags: selected tags as removable items, and an input that adds one on Enter or comma. */
export function TagsField(props: { tags: string[]; onChange: (tags: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const t = draft.trim().replace(/,$/, '');
    if (t && !props.tags.includes(t)) props.onChange([...props.tags, t]);
    setDraft('');
  };
  return (
    <div className="field" data-test-id="ticket-system-field-tags">
      <label>Tags</label>
      <div className="tags">
        {props.tags.map((t) => (
          <span key={t} className="tag" data-test-id="ticket-system-field-tags-item-selected">
            {t}
            <button type="button" aria-label={`Remove ${t}`} onClick={() => props.onChange(props.tags.filter((x) => x !== t))}>
              ×
            </button>
          </span>
        ))}
        <input
          data-test-id="ticket-system-field-tags-input"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </div>
    </div>
  );
}
