import { useI18n, type MessageKey } from '@/lib/i18n';
import type { StepResult } from '@/lib/picker/session';
import { isFieldStep, fieldKeyOf, type StepId } from '@/lib/picker/steps';

export interface StepRowProps {
  id: StepId;
  result: StepResult | undefined;
  armed: boolean;
  required: boolean;
  /** Messages of every kind the item selector finds (for "found in 4 of 5"). */
  itemCount: number;
  onArm: () => void;
  onClear: () => void;
  onWiden: () => void;
  onChoose: (selector: string) => void;
  onFocus: () => void;
  children?: React.ReactNode;
}

/** One thing to point at: its state, the selector in use, the alternatives, and what is wrong with it. */
export function StepRow(p: StepRowProps) {
  const { t } = useI18n();
  const label = isFieldStep(p.id) ? fieldKeyOf(p.id) : t(`picker.step.${p.id}` as MessageKey);
  const r = p.result;
  const current = r?.candidates.find((c) => c.selector === r.selector);
  const state = !r ? (p.required ? 'missing' : 'empty') : r.problem ? 'problem' : current?.fragile || (current?.coverage ?? 1) < 1 ? 'weak' : 'ok';
  return (
    <li className={`dp-step is-${state}`} data-step={p.id} data-state={state} onFocus={p.onFocus} onMouseEnter={p.onFocus}>
      <div className="dp-step-head">
        <span className="dp-step-label">
          {label}
          {!p.required && !r && <span className="dp-muted"> · {t('picker.optional')}</span>}
        </span>
        <button type="button" className={`dp-btn ${p.armed ? 'is-armed' : ''}`} aria-pressed={p.armed} onClick={p.onArm} data-testid={`pick-${p.id}`}>
          {p.armed ? t('picker.picking') : r ? t('picker.repick') : t('picker.pick')}
        </button>
        {r && (
          <button type="button" className="dp-btn dp-btn-quiet" onClick={p.onWiden} title={t('picker.larger')} aria-label={`${t('picker.larger')}: ${label}`} data-testid={`widen-${p.id}`}>
            ⤴
          </button>
        )}
        {r && (
          <button type="button" className="dp-btn dp-btn-quiet" onClick={p.onClear} aria-label={`${t('picker.clear')}: ${label}`}>
            ×
          </button>
        )}
      </div>
      {!r && p.required && <p className="dp-flag">{t('picker.cannotFind')}: {t('picker.notPicked')}</p>}
      {r?.problem && (
        <p className="dp-flag" role="alert">
          {t(`picker.problem.${r.problem}` as MessageKey)}
        </p>
      )}
      {r && r.candidates.length > 0 && (
        <div className="dp-step-body">
          <label className="dp-alt">
            <span className="dp-muted">{t('picker.alternatives')}</span>
            <select value={r.selector} onChange={(e) => p.onChoose(e.target.value)} data-testid={`selector-${p.id}`}>
              {r.candidates.map((c) => (
                <option key={c.selector} value={c.selector}>
                  {c.selector}
                </option>
              ))}
            </select>
          </label>
          {current && (
            <p className="dp-muted dp-info" data-testid={`info-${p.id}`}>
              {current.coverage !== undefined
                ? t('picker.coverage', { found: Math.round(current.coverage * p.itemCount), total: p.itemCount })
                : p.id.endsWith('Message') || p.id === 'internalNote'
                  ? t('picker.matchesMessages', { count: current.matches })
                  : t('picker.matches', { count: current.matches })}
              {current.fragile && <span className="dp-warn"> · {t('picker.fragile')}</span>}
            </p>
          )}
        </div>
      )}
      {p.children}
    </li>
  );
}
