/**
 * Validates a list of connectors one by one, so that one broken definition in a
 * policy does not take the others down with it (each error names its connector
 * and the exact field path).
 */
import { connectorSchema, type LookupConnector } from './schema';

export interface ConnectorIssue {
  /** Dotted path inside the connector, e.g. `mapping.fields[2].pointer`. */
  path: string;
  message: string;
}

export interface ConnectorValidationError {
  index: number;
  /** The connector's id when it has a readable one. */
  id?: string;
  issues: ConnectorIssue[];
}

export interface ConnectorValidation {
  connectors: LookupConnector[];
  errors: ConnectorValidationError[];
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(connector)';
}

/** Never throws: bad input yields errors, good connectors are returned parsed. */
export function validateConnectors(input: unknown): ConnectorValidation {
  if (!Array.isArray(input)) {
    return { connectors: [], errors: [{ index: -1, issues: [{ path: '(list)', message: 'expected an array of connectors' }] }] };
  }
  const connectors: LookupConnector[] = [];
  const errors: ConnectorValidationError[] = [];
  const ids = new Set<string>();
  input.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const parsed = connectorSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message }));
      errors.push({ index, id: rawId, issues });
      return;
    }
    if (ids.has(parsed.data.id)) {
      errors.push({ index, id: rawId, issues: [{ path: 'id', message: `duplicate id "${parsed.data.id}"` }] });
      return;
    }
    ids.add(parsed.data.id);
    connectors.push(parsed.data);
  });
  return { connectors, errors };
}
