import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import { topUnanswered, unansweredToCsv } from '@/lib/knowledge/unanswered-log';
import type { UnansweredQuestion } from '@/lib/knowledge/types';
import { KNOWLEDGE_QUERY_KEY } from './knowledge-query';
import { downloadCsv } from './download';

/** Questions no article answered (already masked when logged), most asked first, for the knowledge-base editors. */
export function UnansweredList({ db }: { db: DeskmateDb }) {
  const { t } = useI18n();
  const rows = useQuery({ queryKey: [...KNOWLEDGE_QUERY_KEY, 'unanswered'], queryFn: () => topUnanswered(db, 100) });
  const titles = useQuery({
    queryKey: [...KNOWLEDGE_QUERY_KEY, 'article-titles'],
    queryFn: async () => (await db.articles.toArray()).map((a) => ({ id: a.id, title: a.title })).sort((a, b) => a.title.localeCompare(b.title)),
  });
  const list = rows.data ?? [];
  return (
    <div className="knowledge-unanswered">
      <h3>{t('knowledge.admin.unanswered')}</h3>
      {list.length === 0 ? (
        <p className="description">{t('knowledge.admin.noUnanswered')}</p>
      ) : (
        <>
          <button type="button" onClick={() => downloadCsv('deskmate-unanswered.csv', unansweredToCsv(list))} data-testid="knowledge-unanswered-export">
            {t('knowledge.admin.exportCsv')}
          </button>
          <table data-testid="knowledge-unanswered">
            <thead>
              <tr>
                <th>{t('knowledge.admin.question')}</th>
                <th>{t('knowledge.admin.asked')}</th>
                <th>{t('knowledge.admin.attachTo')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.key}>
                  <td>{r.text}</td>
                  <td>{r.count}</td>
                  <td>
                    <AttachToArticle row={r} articles={titles.data ?? []} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/**
 * Attaches the question to an article as its phrasing (issue 16): the article nearest to it
 * (the panel's own search) is preselected, so the usual case is one click.
 */
function AttachToArticle({ row, articles }: { row: UnansweredQuestion; articles: Array<{ id: string; title: string }> }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const nearest = useQuery({
    queryKey: [...KNOWLEDGE_QUERY_KEY, 'nearest', row.key],
    queryFn: async () => (await send('knowledge.search', { query: row.text, k: 5 })).hits.map((h) => ({ id: h.id, title: h.title })),
  });
  const near = nearest.data ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const articleId = chosen ?? near[0]?.id ?? articles[0]?.id ?? '';
  const others = articles.filter((a) => !near.some((n) => n.id === a.id));
  const attach = async () => {
    if (!articleId) return;
    await send('knowledge.attachPhrasing', { question: row.text, articleId, unansweredKey: row.key });
    await client.invalidateQueries({ queryKey: KNOWLEDGE_QUERY_KEY });
  };
  return (
    <span className="knowledge-attach">
      <select value={articleId} onChange={(e) => setChosen(e.target.value)} aria-label={t('knowledge.admin.attachTo')} data-testid="knowledge-attach-article">
        {[...near, ...others].map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => void attach()} disabled={!articleId} data-testid="knowledge-attach">
        {t('knowledge.admin.attach')}
      </button>
    </span>
  );
}
