import { useDeferredValue, useMemo, useState } from 'react';
import { extractOptionsFrom } from '@/lib/content/features/autofill/extract-options';
import { extractTicketFields } from '@/lib/extract';
import { useI18n } from '@/lib/i18n';
import './rule-tester.css';
import type { EffectiveSettings } from '@/lib/settings/effective';

/**
 * "Try your rules": a sample customer message run through the same
 * extraction the panel uses, with the patterns and category rules in force,
 * so a manager sees what a new order format catches before agents do.
 */
export function RuleTester({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const [sample, setSample] = useState('');
  const text = useDeferredValue(sample);
  const found = useMemo(() => {
    if (!text.trim()) return null;
    const ex = extractTicketFields([{ id: 'sample', role: 'customer', name: '', text, time: null }], extractOptionsFrom(eff.settings));
    return [
      ['autofill.field.order_id', ex.order_ids.map((f) => f.value)],
      ['autofill.field.tracking_number', ex.tracking_numbers.map((f) => f.value)],
      ['autofill.field.phone', ex.phones.map((f) => f.value)],
      ['autofill.field.category', [ex.category.value]],
    ] as const;
  }, [text, eff.settings]);
  return (
    <div className="autofill-tester" data-testid="autofill-tester">
      <label>
        <strong>{t('autofill.tester.title')}</strong>
        <textarea rows={3} value={sample} placeholder={t('autofill.tester.placeholder')} onChange={(e) => setSample(e.target.value)} />
      </label>
      {found && (
        <dl>
          {found.map(([key, values]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd data-testid={`tester-${key.slice('autofill.field.'.length)}`}>{values.length ? values.join(', ') : t('autofill.tester.none')}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
