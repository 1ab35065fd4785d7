import { useEffect, useRef } from 'react';
import type { FeatureHost } from '@/lib/content/feature';
import { evidenceSnippet, outlineMessage } from '@/lib/content/features/autofill/evidence';
import type { Evidence } from '@/lib/extract';
import { useI18n } from '@/lib/i18n';

/**
 * Where a value came from: the words around it with the value in bold. Hover
 * or focus outlines the message in the console; click also scrolls to it.
 * Text is rendered as React text nodes, never as HTML.
 */
export function EvidenceQuote({ host, evidence, field }: { host: FeatureHost; evidence: Evidence; field: string }) {
  const { t } = useI18n();
  const clear = useRef<(() => void) | null>(null);
  const messages = host.snapshot()?.messages ?? [];
  const snippet = evidenceSnippet(messages, evidence);
  const show = (scroll: boolean) => {
    clear.current?.();
    const ctx = host.ticket();
    clear.current = ctx ? outlineMessage(host.adapter.messageElement(ctx, evidence.messageId), { scroll }) : null;
  };
  const hide = () => {
    clear.current?.();
    clear.current = null;
  };
  useEffect(() => hide, []);
  if (!snippet) return <span className="dm-af-quote dm-muted">{t('autofill.evidenceGone')}</span>;
  return (
    <button
      type="button"
      className="dm-af-quote"
      data-message-id={evidence.messageId}
      aria-label={t('autofill.evidence', { field })}
      onMouseEnter={() => show(false)}
      onMouseLeave={hide}
      onFocus={() => show(false)}
      onBlur={hide}
      onClick={() => show(true)}
    >
      “{snippet.before}
      <strong>{snippet.match}</strong>
      {snippet.after}”
    </button>
  );
}
