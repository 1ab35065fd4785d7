import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import { connectorOrigin, type LookupConnector } from '@/lib/lookups';
import { isLocked, type EffectiveSettings } from '@/lib/settings/effective';
import { useUpdateSettings } from '../useSettings';
import { ConnectorRow } from './ConnectorRow';
import { ConnectorEditor } from './ConnectorEditor';
import { withoutConnector } from './connector-draft';
import './lookups-admin.css';

/** Which editor is open: an existing connector's index, a new one, or none. */
type Editing = number | 'new' | null;

/**
 * Connectors as a manager sees them: each with the origin it contacts and
 * whether the extension may contact it yet, Edit (JSON, validated per field),
 * Test against a sample value, Remove. Policy-set connectors are read-only.
 */
export function LookupsAdmin({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const update = useUpdateSettings();
  const [editing, setEditing] = useState<Editing>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const connectors = eff.settings.lookups.connectors;
  const locked = isLocked(eff.locked, 'lookups.connectors');
  const origins = [...new Set(connectors.map((c) => connectorOrigin(c)))];
  const permissions = useQuery({ queryKey: ['lookups.permission', origins], queryFn: () => send('lookups.permission', { origins }) });

  const save = (next: LookupConnector[]) => {
    setSaveError(null);
    update.mutate({ 'lookups.connectors': next }, { onSuccess: () => setEditing(null), onError: (e) => setSaveError(e.message) });
  };

  return (
    <div className="lookups-admin" data-testid="lookups-admin">
      <p className="description">{t('lookups.admin.intro')}</p>
      {locked && <p className="locked">🔒 {t('lookups.admin.locked')}</p>}
      {connectors.length === 0 && <p data-testid="lookups-none">{t('lookups.admin.none')}</p>}
      <ul className="lookups-connectors">
        {connectors.map((c, index) => (
          <li key={c.id}>
            <ConnectorRow
              connector={c}
              locked={locked}
              granted={permissions.data?.granted[connectorOrigin(c)]}
              onGranted={() => void qc.invalidateQueries({ queryKey: ['lookups.permission'] })}
              onEdit={() => setEditing(index)}
              onRemove={() => save(withoutConnector(connectors, index))}
            />
            {editing === index && <ConnectorEditor list={connectors} index={index} onSave={save} onCancel={() => setEditing(null)} saving={update.isPending} />}
          </li>
        ))}
      </ul>
      {!locked && editing !== 'new' && (
        <button type="button" onClick={() => setEditing('new')}>
          {t('lookups.admin.add')}
        </button>
      )}
      {editing === 'new' && <ConnectorEditor list={connectors} index={null} onSave={save} onCancel={() => setEditing(null)} saving={update.isPending} />}
      {saveError && (
        <p className="field-error" role="alert">
          {t('lookups.admin.saveFailed', { error: saveError })}
        </p>
      )}
    </div>
  );
}
