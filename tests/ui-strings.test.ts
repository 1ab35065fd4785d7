import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

/**
 * Every user-facing string of the panel, popup, options and reports comes from
 * the catalogue (lib/i18n). This finds literal text in JSX and in the
 * attributes people read (title, aria-label, placeholder, alt).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const UI_DIRS = ['components', 'entrypoints'];
const WORDS = /[A-Za-z\u4e00-\u9fff]{2,}/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

/** JSX text and read-by-people attribute literals, found with the TypeScript parser (not regexes: generics look like tags). */
export function findLiteralUiText(source: string): string[] {
  const found: string[] = [];
  const file = ts.createSourceFile('x.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (WORDS.test(text)) found.push(text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(file);
      const v = node.initializer.text;
      if (READ_ATTRS.has(name) && WORDS.test(v) && !/^[a-z]+(\.[\w-]+)+$/.test(v) && !/^https?:\/\//.test(v)) found.push(`${name}="${v}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const READ_ATTRS = new Set(['title', 'aria-label', 'placeholder', 'alt']);

describe('no hard-coded user-facing strings', () => {
  it('finds the kind of literal it is looking for', () => {
    expect(findLiteralUiText('<p>Hello there</p>')).toEqual(['Hello there']);
    expect(findLiteralUiText('<button title="Close panel">x</button>')).toEqual(['title="Close panel"']);
    expect(findLiteralUiText('<p>{t("a.b")}</p><b>·</b><code>{x}</code>')).toEqual([]);
    expect(findLiteralUiText('<p>保存</p>')).toEqual(['保存']);
    expect(findLiteralUiText('const f = async (): Promise<void> => {}; <Card title="reports.tickets.title" />')).toEqual([]);
  });

  const all = UI_DIRS.flatMap((d) => files(join(root, d)));
  it.each(all.map((f) => [relative(root, f), f]))('%s', (_rel, file) => {
    expect(findLiteralUiText(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
