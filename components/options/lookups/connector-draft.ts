/**
 * The options page's connector editor as pure functions: parse the JSON the
 * manager typed, validate it in the context of the whole list (ids must stay
 * unique), and produce the list to save.
 */
import { validateConnectors, type ConnectorIssue, type LookupConnector, type LookupConnectorInput } from '@/lib/lookups';

export interface DraftCheck {
  /** The parsed JSON when it parsed (may still be an invalid connector). */
  parsed?: unknown;
  jsonError?: string;
  issues: ConnectorIssue[];
  /** The whole list to save, when the draft is valid. */
  next?: LookupConnector[];
}

/** @param index the connector being edited, or null for a new one (appended). */
export function checkDraft(text: string, list: readonly LookupConnector[], index: number | null): DraftCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { jsonError: (e as Error).message, issues: [] };
  }
  const candidate = index === null ? [...list, parsed] : list.map((c, i) => (i === index ? parsed : c));
  const at = index ?? list.length;
  const { connectors, errors } = validateConnectors(candidate);
  const issues = errors.filter((e) => e.index === at || e.index === -1).flatMap((e) => e.issues);
  // Another connector that stopped validating (e.g. a duplicate id) is this draft's problem too.
  const others = errors.filter((e) => e.index !== at && e.index !== -1).flatMap((e) => e.issues);
  const all = [...issues, ...others];
  return all.length > 0 ? { parsed, issues: all } : { parsed, issues: [], next: connectors };
}

export function withoutConnector(list: readonly LookupConnector[], index: number): LookupConnector[] {
  return list.filter((_c, i) => i !== index);
}

/** What "Add connector" starts from: the smallest connector that validates, to be edited. */
export const NEW_CONNECTOR: LookupConnectorInput = {
  id: 'new-connector',
  name: 'Order status',
  system: 'Order system',
  trigger: { field: 'order_id' },
  request: { method: 'GET', url: 'https://oms.example.internal/api/orders/{{order_id}}' },
  mapping: { fields: [{ label: 'Status', labelZh: '状态', pointer: '/status' }] },
  replyTemplate: 'Your order is {{Status}}.',
};

export const draftText = (connector: LookupConnectorInput): string => JSON.stringify(connector, null, 2);
