/**
 * Article variables: `{{customer.name}}`, `{{order.id}}`, `{{agent.name}}`,
 * `{{ticket.id}}` (any dotted name; spaces inside the braces are allowed).
 * `{{customer.name|there}}` gives a fallback used when the value is missing.
 * A variable with no value and no fallback stays visible as `[customer.name]`,
 * so the agent sees the gap before sending instead of a customer reading
 * "Dear undefined".
 *
 * Article text is untrusted (imported files, Help Center sync), so a variable
 * name is only ever a key into a null-prototype map of the caller's own string
 * values: `{{constructor}}`, `{{__proto__}}` or `{{toString}}` are unknown
 * variables like any other, never a walk up `Object.prototype`.
 */
const VARIABLE = /\{\{\s*([a-zA-Z_][\w]*(?:\.[\w]+)*)\s*(?:\|\s*([^}]*?)\s*)?\}\}/g;

export type TemplateValues = Readonly<Record<string, string | undefined>>;

/** Copies the caller's own string properties into a map with no prototype, blanks dropped. */
function valueMap(vars: TemplateValues): Map<string, string> {
  const map = new Map<string, string>();
  for (const key of Object.keys(vars)) {
    const value: unknown = Object.getOwnPropertyDescriptor(vars, key)?.value;
    if (typeof value === 'string' && value.trim()) map.set(key, value.trim());
  }
  return map;
}

export interface FilledTemplate {
  text: string;
  /** Variables left visible as `[name]` (no value, no fallback), in order of first use. */
  missing: string[];
}

/** Fills the variables and says which ones stayed unfilled, so the panel can tell the agent. */
export function fillTemplateReport(text: string, vars: TemplateValues): FilledTemplate {
  const values = valueMap(vars);
  const missing = new Set<string>();
  const filled = text.replace(VARIABLE, (_m, name: string, fallback: string | undefined) => {
    const value = values.get(name);
    if (value !== undefined) return value;
    if (fallback !== undefined && fallback !== '') return fallback;
    missing.add(name);
    return `[${name}]`;
  });
  return { text: filled, missing: [...missing] };
}

export function fillTemplate(text: string, vars: TemplateValues): string {
  return fillTemplateReport(text, vars).text;
}

/** Variable names a text uses, in order of first use (for the "missing values" hint). */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!))];
}

/** Names used in `text` that `vars` cannot fill and that have no fallback. */
export function missingVariables(text: string, vars: TemplateValues): string[] {
  return fillTemplateReport(text, vars).missing;
}
