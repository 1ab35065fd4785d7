import { useState } from 'react';
import type { FeatureHost } from '@/lib/content/feature';
import { decide } from '@/lib/content/features/autofill/controller';
import { finalValue, isAccepted, type ReviewItem } from '@/lib/content/features/autofill/review';
import type { AutofillState } from '@/lib/content/features/autofill/state';
import type { Store } from '@/lib/content/panel-store';
import { CATEGORIES } from '@/lib/extract';
import { useI18n } from '@/lib/i18n';
import { EvidenceQuote } from './EvidenceQuote';
import { fieldLabel, PRIORITIES, valueLabel } from './labels';

/** One reviewed value: label, value, evidence, and accept / edit / ignore (all plain buttons, so keyboard operable). */
export function FieldRow({ item, state, store, host }: { item: ReviewItem; state: AutofillState; store: Store<AutofillState>; host: FeatureHost }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const accepted = isAccepted(item, state.decisions);
  const decision = state.decisions[item.key];
  const value = finalValue(item, state.decisions);
  const field = fieldLabel(t, item.kind);
  const shown = valueLabel(t, item.kind, value);
  const save = () => {
    if (draft !== null && draft.trim()) decide(store, item.key, { status: 'accepted', ...(draft.trim() !== item.value ? { edited: draft.trim() } : {}) });
    setDraft(null);
  };
  const choices = item.kind === 'priority' ? PRIORITIES : item.kind === 'category' ? [...new Set([...CATEGORIES, ...host.settings().settings.autofill.categoryRules.map((r) => r.category), item.value])] : null;

  return (
    <li className={`dm-af-row ${accepted ? 'is-accepted' : 'is-ignored'}`} data-kind={item.kind} data-value={value} data-accepted={String(accepted)}>
      <div className="dm-af-head">
        <span className="dm-af-label">{field}</span>
        {draft === null ? (
          <span className="dm-af-value" data-testid="af-value">
            {shown}
            {decision?.edited !== undefined && <span className="dm-muted"> ({item.kind === 'priority' || item.kind === 'category' ? valueLabel(t, item.kind, item.value) : item.value})</span>}
          </span>
        ) : (
          <form className="dm-af-edit" onSubmit={(e) => (e.preventDefault(), save())}>
            {choices ? (
              <select aria-label={t('autofill.editInput', { field })} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {valueLabel(t, item.kind, c)}
                  </option>
                ))}
              </select>
            ) : (
              <input aria-label={t('autofill.editInput', { field })} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setDraft(null)} autoFocus />
            )}
            <button type="submit" className="dm-btn">{t('autofill.save')}</button>
            <button type="button" className="dm-btn" onClick={() => setDraft(null)}>{t('autofill.cancel')}</button>
          </form>
        )}
      </div>
      {item.detail && <div className="dm-af-detail">{item.detail}</div>}
      {!item.suggested && !decision && <div className="dm-af-detail dm-muted">{t('autofill.notWritten')}</div>}
      {item.evidence.slice(0, 2).map((ev, i) => (
        <EvidenceQuote key={`${ev.messageId}:${ev.start}:${i}`} host={host} evidence={ev} field={field} />
      ))}
      {draft === null && (
        <div className="dm-af-actions">
          <button type="button" className="dm-btn" aria-pressed={decision?.status === 'accepted' || (!decision && accepted)} aria-label={t('autofill.acceptLabel', { field, value: shown })} onClick={() => decide(store, item.key, { ...decision, status: 'accepted' })}>
            {t('autofill.accept')}
          </button>
          {item.kind !== 'escalate' && (
            <button type="button" className="dm-btn" aria-label={t('autofill.editLabel', { field, value: shown })} onClick={() => setDraft(value)}>
              {t('autofill.edit')}
            </button>
          )}
          <button type="button" className="dm-btn" aria-pressed={!accepted} aria-label={t('autofill.ignoreLabel', { field, value: shown })} onClick={() => decide(store, item.key, { ...decision, status: 'ignored' })}>
            {t('autofill.ignore')}
          </button>
        </div>
      )}
    </li>
  );
}
