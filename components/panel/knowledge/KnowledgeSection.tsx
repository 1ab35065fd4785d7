import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '@/lib/i18n';
import type { FeatureHost } from '@/lib/content/feature';
import type { Store } from '@/lib/content/panel-store';
import type { KnowledgeState } from '@/lib/content/features/knowledge/state';
import { lookupArticles } from '@/lib/content/features/knowledge/actions';
import { Section } from '../Section';
import { SuggestionCard } from './SuggestionCard';

/** The best knowledge-base answers for what the customer is saying now, and the agent's own search when they miss. */
export function KnowledgeSection({ store, host }: { store: Store<KnowledgeState>; host: FeatureHost }) {
  const { t } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.get);
  let body;
  if (state.status === 'error') body = <p className="dm-error">{t('knowledge.error', { error: state.error ?? '' })}</p>;
  else if (state.articles === 0) body = <p className="dm-empty" data-testid="dm-knowledge-empty-kb">{t('knowledge.emptyKb')}</p>;
  else if (state.lookup && state.status === 'ready' && state.hits.length === 0) body = <p className="dm-empty">{t('knowledge.lookupNone', { query: state.lookup })}</p>;
  else if (state.status === 'ready' && !state.asked && !state.lookup) body = <p className="dm-empty">{t('knowledge.noQuestion')}</p>;
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
      {state.articles !== 0 && <LookupForm store={store} host={host} lookup={state.lookup} />}
      {body}
      {state.unanswered && state.hits.length > 0 && !state.lookup && <p className="dm-kb-note">{t('knowledge.logged')}</p>}
    </Section>
  );
}

/** The agent's own search: text typed here is never sent anywhere but the extension's own index. */
function LookupForm({ store, host, lookup }: { store: Store<KnowledgeState>; host: FeatureHost; lookup: string | null }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <form
      className="dm-kb-lookup"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        void lookupArticles(host, store, text);
      }}
    >
      <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('knowledge.lookup')} aria-label={t('knowledge.lookup')} data-testid="dm-kb-lookup" />
      {lookup && (
        <p className="dm-kb-note">
          {t('knowledge.lookupResults', { query: lookup })}{' '}
          <button
            type="button"
            className="dm-btn"
            onClick={() => {
              setText('');
              // Back to the suggestions: followConversation sees the lookup end and searches again.
              store.set({ lookup: null });
            }}
          >
            {t('knowledge.lookupClear')}
          </button>
        </p>
      )}
    </form>
  );
}
