import { useI18n } from '@/lib/i18n';
import type { FeatureHost } from '@/lib/content/feature';
import type { Store } from '@/lib/content/panel-store';
import type { KnowledgeHit } from '@/lib/messaging/messages/knowledge';
import type { KnowledgeState } from '@/lib/content/features/knowledge/state';
import { copySuggestion, giveFeedback, insertSuggestion } from '@/lib/content/features/knowledge/actions';

/**
 * One suggestion. The snippet is article text rendered as React text nodes,
 * matched terms in <mark>: no markup from an article ever reaches the page.
 */
export function SuggestionCard(props: { hit: KnowledgeHit; n: number; state: KnowledgeState; store: Store<KnowledgeState>; host: FeatureHost }) {
  const { hit, n, state, store, host } = props;
  const { t } = useI18n();
  const action = state.action?.articleId === hit.id ? state.action : null;
  const verdict = state.feedback[hit.id];
  const shortcut = n <= 9 ? `Alt+${n}` : undefined;
  return (
    <li className="dm-kb-card" data-article={hit.id} data-related={hit.related ? 'true' : undefined}>
      <h3 className="dm-kb-title">{hit.title}</h3>
      {hit.related && (
        <p className="dm-kb-related" data-testid="dm-kb-related" title={t('knowledge.relatedHint')}>
          {t('knowledge.related', { percent: `${Math.round((hit.meaning ?? 0) * 100)}%` })}
        </p>
      )}
      <p className="dm-kb-snippet">
        {hit.snippet.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </p>
      <div className="dm-kb-actions">
        <button type="button" className="dm-btn dm-btn-primary" onClick={() => void insertSuggestion(host, store, hit)} title={shortcut && t('knowledge.insertShortcut', { keys: shortcut })} aria-keyshortcuts={shortcut}>
          {t('knowledge.insert')}
        </button>
        <button type="button" className="dm-btn" onClick={() => void copySuggestion(host, store, hit)}>
          {t('knowledge.copy')}
        </button>
        <span className="dm-kb-feedback" role="group" aria-label={t('knowledge.feedback')}>
          <button type="button" className="dm-btn" aria-pressed={verdict === 'useful'} onClick={() => giveFeedback(host, store, hit, 'useful')}>
            {t('knowledge.useful')}
          </button>
          <button type="button" className="dm-btn" aria-pressed={verdict === 'not-useful'} onClick={() => giveFeedback(host, store, hit, 'not-useful')}>
            {t('knowledge.notUseful')}
          </button>
        </span>
      </div>
      {action && (
        <p className={action.kind === 'failed' ? 'dm-error' : 'dm-kb-note'} role="status">
          {action.kind === 'failed' ? t('knowledge.failed', { error: action.error ?? '' }) : t(action.kind === 'copied' ? 'knowledge.copied' : 'knowledge.inserted')}
        </p>
      )}
      {action?.missing && action.missing.length > 0 && (
        <p className="dm-kb-note dm-kb-missing" role="status" data-testid="kb-missing-vars">
          {t('knowledge.missingVariables', { names: action.missing.map((n) => `[${n}]`).join(', ') })}
        </p>
      )}
    </li>
  );
}
