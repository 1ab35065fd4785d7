import type { DeskmateDb } from '../../db/database';
import { throwIfCancelled, type ImportControl } from '../../files/import-control';
import { parseKnowledgeFile } from './parse-knowledge-file';

export { ImportCancelledError } from '../../files/import-control';

const WRITE_CHUNK = 2_000;

/**
 * Parse a knowledge file and replace the articles from the same file name,
 * all or nothing. Runs in the options page's import worker
 * (lib/files/import.worker.ts), so 100,000 rows never block the page. The
 * write is one transaction written in chunks, so progress can be shown and a
 * cancel (or any error) rolls the whole import back.
 */
export async function importKnowledgeFile(db: DeskmateDb, input: { bytes: Uint8Array; filename: string }, control: ImportControl = {}): Promise<{ count: number }> {
  const source = `import:${input.filename}`;
  const check = () => throwIfCancelled(control);
  const articles = await parseKnowledgeFile(input, {
    source,
    onProgress: (done, total) => {
      check();
      control.onProgress?.('parse', done, total);
    },
  });
  check();
  await db.transaction('rw', db.articles, async () => {
    await db.articles.where('source').equals(source).delete();
    for (let i = 0; i < articles.length; i += WRITE_CHUNK) {
      check();
      await db.articles.bulkPut(articles.slice(i, i + WRITE_CHUNK).map((a) => ({ ...a, source })));
      control.onProgress?.('write', Math.min(i + WRITE_CHUNK, articles.length), articles.length);
    }
  });
  return { count: articles.length };
}
