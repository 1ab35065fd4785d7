import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import type { LookupConnector } from '@/lib/lookups';
import { checkDraft, draftText, NEW_CONNECTOR } from './connector-draft';
import { ConnectorTest } from './ConnectorTest';

/** JSON editor for one connector, validated as it is typed, with every problem named by field path. */
export function ConnectorEditor(props: { list: LookupConnector[]; index: number | null; onSave: (next: LookupConnector[]) => void; onCancel: () => void; saving: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(() => draftText(props.index === null ? NEW_CONNECTOR : props.list[props.index]!));
  const check = useMemo(() => checkDraft(text, props.list, props.index), [text, props.list, props.index]);
  return (
    <div className="lookups-editor">
      <label htmlFor={id}>{t('lookups.admin.editorLabel')}</label>
      <textarea id={id} className="json" data-testid="lookups-editor" rows={18} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      {check.jsonError && (
        <p className="field-error" role="alert">
          {t('lookups.admin.invalidJson', { error: check.jsonError })}
        </p>
      )}
      {check.issues.length > 0 && (
        <div role="alert">
          <p className="field-error">{t('lookups.admin.fixIssues')}</p>
          <ul className="field-error" data-testid="lookups-issues">
            {check.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="lookups-actions">
        <button type="button" className="primary" disabled={!check.next || props.saving} onClick={() => check.next && props.onSave(check.next)}>
          {t('lookups.admin.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('lookups.admin.cancel')}
        </button>
      </div>
      {check.parsed !== undefined && check.issues.length === 0 && <ConnectorTest connector={check.parsed} />}
    </div>
  );
}
