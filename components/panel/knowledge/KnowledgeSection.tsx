import { useSyncExternalStore } from 'react';
import { useI18n } from '@/lib/i18n';
import type { FeatureHost } from '@/lib/content/feature';
import type { Store } from '@/lib/content/panel-store';
import type { KnowledgeState } from '@/lib/content/features/knowledge/state';
import { Section } from '../Section';
import { SuggestionCard } from './SuggestionCard';

/** The best knowledge-base answers for what the customer is saying now. */
export function KnowledgeSection({ store, host }: { store: Store<KnowledgeState>; host: FeatureHost }) {
  const { t } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.get);
  let body;
  if (state.status === 'error') body = <p className="dm-error">{t('knowledge.error', { error: state.error ?? '' })}</p>;
  else if (state.articles === 0) body = <p className="dm-empty" data-testid="dm-knowledge-empty-kb">{t('knowledge.emptyKb')}</p>;
  else if (state.status === 'ready' && !state.asked) body = <p className="dm-empty">{t('knowledge.noQuestion')}</p>;
  else if (state.hits.length === 0)
    body = (
      <p className="dm-empty" data-testid="dm-knowledge-none">
        {state.status !== 'ready' ? t('knowledge.searching') : state.unanswered ? t('knowledge.none') : t('knowledge.noMatch')}
      </p>
    );
  else
    body = (
      <ol className="dm-kb-list" aria-label={t('knowledge.shortcutHint')}>
        {state.hits.map((hit, i) => (
          <SuggestionCard key={hit.id} hit={hit} n={i + 1} state={state} store={store} host={host} />
        ))}
      </ol>
    );
  return (
    <Section id="knowledge" title={t('knowledge.title')} collapsible>
      {body}
      {state.unanswered && state.hits.length > 0 && <p className="dm-kb-note">{t('knowledge.logged')}</p>}
    </Section>
  );
}
