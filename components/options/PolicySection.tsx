import { useI18n } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings/effective';

/** The policy the organisation set, as Deskmate read it, and what it locks. */
export function PolicySection({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const none = Object.keys(eff.policy).length === 0;
  return (
    <div>
      {none ? <p data-testid="policy-none">{t('options.policy.none')}</p> : <pre className="policy" data-testid="policy-json">{JSON.stringify(eff.policy, null, 2)}</pre>}
      {eff.locked.length > 0 && (
        <ul className="locked-list" data-testid="locked-list">
          {eff.locked.map((p) => (
            <li key={p}>
              🔒 <code>{p}</code>
            </li>
          ))}
        </ul>
      )}
      {eff.issues.length > 0 && (
        <ul className="issues">
          {eff.issues.map((i) => (
            <li key={i.path} className="field-error">
              <code>{i.path}</code>: {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
