import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import { KNOWLEDGE_QUERY_KEY } from './knowledge-query';

const SHOWN = 50;

/** Article count, a title/tag filter and each article's source. Text only: article markup is never rendered here. */
export function ArticleList({ db }: { db: DeskmateDb }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const wanted = useDeferredValue(filter.trim().toLowerCase());
  const articles = useQuery({ queryKey: [...KNOWLEDGE_QUERY_KEY, 'articles'], queryFn: () => db.articles.orderBy('updatedAt').reverse().toArray() });
  const all = articles.data ?? [];
  const matching = wanted ? all.filter((a) => a.title.toLowerCase().includes(wanted) || a.tags.some((tag) => tag.toLowerCase().includes(wanted))) : all;
  return (
    <div className="knowledge-articles">
      <h3>{t('knowledge.admin.articles')}</h3>
      <p data-testid="knowledge-count">{articles.error ? t('knowledge.admin.error', { error: articles.error.message }) : t('knowledge.admin.count', { count: all.length })}</p>
      <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('knowledge.admin.search')} aria-label={t('knowledge.admin.search')} />
      <table data-testid="knowledge-articles">
        <thead>
          <tr>
            <th>{t('knowledge.admin.articles')}</th>
            <th>{t('knowledge.admin.source')}</th>
          </tr>
        </thead>
        <tbody>
          {matching.slice(0, SHOWN).map((a) => (
            <tr key={a.id}>
              <td>{a.title}</td>
              <td>{a.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matching.length > SHOWN && <p className="description">{t('knowledge.admin.more', { count: matching.length - SHOWN })}</p>}
    </div>
  );
}
