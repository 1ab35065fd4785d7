/**
 * Where a connector may send requests. The origin is read from the literal
 * start of the URL template, so no looked-up value can ever choose the host:
 * a placeholder before the first `/`, `?` or `#` after the host is rejected.
 */
import type { LookupConnector } from './schema';

// Scheme, then a host[:port] made only of literal characters. `\` is excluded
// because URL parsers treat it as `/` in http(s) URLs; `@` because userinfo
// would put a password in the definition and hide the real host.
const LITERAL_ORIGIN = /^(https?):\/\/([^/?#{}@\s\\]+)(?=[/?#]|$)/i;

/** `https://oms.example.internal:8443` for a valid template, else null. */
export function templateOrigin(urlTemplate: string): string | null {
  const m = LITERAL_ORIGIN.exec(urlTemplate);
  if (!m) return null;
  try {
    const url = new URL(m[0]);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

/**
 * The `chrome.permissions` origin pattern the extension needs before it may
 * run this connector, e.g. `http://127.0.0.1:5179/*`.
 * @throws Error when the template has no literal origin (the schema rejects those).
 */
export function connectorOrigin(connector: Pick<LookupConnector, 'request'>): string {
  const origin = templateOrigin(connector.request.url);
  if (!origin) throw new Error(`connector URL has no literal http(s) origin: ${connector.request.url}`);
  return `${origin}/*`;
}
