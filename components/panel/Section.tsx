import { useId, useState, type ReactNode } from 'react';

/** A titled panel section; collapsible ones are keyboard operable through their heading button. */
export function Section(props: { id: string; title: ReactNode; children: ReactNode; collapsible?: boolean; defaultOpen?: boolean; actions?: ReactNode }) {
  const [open, setOpen] = useState(props.defaultOpen ?? true);
  const bodyId = useId();
  return (
    <section className="dm-section" data-section={props.id}>
      <h2 className="dm-section-title">
        {props.collapsible ? (
          <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {props.title}
          </button>
        ) : (
          props.title
        )}
        {props.actions && <span className="dm-section-actions">{props.actions}</span>}
      </h2>
      {(open || !props.collapsible) && <div id={bodyId}>{props.children}</div>}
    </section>
  );
}
