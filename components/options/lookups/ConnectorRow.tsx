import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/lib/i18n';
import { connectorOrigin, type LookupConnector } from '@/lib/lookups';

/** One connector: what it is, where it goes, whether Deskmate may go there, and its actions. */
export function ConnectorRow(props: { connector: LookupConnector; locked: boolean; granted: boolean | undefined; onGranted: () => void; onEdit: () => void; onRemove: () => void }) {
  const { t } = useI18n();
  const { connector: c } = props;
  const origin = connectorOrigin(c);
  const [denied, setDenied] = useState(false);
  const grant = () => {
    setDenied(false);
    // Called straight from the click: the browser shows its prompt only inside a user gesture.
    void browser.permissions
      .request({ origins: [origin] })
      .then((ok) => (ok ? props.onGranted() : setDenied(true)))
      .catch(() => setDenied(true));
  };
  return (
    <div className="lookups-connector" data-connector-row={c.id}>
      <div className="lookups-connector-head">
        <strong>{c.name}</strong> <code>{c.id}</code> · {c.system} · <code>{c.trigger.field}</code>
      </div>
      <div className="description">
        {t('lookups.admin.origin', { origin })} ·{' '}
        {props.granted === undefined ? '…' : props.granted ? <span data-testid="lookups-granted">✓ {t('lookups.admin.granted')}</span> : <span className="field-error">{t('lookups.admin.notGranted')}</span>}
      </div>
      <div className="lookups-actions">
        {props.granted === false && (
          <button type="button" className="primary" onClick={grant}>
            {t('lookups.admin.grant', { origin })}
          </button>
        )}
        {!props.locked && (
          <>
            <button type="button" onClick={props.onEdit}>
              {t('lookups.admin.edit')}
            </button>
            <button type="button" onClick={props.onRemove}>
              {t('lookups.admin.remove')}
            </button>
          </>
        )}
      </div>
      {denied && <p className="field-error">{t('lookups.admin.grantDenied', { origin })}</p>}
    </div>
  );
}
