import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import { settingsSchema } from '@/lib/settings/schema';
import { getAt, leafSchemaAt, unwrap } from '@/lib/settings/schema-walk';
import { isLocked, type EffectiveSettings } from '@/lib/settings/effective';
import { settingTitlesZh } from '@/lib/i18n/setting-titles-zh';
import { useI18n } from '@/lib/i18n';
import { useUpdateSettings } from './useSettings';

function metaOf(path: string): { title?: string; description?: string } {
  const leaf = leafSchemaAt(settingsSchema, path);
  return (leaf && (z.globalRegistry.get(leaf) as { title?: string; description?: string } | undefined)) ?? {};
}

/**
 * One setting, its control chosen from its schema: checkbox, number, choice,
 * text, or JSON for lists. Locked settings are shown, disabled, with who set
 * them; invalid input is explained next to the field and nothing is saved.
 */
export function SettingControl({ path, eff }: { path: string; eff: EffectiveSettings }) {
  const { t, lang } = useI18n();
  const update = useUpdateSettings();
  const id = useId();
  const leaf = unwrap(leafSchemaAt(settingsSchema, path)!);
  const value = getAt(eff.settings, path);
  const locked = isLocked(eff.locked, path);
  const meta = metaOf(path);
  const title = lang === 'zh-CN' ? settingTitlesZh[path] ?? meta.title : meta.title;
  const [error, setError] = useState<string | null>(null);
  const save = (v: unknown) => {
    setError(null);
    update.mutate({ [path]: v }, { onError: (e) => setError(e.message.replace(`${path}: `, '')) });
  };

  let control: React.ReactNode;
  if (leaf instanceof z.ZodBoolean) {
    control = <input id={id} type="checkbox" checked={value === true} disabled={locked} onChange={(e) => save(e.target.checked)} />;
  } else if (leaf instanceof z.ZodEnum) {
    control = (
      <select id={id} value={String(value)} disabled={locked} onChange={(e) => save(e.target.value)}>
        {(leaf.options as string[]).map((o) => (
          <option key={o} value={o}>
            {o === 'auto' && path === 'ui.language' ? t('options.language.auto') : o}
          </option>
        ))}
      </select>
    );
  } else if (leaf instanceof z.ZodNumber || leaf instanceof z.ZodString) {
    control = <TextInput id={id} value={String(value ?? '')} numeric={leaf instanceof z.ZodNumber} disabled={locked} onCommit={(v) => save(leaf instanceof z.ZodNumber ? (v.trim() === '' ? NaN : Number(v)) : v)} />;
  } else {
    control = <JsonInput id={id} value={value} disabled={locked} onCommit={save} onInvalid={(m) => setError(t('options.invalidJson', { error: m }))} />;
  }

  return (
    <div className={`setting ${locked ? 'is-locked' : ''}`} data-setting={path}>
      <label htmlFor={id}>{title}</label>
      <div className="control">
        {control}
        {locked && (
          <span className="locked" data-testid={`locked-${path}`} title={t('options.lockedBy')}>
            🔒 {t('options.lockedBy')}
          </span>
        )}
      </div>
      {lang === 'en' && meta.description && <p className="description">{meta.description}</p>}
      {error && (
        <p className="field-error" role="alert" data-testid={`error-${path}`}>
          {error}
        </p>
      )}
    </div>
  );
}

function TextInput(props: { id: string; value: string; numeric: boolean; disabled: boolean; onCommit: (v: string) => void }) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = () => draft !== props.value && props.onCommit(draft);
  return (
    <input
      id={props.id}
      type={props.numeric ? 'number' : 'text'}
      step="any"
      value={draft}
      disabled={props.disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

function JsonInput(props: { id: string; value: unknown; disabled: boolean; onCommit: (v: unknown) => void; onInvalid: (message: string) => void }) {
  const text = JSON.stringify(props.value, null, 2);
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  const commit = () => {
    if (draft === text) return;
    try {
      props.onCommit(JSON.parse(draft));
    } catch (e) {
      props.onInvalid((e as Error).message);
    }
  };
  return <textarea id={props.id} className="json" rows={Math.min(14, draft.split('\n').length + 1)} value={draft} disabled={props.disabled} onChange={(e) => setDraft(e.target.value)} onBlur={commit} spellCheck={false} />;
}
