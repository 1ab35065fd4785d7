import { useMutation, useQuery } from '@tanstack/react-query';
import type { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import { importPhrasingsCsv, listPhrasings, phrasingsToCsv, removePhrasing } from '@/lib/knowledge/phrasings';
import { KNOWLEDGE_QUERY_KEY } from './knowledge-query';
import { downloadCsv } from './download';

const SHOWN = 100;

/**
 * Customer phrasings per article (issue 16): what the agents taught the search, for the KB owner
 * to review, remove, export as CSV (for the KB itself, or another install) and import. Text only.
 */
export function PhrasingList({ db, onChanged }: { db: DeskmateDb; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const rows = useQuery({
    queryKey: [...KNOWLEDGE_QUERY_KEY, 'phrasings'],
    queryFn: async () => {
      const list = await listPhrasings(db, 5000);
      const articles = await db.articles.bulkGet([...new Set(list.map((p) => p.articleId))]);
      return { list, titles: new Map(articles.flatMap((a) => (a ? [[a.id, a.title] as const] : []))) };
    },
  });
  const importing = useMutation({
    mutationFn: async (file: File) => {
      const ids = new Set(await db.articles.toCollection().primaryKeys());
      const result = await importPhrasingsCsv(db, await file.text(), (id) => ids.has(id));
      await onChanged();
      return result;
    },
  });
  const remove = async (key: string) => {
    await removePhrasing(db, key);
    await onChanged();
  };
  const list = rows.data?.list ?? [];
  const titles = rows.data?.titles ?? new Map<string, string>();
  return (
    <div className="knowledge-phrasings">
      <h3>{t('knowledge.admin.phrasings')}</h3>
      <p className="description">{t('knowledge.admin.phrasingsHelp')}</p>
      <div className="knowledge-phrasings-actions">
        <button type="button" disabled={list.length === 0} onClick={() => downloadCsv('deskmate-phrasings.csv', phrasingsToCsv(list, (id) => titles.get(id)))} data-testid="knowledge-phrasings-export">
          {t('knowledge.admin.exportCsv')}
        </button>{' '}
        <label>
          {t('knowledge.admin.importPhrasings')}{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            disabled={importing.isPending}
            data-testid="knowledge-phrasings-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) importing.mutate(file);
            }}
          />
        </label>
      </div>
      {importing.data && <p role="status" data-testid="knowledge-phrasings-notice">{t('knowledge.admin.phrasingsImported', importing.data)}</p>}
      {importing.error && <p className="field-error" role="alert" data-testid="knowledge-phrasings-notice">{t('knowledge.admin.error', { error: importing.error.message })}</p>}
      {list.length === 0 ? (
        <p className="description">{t('knowledge.admin.noPhrasings')}</p>
      ) : (
        <table data-testid="knowledge-phrasings">
          <thead>
            <tr>
              <th>{t('knowledge.admin.phrasing')}</th>
              <th>{t('knowledge.admin.article')}</th>
              <th>{t('knowledge.admin.phrasingSource')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.slice(0, SHOWN).map((p) => (
              <tr key={p.key} data-article={p.articleId}>
                <td>{p.text}</td>
                <td>{titles.get(p.articleId) ?? p.articleId}</td>
                <td>{t(`knowledge.admin.source.${p.source}`)}</td>
                <td>
                  <button type="button" onClick={() => void remove(p.key)}>
                    {t('knowledge.admin.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length > SHOWN && <p className="description">{t('knowledge.admin.more', { count: list.length - SHOWN })}</p>}
    </div>
  );
}
