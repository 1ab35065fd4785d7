import { useSyncExternalStore } from 'react';
import { useI18n } from '@/lib/i18n';
import type { FeatureHost } from '@/lib/content/feature';
import type { Store } from '@/lib/content/panel-store';
import type { LookupsState } from '@/lib/content/features/lookups/lookup-cards';
import { Section } from '../Section';
import { LookupCardView } from './LookupCardView';

/** One card per lookup the active ticket triggered. */
export function LookupsSection({ store, host }: { store: Store<LookupsState>; host: FeatureHost }) {
  const { t } = useI18n();
  const { cards } = useSyncExternalStore(store.subscribe, store.get);
  return (
    <Section id="lookups" title={t('lookups.title')} collapsible>
      {cards.length === 0 ? (
        <p className="dm-empty">{t('lookups.empty')}</p>
      ) : (
        <div className="dm-lookups">
          {cards.map((card) => (
            <LookupCardView key={card.key} card={card} store={store} host={host} />
          ))}
        </div>
      )}
    </Section>
  );
}
