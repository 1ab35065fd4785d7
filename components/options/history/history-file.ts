/**
 * The options page's history file operations. The options page is an
 * extension page on the same origin as the offscreen document, so it opens
 * the database itself: a 100,000-record export or import would not fit in a
 * runtime message (64 MB cap) and needs no model or cache from the document.
 */
import type { DeskmateDb } from '@/lib/db/database';
import { clearHistory, exportHistory } from '@/lib/history';

export function exportFileName(now: Date = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `deskmate-history-${day}.json`;
}

/** Serialises the whole history and hands it to the browser's download; returns the record count. */
export async function downloadHistory(db: DeskmateDb, doc: Document = document): Promise<number> {
  const file = await exportHistory(db);
  const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
  try {
    const a = doc.createElement('a');
    a.href = url;
    a.download = exportFileName();
    doc.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Revoked on the next tick: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return file.records.length;
}

export { importHistoryBytes, type ImportOutcome } from '@/lib/history/import-file';
export { clearHistory };
