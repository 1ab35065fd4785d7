import { useSyncExternalStore } from 'react';
import type { FeatureHost } from '@/lib/content/feature';
import { fillTicket, undoLastFill } from '@/lib/content/features/autofill/controller';
import type { AutofillState } from '@/lib/content/features/autofill/state';
import type { Store } from '@/lib/content/panel-store';
import { useI18n } from '@/lib/i18n';
import { Section } from '../Section';
import { FieldRow } from './FieldRow';
import { FillStatusLine } from './FillStatusLine';

/** Kinds that are details of the customer; without any of them the card shows its empty state. */
const DETAIL_KINDS = new Set(['name', 'phone', 'email', 'order_id', 'tracking_number']);

/** The review card: every extracted value with its evidence, then Fill ticket and Undo. */
export function AutofillSection({ store, host }: { store: Store<AutofillState>; host: FeatureHost }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { t } = useI18n();
  const { items, fill, timing } = state;
  const hasDetails = items.some((i) => DETAIL_KINDS.has(i.kind));
  const busy = fill.phase === 'busy';
  return (
    <Section id="autofill" title={t('autofill.title')}>
      <div data-testid="af-card" data-extract-ms={timing.lastMs.toFixed(2)} data-extract-max-ms={timing.maxMs.toFixed(2)} data-extract-last-longest-ms={timing.lastLongestMs.toFixed(2)} data-warm-up-ms={timing.warmUpMs.toFixed(2)}>
        {state.error && (
          <p className="dm-error" role="alert">
            {t('autofill.error', { error: state.error })}
          </p>
        )}
        {!hasDetails && <p className="dm-empty">{t('autofill.empty')}</p>}
        {items.length > 0 && (
          <ul className="dm-af-fields">
            {items.map((item) => (
              <FieldRow key={item.key} item={item} state={state} store={store} host={host} />
            ))}
          </ul>
        )}
        <div className="dm-af-footer">
          <button type="button" className="dm-btn dm-btn-primary" data-testid="af-fill" disabled={busy || !state.extraction} onClick={() => void fillTicket(host, store)}>
            {busy ? t('autofill.filling') : t('autofill.fill')}
          </button>
          {fill.phase === 'filled' && fill.record.results.some((r) => r.result.ok) && (
            <button type="button" className="dm-btn" data-testid="af-undo" onClick={() => void undoLastFill(host, store)}>
              {t('autofill.undo')}
            </button>
          )}
          <span className="dm-af-timing dm-muted">{t('autofill.timing', { count: timing.messages, ms: timing.lastMs.toFixed(1) })}</span>
        </div>
        <FillStatusLine state={state} />
      </div>
    </Section>
  );
}
