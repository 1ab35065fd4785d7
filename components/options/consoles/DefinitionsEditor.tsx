import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n, type Translate } from '@/lib/i18n';
import { isLocked, type EffectiveSettings } from '@/lib/settings/effective';
import { useUpdateSettings } from '../useSettings';
import { checkDefinitionsJson, policySample, type DefinitionsCheck, type DefinitionsIssue } from './definitions-json';

function describeIssue(t: Translate, i: DefinitionsIssue): string {
  const message = i.code === 'url-scheme' ? t('consoles.editor.urlScheme', { pattern: i.pattern }) : i.code === 'duplicate-id' ? t('consoles.editor.duplicateId', { id: i.id }) : i.message;
  return t('consoles.editor.issue', { path: i.path, message });
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The definitions as JSON, for IT: checked on every keystroke (syntax with
 * line and column, each field by its path), saved only when valid and only
 * on Save, never on blur. Copy, download, and the policy file that rolls the
 * same definitions out to everyone.
 */
export function DefinitionsEditor({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const update = useUpdateSettings();
  const locked = isLocked(eff.locked, 'consoles.definitions');
  const stored = JSON.stringify(eff.settings.consoles.definitions, null, 2);
  const [draft, setDraft] = useState(stored);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => setDraft(stored), [stored]);
  const check: DefinitionsCheck = useMemo(() => checkDefinitionsJson(draft), [draft]);
  const changed = draft !== stored;
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setNote(t('consoles.editor.copied'));
  };
  const save = () => {
    if (!check.ok) return;
    setNote(null);
    update.mutate({ 'consoles.definitions': check.definitions }, { onSuccess: () => setNote(t('consoles.editor.saved')), onError: (e) => setNote(e.message) });
  };
  return (
    <div className="setting definitions-editor" data-setting="consoles.definitions">
      <label htmlFor="definitions-json">{t('consoles.editor.label')}</label>
      {locked && <p className="locked">🔒 {t('consoles.editor.locked')}</p>}
      <textarea
        id="definitions-json"
        className="json"
        rows={Math.min(24, draft.split('\n').length + 1)}
        value={draft}
        readOnly={locked}
        spellCheck={false}
        aria-invalid={!check.ok}
        aria-describedby="definitions-status"
        onChange={(e) => setDraft(e.target.value)}
        data-testid="definitions-json"
      />
      <div id="definitions-status" role="status" data-testid="definitions-status">
        {check.ok && <p className="ok">{t('consoles.editor.valid', { count: check.definitions.length })}</p>}
        {!check.ok && 'syntax' in check && <p className="field-error">{t('consoles.editor.invalidJson', { ...check.syntax, error: check.syntax.message })}</p>}
        {!check.ok && 'issues' in check && (
          <ul className="field-error">
            {check.issues.map((i) => (
              <li key={`${i.path}:${i.code}`}>{describeIssue(t, i)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="control">
        {!locked && (
          <button type="button" onClick={save} disabled={!changed || !check.ok || update.isPending} data-testid="definitions-save">
            {t('consoles.editor.save')}
          </button>
        )}
        {!locked && changed && (
          <button type="button" onClick={() => setDraft(stored)}>
            {t('consoles.editor.revert')}
          </button>
        )}
        <button type="button" onClick={() => void copy(draft)}>
          {t('consoles.editor.copy')}
        </button>
        <button type="button" onClick={() => download('deskmate-consoles.json', draft)}>
          {t('consoles.editor.download')}
        </button>
        {note && <span data-testid="definitions-note">{note}</span>}
      </div>
      <details className="policy-sample">
        <summary>{t('consoles.editor.policy')}</summary>
        <p className="description">{t('consoles.editor.policyHint')}</p>
        <pre data-testid="definitions-policy">{policySample(check.ok ? check.definitions : eff.settings.consoles.definitions, browser.runtime.id)}</pre>
        <button type="button" onClick={() => void copy(policySample(check.ok ? check.definitions : eff.settings.consoles.definitions, browser.runtime.id))}>
          {t('consoles.editor.copy')}
        </button>
      </details>
    </div>
  );
}
