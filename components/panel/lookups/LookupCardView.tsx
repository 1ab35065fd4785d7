import { useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { fieldLabel, formatLookupMessage } from '@/lib/lookups';
import type { FeatureHost } from '@/lib/content/feature';
import type { Store } from '@/lib/content/panel-store';
import type { LookupCard, LookupsState } from '@/lib/content/features/lookups/lookup-cards';
import { replyText } from '@/lib/content/features/lookups/lookup-cards';
import { runCardLookup } from '@/lib/content/features/lookups/lookup-runner';
import { connectorFor, copyCard, insertCardReply, type ActionOutcome } from '@/lib/content/features/lookups/card-actions';
import { LookupAnswer } from './LookupAnswer';

type Note = { kind: 'copied' | 'inserted' } | { kind: 'failed'; error: string } | null;

/**
 * One lookup: what was asked, the answer as text (never HTML), when it was
 * fetched, and Refresh / Copy / Insert into reply.
 */
export function LookupCardView({ card, store, host }: { card: LookupCard; store: Store<LookupsState>; host: FeatureHost }) {
  const { t, lang: uiLang } = useI18n();
  const lang = uiLang === 'zh-CN' ? 'zh' : 'en';
  const [note, setNote] = useState<Note>(null);
  const result = card.result;
  const canInsert = replyText(card, connectorFor(host, card), lang) !== null;
  const act = (kind: 'copied' | 'inserted', action: () => Promise<ActionOutcome>) => async () => {
    const outcome = await action();
    setNote(outcome.ok ? { kind } : { kind: 'failed', error: outcome.error });
  };

  return (
    <article className="dm-lookup" data-connector={card.connectorId} data-state={card.loading ? 'loading' : (result?.status ?? 'problem')} aria-busy={card.loading}>
      <h3 className="dm-lookup-title">
        {card.name} <span className="dm-lookup-value">{card.value}</span>
      </h3>
      {card.loading && (
        <p className="dm-lookup-progress" role="status" data-testid="dm-lookup-progress">
          {card.attempt > 1 ? t('lookups.retrying', { attempt: card.attempt }) : t('lookups.loading', { system: card.system })}
        </p>
      )}
      {card.problem && !card.loading && <p className="dm-error">{t('lookups.problem', { error: card.problem })}</p>}
      {result?.status === 'error' && (
        <p className="dm-error" role="alert" data-testid="dm-lookup-error" data-kind={result.kind}>
          {formatLookupMessage(result.messageKey, result.params, lang)}
        </p>
      )}
      {result?.status === 'ok' && <LookupAnswer fields={result.fields} items={result.items} label={(f) => fieldLabel(f, lang)} itemsTitle={t('lookups.items', { count: result.items.length })} />}
      {result && (
        <p className="dm-lookup-meta" data-testid="dm-lookup-meta">
          {t('lookups.fetchedAt', { time: new Date(result.fetchedAt).toLocaleTimeString(uiLang) })}
          {result.attempts > 1 && ` · ${t('lookups.attempts', { attempts: result.attempts })}`}
        </p>
      )}
      <div className="dm-lookup-actions">
        <button type="button" className="dm-btn" disabled={card.loading} onClick={() => void runCardLookup(store, host, card, true)}>
          {t('lookups.refresh')}
        </button>
        <button type="button" className="dm-btn" disabled={result === null} onClick={act('copied', () => copyCard(host, card))}>
          {t('lookups.copy')}
        </button>
        {canInsert && (
          <button type="button" className="dm-btn dm-btn-primary" onClick={act('inserted', () => insertCardReply(host, card))}>
            {t('lookups.insert')}
          </button>
        )}
      </div>
      {note && (
        <p className={note.kind === 'failed' ? 'dm-error' : 'dm-lookup-note'} role="status">
          {note.kind === 'failed' ? t('lookups.actionFailed', { error: note.error }) : t(note.kind === 'copied' ? 'lookups.copied' : 'lookups.inserted')}
        </p>
      )}
    </article>
  );
}
