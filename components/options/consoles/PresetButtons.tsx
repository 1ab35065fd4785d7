import { useState } from 'react';
import { useI18n } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { isLocked } from '@/lib/settings/effective';
import { CONSOLE_PRESETS, withPreset, type ConsolePreset } from '@/lib/consoles/presets';
import { useUpdateSettings } from '../useSettings';

/** One button per open-source helpdesk preset: adds (or resets) its definition and field mapping. */
export function PresetButtons({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const update = useUpdateSettings();
  const [done, setDone] = useState<string | null>(null);
  const locked = isLocked(eff.locked, 'consoles.definitions');
  const enable = (preset: ConsolePreset) => {
    const next = withPreset(eff.settings.consoles.definitions, eff.settings.autofill.fieldMapping, preset);
    const changes: Record<string, unknown> = { 'consoles.definitions': next.definitions };
    const addsMapping = !eff.settings.autofill.fieldMapping[preset.id] && !!next.fieldMapping[preset.id];
    if (addsMapping && !isLocked(eff.locked, 'autofill.fieldMapping')) changes['autofill.fieldMapping'] = next.fieldMapping;
    setDone(null);
    update.mutate(changes, { onSuccess: () => setDone(preset.id) });
  };
  return (
    <div className="setting console-presets" data-testid="console-presets">
      <label>{t('options.consoles.presets')}</label>
      <div className="control">
        {CONSOLE_PRESETS.map((p) => {
          const present = eff.settings.consoles.definitions.some((d) => d.id === p.id);
          return (
            <button key={p.id} type="button" disabled={locked || update.isPending} onClick={() => enable(p)} data-testid={`preset-${p.id}`}>
              {t(present ? 'options.consoles.presetReset' : 'options.consoles.presetAdd', { name: p.name })}
            </button>
          );
        })}
        {done && <span role="status">{t('options.consoles.presetAdded', { name: CONSOLE_PRESETS.find((p) => p.id === done)!.name })}</span>}
      </div>
      {locked && <p className="description">{t('options.consoles.presetLocked')}</p>}
      {update.error && <p className="field-error">{update.error.message}</p>}
    </div>
  );
}
