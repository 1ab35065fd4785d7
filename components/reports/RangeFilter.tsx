import { lastDays } from '@/lib/reports/range';
import { useI18n } from '@/lib/i18n';

export interface DayRange {
  fromDay: string;
  toDay: string;
}

/** Two inclusive date inputs plus presets; an inverted range is reported, not silently swapped. */
export function RangeFilter({ value, onChange }: { value: DayRange; onChange: (r: DayRange) => void }) {
  const { t } = useI18n();
  const invalid = value.fromDay > value.toDay;
  return (
    <div className="rp-range" role="group">
      <label>
        {t('reports.range.from')}{' '}
        <input type="date" value={value.fromDay} max={value.toDay} onChange={(e) => e.target.value && onChange({ ...value, fromDay: e.target.value })} data-testid="range-from" />
      </label>
      <label>
        {t('reports.range.to')}{' '}
        <input type="date" value={value.toDay} min={value.fromDay} onChange={(e) => e.target.value && onChange({ ...value, toDay: e.target.value })} data-testid="range-to" />
      </label>
      {([7, 30, 90] as const).map((days) => (
        <button key={days} type="button" className="rp-btn" onClick={() => onChange(lastDays(days))}>
          {t(`reports.range.last${days}`)}
        </button>
      ))}
      {invalid && (
        <p role="alert" className="rp-error">
          {t('reports.range.invalid')}
        </p>
      )}
    </div>
  );
}

export const isValidRange = (r: DayRange) => r.fromDay <= r.toDay;
