import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import type { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import { syncHelpCenterIntoDb } from '@/lib/offscreen/knowledge-sources';

/** The origin of an open console tab (Zendesk or the local demo), to prefill the address. */
async function openConsoleOrigin(): Promise<string> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const tab = tabs.find((t) => t.url && /^https?:\/\/[^/]+\/agent\//.test(t.url));
  return tab?.url ? new URL(tab.url).origin : '';
}

/**
 * Help Center sync runs in this page: it is an extension page with the same
 * host permissions as the offscreen document, so `credentials: 'include'`
 * carries the agent's Zendesk session, and progress is shown as pages arrive.
 */
export function HelpCenterSync({ db, onChanged }: { db: DeskmateDb; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const [origin, setOrigin] = useState('');
  const [progress, setProgress] = useState<{ pages: number; articles: number } | null>(null);
  useEffect(() => {
    void openConsoleOrigin().then((o) => setOrigin((cur) => cur || o));
  }, []);
  const syncing = useMutation({
    mutationFn: async (full: boolean) => {
      const result = await syncHelpCenterIntoDb(db, origin, { fetch: (...a) => fetch(...a), full, onProgress: (pages, articles) => setProgress({ pages, articles }) });
      await onChanged();
      return result;
    },
    onSettled: () => setProgress(null),
  });
  let valid = false;
  try {
    valid = /^https?:$/.test(new URL(origin).protocol);
  } catch {
    valid = false;
  }
  return (
    <fieldset className="knowledge-sync">
      <legend>{t('knowledge.admin.syncTitle')}</legend>
      <label>
        {t('knowledge.admin.syncOrigin')}{' '}
        <input type="url" value={origin} placeholder="https://example.zendesk.com" onChange={(e) => setOrigin(e.target.value)} data-testid="knowledge-sync-origin" />
      </label>{' '}
      <button type="button" disabled={!valid || syncing.isPending} onClick={() => syncing.mutate(false)} data-testid="knowledge-sync">
        {t('knowledge.admin.sync')}
      </button>{' '}
      <button type="button" disabled={!valid || syncing.isPending} onClick={() => syncing.mutate(true)}>
        {t('knowledge.admin.syncFull')}
      </button>
      {progress && <p className="description">{t('knowledge.admin.syncing', progress)}</p>}
      {syncing.isSuccess && (
        <p role="status" className="description" data-testid="knowledge-sync-notice">
          {t('knowledge.admin.synced', { imported: syncing.data.imported, total: syncing.data.total, mode: t(syncing.data.incremental ? 'knowledge.admin.incremental' : 'knowledge.admin.fullMode') })}
        </p>
      )}
      {syncing.isError && (
        <p role="alert" className="field-error" data-testid="knowledge-sync-notice">
          {t('knowledge.admin.syncFailed', { error: syncing.error.message })}
        </p>
      )}
    </fieldset>
  );
}
