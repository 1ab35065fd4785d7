import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { PickerSession } from '@/lib/picker/session';
import { buildDefinition, definitionIdFrom } from '@/lib/picker/draft';
import { previewDefinition } from '@/lib/picker/preview';
import { idPatternFromUrl } from '@/lib/picker/ticket-id';
import { safeQueryAll } from '@/lib/picker/candidate';
import { PICKER_STEPS, REQUIRED_STEPS, SUGGESTED_FIELD_KEYS, type StepId } from '@/lib/picker/steps';
import { StepRow } from './StepRow';
import { PreviewPane } from './PreviewPane';
import { Outlines } from './Outlines';
import { usePointing } from './usePointing';
import { saveDefinition } from './save-definition';

/**
 * Point-and-teach: the manager arms a step, clicks the page, and sees at once
 * the selector Deskmate chose (with alternatives), what it matches, what it
 * cannot find, and the conversation as the definition reads it. Save writes
 * the definition into settings, where the panel picks it up.
 */
export function PickerOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const session = useRef(new PickerSession(document)).current;
  const [version, setVersion] = useState(0);
  const [domTick, setDomTick] = useState(0);
  const [armed, setArmed] = useState<StepId | null>(null);
  const [focus, setFocus] = useState<StepId | null>(null);
  const [fieldKeys, setFieldKeys] = useState<string[]>([]);
  const [newKey, setNewKey] = useState('');
  const [name, setName] = useState(() => location.hostname);
  const [noteValue, setNoteValue] = useState('');
  const [dock, setDock] = useState<'right' | 'left'>('left');
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);
  const bump = () => setVersion((v) => v + 1);

  // Live: the console keeps changing (new messages, an opened reply box); read again shortly after.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.('deskmate-picker, deskmate-panel, [data-deskmate]'))) return;
      clearTimeout(timer);
      timer = setTimeout(() => setDomTick((n) => n + 1), 400);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'hidden', 'style'] });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);

  const onPick = useCallback(
    (el: Element) => {
      if (!armed) return;
      session.pick(armed, el);
      setFocus(armed);
      setArmed(null);
      setSaved(null);
      bump();
    },
    [armed, session],
  );
  const onDisarm = useCallback(() => setArmed(null), []);
  const hovered = usePointing(armed !== null, onPick, onDisarm);

  // Esc with nothing armed leaves the picker.
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !armed) {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [armed, onClose]);

  const url = new URL(location.href);
  const derived = useMemo(() => session.derive(), [session, version, domTick]);
  const draft = useMemo(() => buildDefinition(session, derived, url, { name, noteSwitchValue: noteValue }), [session, derived, name, noteValue, url.href]);
  const preview = useMemo(() => previewDefinition(draft, document, url), [draft, domTick, url.href]);
  const ready = !!draft.messages.item && !!draft.messages.body;
  const fromUrl = idPatternFromUrl(url);
  const switchEl = session.clicks.get('noteSwitch');
  const focusSelector = focus ? (focus === 'customerMessage' || focus === 'agentMessage' || focus === 'internalNote' ? derived.item?.selector : derived.steps[focus]?.selector) : '';
  const focusMatches = useMemo(() => {
    if (!focus || !focusSelector) return [];
    const all = safeQueryAll(document, focusSelector);
    const role = derived.steps[focus]?.selector;
    // a message kind: outline the items of that kind only
    if (role && focusSelector !== role) return all.filter((el) => el.matches(role) || !!el.querySelector(role));
    return all;
  }, [focus, focusSelector, derived]);

  const row = (id: StepId, extra?: React.ReactNode) => (
    <StepRow
      key={id}
      id={id}
      result={derived.steps[id]}
      armed={armed === id}
      required={REQUIRED_STEPS.includes(id)}
      itemCount={derived.items.length}
      onArm={() => setArmed(armed === id ? null : id)}
      onClear={() => {
        session.clear(id);
        bump();
      }}
      onWiden={() => {
        session.widen(id);
        setSaved(null);
        bump();
      }}
      onChoose={(sel) => {
        session.choose(id, sel);
        bump();
      }}
      onFocus={() => setFocus(id)}
    >
      {extra}
    </StepRow>
  );

  const save = async () => {
    try {
      await saveDefinition(draft);
      setSaved({ ok: true, text: t('picker.saved', { name: draft.name }) });
    } catch (e) {
      setSaved({ ok: false, text: t('picker.saveFailed', { error: (e as Error).message }) });
    }
  };

  return (
    <>
      <Outlines hovered={hovered} matches={focusMatches} />
      <section className={`dp-panel dock-${dock}`} role="dialog" aria-modal="false" aria-label={t('picker.title')} data-testid="picker">
        <header className="dp-header">
          <h2>{t('picker.title')}</h2>
          <button type="button" className="dp-btn dp-btn-quiet" onClick={() => setDock(dock === 'right' ? 'left' : 'right')} aria-label={t('picker.dock')} title={t('picker.dock')} data-testid="picker-dock">
            ⇄
          </button>
          <button type="button" className="dp-btn dp-btn-quiet" onClick={onClose} aria-label={t('picker.close')} data-testid="picker-close">
            ×
          </button>
        </header>
        <div className="dp-body">
          <p className="dp-muted">{t('picker.intro')}</p>
          <ol className="dp-steps">
            {PICKER_STEPS.map((s) =>
              s.id === 'ticketId'
                ? row(s.id, fromUrl && <p className="dp-muted">{t('picker.ticketFromUrl', { pattern: idPatternFromUrl(url, draft.ticketId.selector ? undefined : fromUrl.id)?.pattern ?? '' })}</p>)
                : s.id === 'noteSwitch' && switchEl?.tagName === 'SELECT'
                  ? row(
                      s.id,
                      <label className="dp-alt">
                        <span className="dp-muted">{t('picker.noteValue')}</span>
                        <select value={noteValue} onChange={(e) => setNoteValue(e.target.value)} data-testid="note-value">
                          <option value="" />
                          {Array.from((switchEl as HTMLSelectElement).options).map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.textContent}
                            </option>
                          ))}
                        </select>
                      </label>,
                    )
                  : row(s.id),
            )}
          </ol>
          <h3>{t('picker.fields')}</h3>
          <ol className="dp-steps">{fieldKeys.map((k) => row(`field:${k}`))}</ol>
          <form
            className="dp-add-field"
            onSubmit={(e) => {
              e.preventDefault();
              const key = newKey.trim().replace(/\s+/g, '_');
              if (key && !fieldKeys.includes(key)) {
                setFieldKeys([...fieldKeys, key]);
                setArmed(`field:${key}`);
              }
              setNewKey('');
            }}
          >
            <input list="dp-field-keys" value={newKey} onChange={(e) => setNewKey(e.target.value)} aria-label={t('picker.fieldKey')} placeholder={t('picker.fieldKey')} data-testid="field-key" />
            <datalist id="dp-field-keys">
              {SUGGESTED_FIELD_KEYS.map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
            <button type="submit" className="dp-btn">
              {t('picker.addField')}
            </button>
          </form>
          <h3>{t('picker.preview')}</h3>
          <PreviewPane preview={preview} ready={ready} />
        </div>
        <footer className="dp-footer">
          <label>
            <span>{t('picker.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} data-testid="picker-name" />
          </label>
          <code className="dp-muted">{draft.id || definitionIdFrom(name)}</code>
          <button type="button" className="dp-btn dp-btn-primary" disabled={!ready || !preview.ok} onClick={() => void save()} data-testid="picker-save">
            {t('picker.save')}
          </button>
          {saved && (
            <p className={saved.ok ? 'dp-ok' : 'dp-flag'} role="status" data-testid="picker-saved">
              {saved.text}
            </p>
          )}
        </footer>
      </section>
    </>
  );
}
