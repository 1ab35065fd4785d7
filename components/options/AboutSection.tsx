import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { useI18n } from '@/lib/i18n';

export function AboutSection() {
  const { t } = useI18n();
  const stats = useQuery({ queryKey: ['db-stats'], queryFn: () => send('db.stats', {}) });
  return (
    <div>
      <p>
        {t('app.name')} {browser.runtime.getManifest().version}
      </p>
      {stats.data && <p data-testid="db-stats">{t('options.db', { history: stats.data.history, articles: stats.data.articles, audit: stats.data.audit })}</p>}
      {stats.error && <p className="field-error">{stats.error.message}</p>}
    </div>
  );
}
