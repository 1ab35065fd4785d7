import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { send } from '@/lib/messaging/client';
import { KnowledgeImport } from './KnowledgeImport';
import { HelpCenterSync } from './HelpCenterSync';
import { ArticleList } from './ArticleList';
import { UnansweredList } from './UnansweredList';
import { PhrasingList } from './PhrasingList';
import { RerankStatus } from './RerankStatus';
import './knowledge-admin.css';

import { KNOWLEDGE_QUERY_KEY } from './knowledge-query';

/**
 * The knowledge base on the options page: import, Help Center sync, articles,
 * unanswered questions, hit rate and which model re-ranks suggestions. Imports write the database directly
 * (same origin as the offscreen document) and then tell the offscreen
 * document, which rebuilds its search index.
 */
export function KnowledgeAdmin({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const db = useMemo(() => new DeskmateDb(), []);
  const client = useQueryClient();
  const changed = async () => {
    await send('knowledge.changed', {}).catch((err: Error) => console.warn('[deskmate] knowledge index not told:', err.message));
    await client.invalidateQueries({ queryKey: KNOWLEDGE_QUERY_KEY });
  };
  /** Phrasings edited or imported here: the index takes them, the article vectors stay. */
  const phrasingsChanged = async () => {
    await send('knowledge.phrasingsChanged', {}).catch((err: Error) => console.warn('[deskmate] knowledge index not told:', err.message));
    await client.invalidateQueries({ queryKey: KNOWLEDGE_QUERY_KEY });
  };
  const stats = useQuery({ queryKey: [...KNOWLEDGE_QUERY_KEY, 'stats'], queryFn: () => send('knowledge.stats', { days: 30 }) });
  const rate = stats.data?.hitRate;
  const policy = stats.data?.policyImport;
  return (
    <div className="setting knowledge-admin" data-testid="knowledge-admin">
      <RerankStatus eff={eff} />
      <KnowledgeImport db={db} onChanged={changed} />
      <HelpCenterSync db={db} onChanged={changed} />
      {policy && (
        <p className={policy.ok ? 'description' : 'field-error'} data-testid="knowledge-policy">
          {t('knowledge.admin.policy', { time: new Date(policy.time).toLocaleString(), outcome: policy.ok ? t('knowledge.admin.policyOk', { count: policy.count ?? 0 }) : (policy.error ?? '') })}
        </p>
      )}
      {rate && (
        <p className="description" data-testid="knowledge-hit-rate">
          {t('knowledge.admin.hitRate', { used: rate.used, shown: rate.shown, rate: `${Math.round(rate.rate * 100)}%`, useful: rate.useful, notUseful: rate.notUseful })}
        </p>
      )}
      <ArticleList db={db} />
      <UnansweredList db={db} />
      <PhrasingList db={db} onChanged={phrasingsChanged} />
    </div>
  );
}
