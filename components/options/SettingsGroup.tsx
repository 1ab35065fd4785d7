import { settingsSchema } from '@/lib/settings/schema';
import { leafPaths } from '@/lib/settings/schema-walk';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { SettingControl } from './SettingControl';

/** Every setting under a prefix of the schema ("features" → features.autofill, …). */
export function SettingsGroup({ prefix, eff, extra = [] }: { prefix: string; eff: EffectiveSettings; extra?: string[] }) {
  const paths = [...leafPaths(settingsSchema).filter((p) => p.startsWith(`${prefix}.`)), ...extra];
  return (
    <div className="settings-group">
      {paths.map((p) => (
        <SettingControl key={p} path={p} eff={eff} />
      ))}
    </div>
  );
}
