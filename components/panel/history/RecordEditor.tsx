import { useState } from 'react';
import { useI18n } from '@/lib/i18n';
import type { RecordPatch } from '@/lib/history';

/** Inline edit of a record's summary and agent note; saved through `history.edit`. */
export function RecordEditor(props: { summary: string; note: string; onSave: (patch: RecordPatch) => Promise<boolean>; onDone: () => void }) {
  const { t } = useI18n();
  const [summary, setSummary] = useState(props.summary);
  const [note, setNote] = useState(props.note);
  const [saving, setSaving] = useState(false);
  const patch: RecordPatch = {};
  if (summary.trim() && summary.trim() !== props.summary) patch.summary = summary.trim();
  if (note !== props.note) patch.note = note;
  const save = async () => {
    setSaving(true);
    const ok = await props.onSave(patch);
    setSaving(false);
    if (ok) props.onDone();
  };
  return (
    <form
      className="dm-history-editor"
      data-testid="history-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('history.summaryLabel')}
        <input type="text" value={summary} maxLength={500} onChange={(e) => setSummary(e.target.value)} data-testid="history-summary-input" />
      </label>
      <label>
        {t('history.noteLabel')}
        <textarea value={note} maxLength={4000} rows={2} onChange={(e) => setNote(e.target.value)} data-testid="history-note-input" />
      </label>
      <span className="dm-history-editor-actions">
        <button type="submit" className="dm-btn dm-btn-primary" disabled={saving || Object.keys(patch).length === 0}>
          {t('history.save')}
        </button>
        <button type="button" className="dm-btn" onClick={props.onDone}>
          {t('history.cancel')}
        </button>
      </span>
    </form>
  );
}
