import { useQuery } from '@tanstack/react-query';
import type { DeskmateDb } from '@/lib/db/database';
import { useI18n } from '@/lib/i18n';
import { topUnanswered, unansweredToCsv } from '@/lib/knowledge/unanswered-log';
import { KNOWLEDGE_QUERY_KEY } from './knowledge-query';

function download(name: string, text: string): void {
  // A BOM so that spreadsheet programs read the Chinese questions as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Questions no article answered (already masked when logged), most asked first, for the knowledge-base editors. */
export function UnansweredList({ db }: { db: DeskmateDb }) {
  const { t } = useI18n();
  const rows = useQuery({ queryKey: [...KNOWLEDGE_QUERY_KEY, 'unanswered'], queryFn: () => topUnanswered(db, 100) });
  const list = rows.data ?? [];
  return (
    <div className="knowledge-unanswered">
      <h3>{t('knowledge.admin.unanswered')}</h3>
      {list.length === 0 ? (
        <p className="description">{t('knowledge.admin.noUnanswered')}</p>
      ) : (
        <>
          <button type="button" onClick={() => download('deskmate-unanswered.csv', unansweredToCsv(list))} data-testid="knowledge-unanswered-export">
            {t('knowledge.admin.exportCsv')}
          </button>
          <table data-testid="knowledge-unanswered">
            <thead>
              <tr>
                <th>{t('knowledge.admin.question')}</th>
                <th>{t('knowledge.admin.asked')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.key}>
                  <td>{r.text}</td>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
