import type { AutofillState } from '@/lib/content/features/autofill/state';
import { useI18n } from '@/lib/i18n';

/** What the last Fill or Undo did, announced politely to screen readers. */
export function FillStatusLine({ state }: { state: AutofillState }) {
  const { t } = useI18n();
  const { fill, auditError } = state;
  const lines: Array<{ text: string; error?: boolean }> = [];
  if (fill.phase === 'filled') {
    const ok = fill.record.results.filter((r) => r.result.ok).map((r) => r.result.field);
    const failed = fill.record.results.filter((r) => !r.result.ok).map((r) => r.result.field);
    lines.push({ text: t('autofill.filled', { count: ok.length, fields: ok.join(', ') }) });
    if (failed.length) lines.push({ text: t('autofill.failed', { fields: failed.join(', ') }), error: true });
  }
  if ((fill.phase === 'filled' || fill.phase === 'nothing') && fill.skipped.length) lines.push({ text: t('autofill.skipped', { fields: fill.skipped.map((s) => s.field).join(', ') }) });
  if (fill.phase === 'nothing') lines.push({ text: t('autofill.nothing') });
  if (fill.phase === 'undone') lines.push(fill.failed.length ? { text: t('autofill.undoFailed', { fields: fill.failed.join(', ') }), error: true } : { text: t('autofill.undone') });
  if (fill.phase === 'error') lines.push({ text: t('autofill.error', { error: fill.message }), error: true });
  if (auditError) lines.push({ text: t('autofill.auditError', { error: auditError }), error: true });
  return (
    <div role="status" data-testid="af-status" className="dm-af-status">
      {lines.map((l, i) => (
        <p key={i} className={l.error ? 'dm-error' : 'dm-muted'}>
          {l.text}
        </p>
      ))}
    </div>
  );
}
