import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { useI18n } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings/effective';

const MODELS = ['deskmate-sentiment', 'deskmate-abuse', 'deskmate-embed'];
const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

/** Versions, the bundled models, and what is stored where and for how long. */
export function AboutSection({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const stats = useQuery({ queryKey: ['db-stats'], queryFn: () => send('db.stats', {}) });
  const models = useQuery({
    queryKey: ['model-configs'],
    queryFn: () => Promise.all(MODELS.map(async (id) => ({ id, config: (await (await fetch(url(`/models/${id}/config.json`))).json()) as { id2label?: Record<string, string>; hidden_size?: number } }))),
  });
  return (
    <div className="about">
      <p>
        {t('app.name')} · {t('options.about.version', { version: browser.runtime.getManifest().version })}
      </p>
      {stats.data && <p data-testid="db-stats">{t('options.db', { history: stats.data.history, articles: stats.data.articles, audit: stats.data.audit })}</p>}
      {stats.error && <p className="field-error">{stats.error.message}</p>}
      <h3>{t('options.about.models')}</h3>
      <ul>
        {models.data?.map((m) => (
          <li key={m.id}>
            {m.config.id2label
              ? t('options.about.modelLine', { name: m.id, labels: Object.values(m.config.id2label).join(', ') })
              : t('options.about.modelLineEmbedding', { name: m.id, dims: String(m.config.hidden_size ?? '?') })}
          </li>
        ))}
      </ul>
      <p>
        <a href={url('/model-card.md')} target="_blank" rel="noreferrer">
          {t('options.about.modelCard')}
        </a>
      </p>
      <h3>{t('options.about.privacy')}</h3>
      <p data-testid="privacy-where">{t('options.about.privacy.where')}</p>
      <p>{t('options.about.privacy.howLong', { days: eff.settings.history.retentionDays })}</p>
      <p>{t('options.about.privacy.network')}</p>
    </div>
  );
}
