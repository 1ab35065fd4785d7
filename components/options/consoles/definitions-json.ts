import { z } from 'zod';
import { consoleDefinitionSchema, type ConsoleDefinition } from '@/lib/consoles/definition';

export type DefinitionsIssue =
  | { path: string; code: 'schema'; message: string }
  | { path: string; code: 'url-scheme'; pattern: string }
  | { path: string; code: 'duplicate-id'; id: string };

export type DefinitionsCheck =
  | { ok: true; definitions: ConsoleDefinition[] }
  | { ok: false; syntax: { line: number; column: number; message: string } }
  | { ok: false; issues: DefinitionsIssue[] };

/** "[0].messages.body": where an issue sits, as an administrator reads the JSON. */
function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(list)';
}

/** Line and column of a character offset, both from 1. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Check the definitions JSON as it is typed: syntax (with line and column),
 * then every field against the definition schema, named by its path; plus
 * what the schema cannot say: a URL pattern without a scheme never matches a
 * page, and two definitions with one id hide each other.
 */
export function checkDefinitionsJson(text: string): DefinitionsCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const pos = at ? lineColumn(text, Number(at[1])) : /line (\d+) column (\d+)/.exec(message);
    const where = pos && 'line' in pos ? pos : pos ? { line: Number(pos[1]), column: Number(pos[2]) } : lineColumn(text, text.length);
    return { ok: false, syntax: { ...where, message: message.replace(/\s*\(line \d+ column \d+\)/, '') } };
  }
  const parsed = z.array(consoleDefinitionSchema).safeParse(raw);
  const issues: DefinitionsIssue[] = [];
  if (!Array.isArray(raw)) issues.push({ path: '(list)', code: 'schema', message: 'expected a list [ … ] of definitions' });
  else if (!parsed.success) for (const i of parsed.error.issues) issues.push({ path: pathOf(i.path), code: 'schema', message: i.message });
  const list = Array.isArray(raw) ? raw : [];
  const seen = new Set<string>();
  list.forEach((d, i) => {
    const def = d as { urlPattern?: unknown; id?: unknown };
    if (typeof def?.urlPattern === 'string' && def.urlPattern && !/^(https?|\*):\/\//.test(def.urlPattern)) issues.push({ path: `[${i}].urlPattern`, code: 'url-scheme', pattern: def.urlPattern });
    if (typeof def?.id === 'string') {
      if (seen.has(def.id)) issues.push({ path: `[${i}].id`, code: 'duplicate-id', id: def.id });
      seen.add(def.id);
    }
  });
  // The schema refuses a scheme-less pattern too; keep the one message that says how to fix it.
  const schemeless = new Set(issues.filter((i) => i.code === 'url-scheme').map((i) => i.path));
  const named = issues.filter((i) => !(i.code === 'schema' && schemeless.has(i.path)));
  if (named.length || !parsed.success) return { ok: false, issues: named };
  return { ok: true, definitions: parsed.data };
}

/** The managed-policy file that hands these definitions to every agent (Chrome/Chromium/Edge on Linux and macOS, or the JSON value of the Windows policy). */
export function policySample(definitions: unknown[], extensionId: string): string {
  return JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { consoles: { definitions } } } } }, null, 2);
}
