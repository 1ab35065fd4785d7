import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** Saved console pages from ../shared/fixtures (absent in a user's fresh clone: tests skip with a notice). */
export const SHARED_FIXTURES = new URL('../../../shared/fixtures/', import.meta.url);

export function sharedFixture(rel: string): string | null {
  const url = new URL(rel, SHARED_FIXTURES);
  if (!existsSync(url)) {
    console.warn(`[skip] ${rel}: ../shared/fixtures is not present in this checkout; fixture tests that need it are skipped.`);
    return null;
  }
  return readFileSync(url, 'utf8');
}

export function loadDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
