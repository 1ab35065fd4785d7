import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useI18n } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import { formatLookupMessage } from '@/lib/lookups';

/**
 * Runs the (possibly unsaved) definition once against a sample value in the
 * background and shows the raw response next to each field's mapped value or
 * error. Everything from the system is shown as text.
 */
export function ConnectorTest({ connector }: { connector: unknown }) {
  const { t, lang: uiLang } = useI18n();
  const lang = uiLang === 'zh-CN' ? 'zh' : 'en';
  const id = useId();
  const [value, setValue] = useState('');
  const test = useMutation({ mutationFn: () => send('lookups.test', { connector, value: value.trim(), lang }) });
  const out = test.data;
  const result = out?.result;
  const preview = out?.preview;
  return (
    <div className="lookups-test" data-testid="lookups-test">
      <label htmlFor={id}>{t('lookups.admin.sample')}</label>
      <input id={id} type="text" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="button" disabled={value.trim() === '' || test.isPending} onClick={() => test.mutate()}>
        {test.isPending ? t('lookups.admin.testing') : t('lookups.admin.test')}
      </button>
      {test.error && <p className="field-error">{test.error.message}</p>}
      {out && out.issues.length > 0 && (
        <ul className="field-error">
          {out.issues.map((i, n) => (
            <li key={n}>
              <code>{i.path}</code>: {i.message}
            </li>
          ))}
        </ul>
      )}
      {result && (
        <p className={result.status === 'ok' ? 'lookups-ok' : 'field-error'} data-testid="lookups-test-outcome">
          {result.status === 'ok' ? t('lookups.admin.testOk', { attempts: result.attempts, ms: result.durationMs }) : formatLookupMessage(result.messageKey, result.params, lang)}
        </p>
      )}
      {preview && 'error' in preview && <p className="field-error">{preview.error}</p>}
      {preview && 'fields' in preview && (
        <table data-testid="lookups-mapped">
          <caption>{t('lookups.admin.mapped')}</caption>
          <tbody>
            {[...preview.fields, ...preview.listFields].map((f, n) => (
              <tr key={n} className={f.error ? 'field-error' : undefined}>
                <th scope="row">{f.label}</th>
                <td>
                  <code>{f.pointer}</code>
                </td>
                <td>{f.error ?? f.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && 'fields' in preview && preview.list && (
        <p className={preview.list.error ? 'field-error' : 'description'}>{preview.list.error ?? t('lookups.admin.list', { pointer: preview.list.pointer, count: preview.list.count ?? 0 })}</p>
      )}
      {out && !out.issues.length && (
        <details open>
          <summary>{t('lookups.admin.raw')}</summary>
          <pre className="lookups-raw" data-testid="lookups-raw">
            {out.raw ?? t('lookups.admin.noRaw')}
          </pre>
        </details>
      )}
    </div>
  );
}
