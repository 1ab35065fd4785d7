import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '@/lib/i18n';
import type { FeatureHost } from '@/lib/content/feature';
import type { Store } from '@/lib/content/panel-store';
import type { ClassifyState } from '@/lib/content/features/classify/state';
import { raisePriority, undoRaise } from '@/lib/content/features/classify/raise-priority';
import { Section } from '../Section';
import { MoodTrend } from './MoodTrend';

export function ClassifySection({ store, host }: { store: Store<ClassifyState>; host: FeatureHost }) {
  const { t } = useI18n();
  const s = useSyncExternalStore(store.subscribe, store.get);
  const [busy, setBusy] = useState(false);
  const model = s.model;
  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section id="classify" title={t('classify.title')}>
      {s.escalation.escalate && (
        <div className="dm-escalation" role="alert" data-testid="dm-escalation">
          <strong>{t('classify.escalate.title')}</strong>
          <ul>
            {s.escalation.reasons.map((r) => (
              <li key={r.signal} data-signal={r.signal}>
                {t(`classify.escalate.${r.signal}`, { count: r.signal === 'abuse' ? r.messageIds.length : r.detail, detail: r.detail })}
              </li>
            ))}
          </ul>
          {s.raised ? (
            <p className="dm-raised">
              {t('classify.escalate.raised', { old: s.raised.oldValue || '-', new: s.raised.newValue })}{' '}
              <button type="button" className="dm-btn" disabled={busy} onClick={() => void act(() => undoRaise(host, store))}>
                {t('classify.escalate.undo')}
              </button>
            </p>
          ) : (
            <button type="button" className="dm-btn dm-btn-primary" disabled={busy} onClick={() => void act(() => raisePriority(host, store))} data-testid="dm-raise-priority">
              {t('classify.escalate.raise')}
            </button>
          )}
        </div>
      )}
      {model?.state === 'loading' && (
        <p className="dm-muted" data-testid="dm-model-state" data-state="loading">
          {t('classify.model.loading', { percent: Math.round(model.progress * 100) })}
          <progress max={1} value={model.progress} />
        </p>
      )}
      {model?.state === 'error' && <p className="dm-error" data-testid="dm-model-state" data-state="error">{t('classify.model.error', { message: model.message ?? '' })}</p>}
      {model?.state === 'ready' && (
        <p className="dm-muted" data-testid="dm-model-state" data-state="ready" data-source={model.source}>
          {t('classify.model.ready', { source: t(model.source === 'mirror' ? 'classify.model.mirror' : 'classify.model.bundled') })}
          {model.message && <span className="dm-fallback"> · {t('classify.model.fallback', { message: model.message })}</span>}
        </p>
      )}
      <MoodTrend points={s.trend} />
      {s.maskedCount > 0 && <p className="dm-muted" data-testid="dm-masked-count">{t('classify.masked', { count: s.maskedCount })}</p>}
      {s.error && <p className="dm-error">{t('classify.error', { error: s.error })}</p>}
    </Section>
  );
}
