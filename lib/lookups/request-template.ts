/**
 * Turns a connector's request template and one looked-up value into a concrete
 * request. The value is untrusted (it comes from the customer's chat), so:
 * - in the URL it is percent-encoded as a single component (`/`, `?`, `#`, `&`
 *   and `@` included), and the resulting origin is checked against the
 *   template's literal origin;
 * - in the JSON body it is inserted into the parsed template and serialised by
 *   JSON.stringify, so it can only ever be the content of a string.
 */
import { templateOrigin } from './origin';
import { replacePlaceholders, requestPlaceholderNames } from './placeholders';
import type { LookupConnector } from './schema';

export interface FilledRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type TemplateErrorReason = 'empty-value' | 'value-too-long' | 'dot-segment' | 'malformed-value' | 'bad-template' | 'origin-changed';

export class LookupTemplateError extends Error {
  override name = 'LookupTemplateError';
  constructor(
    message: string,
    readonly reason: TemplateErrorReason,
  ) {
    super(message);
  }
}

export const MAX_VALUE_LENGTH = 200;

/**
 * Rejects values no real order number, tracking number, phone or e-mail has.
 * `.` and `..` matter even when encoded: URL parsers resolve `%2e%2e` as `..`,
 * which would walk up the template's path on the same host.
 */
export function checkLookupValue(value: string): void {
  if (value.trim() === '') throw new LookupTemplateError('the value to look up is empty', 'empty-value');
  if (value.length > MAX_VALUE_LENGTH) throw new LookupTemplateError(`the value is longer than ${MAX_VALUE_LENGTH} characters`, 'value-too-long');
  if (/^\.+$/.test(value.trim())) throw new LookupTemplateError('the value is only dots', 'dot-segment');
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new LookupTemplateError('the value contains control characters', 'malformed-value');
}

function substitute(connector: LookupConnector, encode: (v: string) => string, value: string) {
  const allowed = requestPlaceholderNames(connector.trigger.field);
  return (name: string) => {
    if (!allowed.includes(name)) throw new LookupTemplateError(`unknown placeholder {{${name}}}`, 'bad-template');
    return encode(value);
  };
}

function encodeComponent(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // Lone UTF-16 surrogates cannot be encoded; they never occur in real ids.
    throw new LookupTemplateError('the value is not well-formed text', 'malformed-value');
  }
}

/** Replaces placeholders in every string of a parsed JSON template (keys stay literal). */
function fillJson(node: unknown, fill: (s: string) => string): unknown {
  if (typeof node === 'string') return fill(node);
  if (Array.isArray(node)) return node.map((n) => fillJson(n, fill));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillJson(v, fill)]));
  }
  return node;
}

export function fillRequestTemplate(connector: LookupConnector, value: string): FilledRequest {
  checkLookupValue(value);
  const { request } = connector;
  const origin = templateOrigin(request.url);
  if (!origin) throw new LookupTemplateError('the URL template has no literal origin', 'bad-template');

  const url = replacePlaceholders(request.url, substitute(connector, encodeComponent, value));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LookupTemplateError('the filled URL is not valid', 'bad-template');
  }
  // Defence in depth: the template check already keeps placeholders out of the host.
  if (parsed.origin !== origin) throw new LookupTemplateError('the value would change the request origin', 'origin-changed');

  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.body === undefined) return { method: request.method, url: parsed.href, headers };

  let template: unknown;
  try {
    template = JSON.parse(request.body);
  } catch {
    throw new LookupTemplateError('the body template is not valid JSON', 'bad-template');
  }
  const fillString = (s: string) => replacePlaceholders(s, substitute(connector, (v) => v, value));
  const body = JSON.stringify(fillJson(template, fillString));
  const hasContentType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
  return { method: request.method, url: parsed.href, headers: hasContentType ? headers : { ...headers, 'Content-Type': 'application/json' }, body };
}
