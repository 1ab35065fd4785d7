import { useQuery } from '@tanstack/react-query';
import { useI18n, type Translate } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import type { EmbeddingStatus } from '@/lib/messaging/messages/knowledge';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { KNOWLEDGE_QUERY_KEY } from './knowledge-query';

/** While the model loads, ask again this often: a load takes about a second, a slow mirror longer. */
const POLL_MS = 1000;

/** The sentence a manager reads; the model's error text is shown as text, never as HTML. */
export function rerankStatusText(s: EmbeddingStatus, t: Translate): { text: string; problem: boolean } {
  switch (s.state) {
    case 'off':
      return { text: t('knowledge.admin.rerankOff'), problem: false };
    case 'idle':
    case 'loading':
      return { text: t('knowledge.admin.rerankLoading', { model: s.modelId }), problem: false };
    case 'error':
      return { text: t('knowledge.admin.rerankError', { model: s.modelId, error: s.message ?? '' }), problem: true };
    case 'ready': {
      const ready = t('knowledge.admin.rerankReady', { model: s.modelId, source: t(s.source === 'mirror' ? 'knowledge.admin.rerankMirror' : 'knowledge.admin.rerankBundled') });
      if (!s.fallback) return { text: ready, problem: false };
      const why =
        s.fallback === 'no-mirror'
          ? t('knowledge.admin.rerankNoMirror', { requested: s.requested ?? '' })
          : t('knowledge.admin.rerankMirrorFailed', { requested: s.requested ?? '', error: s.message ?? '' });
      return { text: `${ready} ${why}`, problem: true };
    }
  }
}

/**
 * Which model re-ranks suggestions, asked from the offscreen document (which loads it now if
 * needed, so the line shows the real outcome before any agent searches). Keyed by the two
 * settings involved, so changing either asks again.
 */
export function RerankStatus({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const { embeddingModelId } = eff.settings.knowledge;
  const { modelMirrorUrl } = eff.settings.classification;
  const status = useQuery({
    queryKey: [...KNOWLEDGE_QUERY_KEY, 'embedding', embeddingModelId, modelMirrorUrl],
    queryFn: () => send('knowledge.embeddingStatus', { warmup: true }),
    refetchInterval: (q) => (q.state.data && (q.state.data.state === 'idle' || q.state.data.state === 'loading') ? POLL_MS : false),
  });
  if (!status.data) return null;
  const { text, problem } = rerankStatusText(status.data, t);
  return (
    <p role="status" className={problem ? 'field-error' : 'description'} data-testid="knowledge-rerank-status" data-state={status.data.state} data-source={status.data.source}>
      {text}
    </p>
  );
}
