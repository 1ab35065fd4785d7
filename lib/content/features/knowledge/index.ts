import { defineFeature } from '../../feature';
import { Store } from '../../panel-store';
import { KnowledgeSection } from '../../../../components/panel/knowledge/KnowledgeSection';
import { insertSuggestion, onAllNotUseful } from './actions';
import { initialKnowledgeState, shortcutIndex, type KnowledgeState } from './state';
import { followConversation } from './suggestions';

/**
 * Knowledge suggestions (issue 5): the best articles for what the customer is
 * saying, with Copy, Insert (variables filled) and feedback. Alt+1…9 insert
 * the n-th suggestion, from anywhere on the console page.
 */
export const knowledgeFeature = defineFeature<KnowledgeState>({
  id: 'knowledge',
  order: 30,
  enabled: (eff) => eff.settings.features.knowledge,
  start(host) {
    const store = new Store<KnowledgeState>(initialKnowledgeState);
    const follower = followConversation(host, store);
    onAllNotUseful(store, follower.allNotUseful);
    window.addEventListener(
      'keydown',
      (e) => {
        // Alt+1…9 write into the composer: only on the agent's own keystrokes, never on a page's synthetic KeyboardEvent.
        if (!e.isTrusted) return;
        const n = shortcutIndex(e);
        const hit = n === null ? undefined : store.get().hits[n];
        if (!hit) return;
        e.preventDefault();
        e.stopPropagation();
        void insertSuggestion(host, store, hit);
      },
      { capture: true, signal: host.signal },
    );
    return store;
  },
  Section: KnowledgeSection,
});
