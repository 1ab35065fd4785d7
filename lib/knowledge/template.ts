/**
 * Article variables: `{{customer.name}}`, `{{order.id}}`, `{{agent.name}}`,
 * `{{ticket.id}}` (any dotted name; spaces inside the braces are allowed).
 * `{{customer.name|there}}` gives a fallback used when the value is missing.
 * A variable with no value and no fallback stays visible as `[customer.name]`,
 * so the agent sees the gap before sending instead of a customer reading
 * "Dear undefined".
 */
const VARIABLE = /\{\{\s*([a-zA-Z_][\w]*(?:\.[\w]+)*)\s*(?:\|\s*([^}]*?)\s*)?\}\}/g;

export function fillTemplate(text: string, vars: Record<string, string | undefined>): string {
  return text.replace(VARIABLE, (_m, name: string, fallback: string | undefined) => {
    const value = vars[name]?.trim();
    if (value) return value;
    return fallback !== undefined && fallback !== '' ? fallback : `[${name}]`;
  });
}

/** Variable names a text uses, in order of first use (for the "missing values" hint). */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!))];
}

/** Names used in `text` that `vars` cannot fill and that have no fallback. */
export function missingVariables(text: string, vars: Record<string, string | undefined>): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].filter((m) => !vars[m[1]!]?.trim() && !m[2]).map((m) => m[1]!))];
}
