/**
 * Runs one connector for one value: permission check, request from the
 * template, per-attempt timeout, retries for 5xx and network errors (a timeout
 * only once), response
 * classification and mapping. Always resolves to a `LookupResult` (failures
 * are explained, never silent); rejects only when the caller aborts.
 */
import { LookupAuthError, LookupError, LookupHttpError, LookupMappingError, LookupNotFoundError, LookupTimeoutError } from './errors';
import { mapResponse, type MappedField } from './mapping';
import { formatLookupMessage, type LookupErrorKind, type LookupLang, type LookupMessageKey, type LookupMessageParams } from './messages';
import { connectorOrigin } from './origin';
import { fillRequestTemplate, LookupTemplateError, type FilledRequest } from './request-template';
import { withRetry, type RetryOptions } from './retry';
import type { LookupConnector, TriggerField } from './schema';

/** Attempts that may end in a timeout; 408, 429 and 5xx (answers, however unwelcome) get the full retry budget. */
export const MAX_TIMEOUT_ATTEMPTS = 2;

interface LookupBase {
  connectorId: string;
  field: TriggerField;
  value: string;
  /** Requests made (0 when nothing was sent, e.g. no permission). */
  attempts: number;
  /** When the lookup finished (epoch ms). */
  fetchedAt: number;
  durationMs: number;
  /** Response text of the last attempt, only with `includeRaw` (options-page test). */
  raw?: string;
}

export interface LookupSuccess extends LookupBase {
  status: 'ok';
  fields: MappedField[];
  items: MappedField[][];
}

export interface LookupFailure extends LookupBase {
  status: 'error';
  kind: LookupErrorKind;
  /** English text for logs; show `messageKey` + `params` in the agent's language. */
  message: string;
  messageKey: LookupMessageKey;
  params: LookupMessageParams;
  httpStatus?: number;
  /** The JSON pointer that failed, for kind 'mapping'. */
  pointer?: string;
}

export type LookupResult = LookupSuccess | LookupFailure;

export interface RunLookupOptions {
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** @default Date.now */
  now?: () => number;
  /** Language for dates and amounts in mapped values. @default 'en' */
  lang?: LookupLang;
  timeZone?: string;
  includeRaw?: boolean;
  /** Asked before any request, with the origin pattern from `connectorOrigin`. */
  hasPermission?: (originPattern: string) => Promise<boolean>;
  retry?: Omit<RetryOptions, 'isRetryable' | 'signal'>;
}

/** Responses larger than this are not parsed: no order record is that big. */
export const MAX_RESPONSE_CHARS = 2_000_000;

interface RawResponse {
  status: number;
  type: string;
  contentType: string;
  text: string;
}

async function fetchOnce(request: FilledRequest, connector: LookupConnector, options: RunLookupOptions): Promise<RawResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, connector.timeoutMs);
  const onOuterAbort = () => controller.abort(options.signal!.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    const res = await options.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      // The agent's own session with that system: no secret is stored in Deskmate.
      credentials: 'include',
      // A redirect from an API is almost always to a sign-in page; following it
      // would leave the connector's origin.
      redirect: 'manual',
      // The console URL (ticket id) is nobody else's business.
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    // Reading the body is inside the timeout too: a slow body is a slow answer.
    const text = await res.text();
    return { status: res.status, type: res.type, contentType: res.headers.get('content-type') ?? '', text };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timedOut) throw new LookupTimeoutError(connector.system, connector.timeoutMs);
    throw new LookupError('network', { system: connector.system, detail: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function checkStatus(res: RawResponse, connector: LookupConnector, value: string): void {
  const { status } = res;
  if (res.type === 'opaqueredirect' || (status >= 300 && status < 400)) throw new LookupAuthError(connector.system, status);
  if (status === 401 || status === 403) throw new LookupAuthError(connector.system, status);
  if (status === 404) throw new LookupNotFoundError(connector.system, value);
  if (status < 200 || status >= 300) throw new LookupHttpError(connector.system, status);
}

function parseJson(res: RawResponse): unknown {
  if (res.text.length > MAX_RESPONSE_CHARS) throw new LookupMappingError('', `response is larger than ${MAX_RESPONSE_CHARS} characters`);
  if (res.text.trim() === '') throw new LookupMappingError('', 'the response body is empty');
  try {
    return JSON.parse(res.text);
  } catch (e) {
    const html = /html/i.test(res.contentType) || /^\s*</.test(res.text);
    throw new LookupMappingError('', html ? 'the response is HTML, not JSON (a sign-in page?)' : `the response is not valid JSON (${(e as Error).message})`);
  }
}

export async function runLookup(connector: LookupConnector, value: string, options: RunLookupOptions): Promise<LookupResult> {
  const now = options.now ?? Date.now;
  const started = now();
  let attempts = 0;
  let last: RawResponse | undefined;
  const base = () => {
    const finished = now();
    return {
      connectorId: connector.id,
      field: connector.trigger.field,
      value,
      attempts,
      fetchedAt: finished,
      durationMs: finished - started,
      ...(options.includeRaw && last ? { raw: last.text } : {}),
    };
  };
  try {
    const origin = connectorOrigin(connector);
    if (options.hasPermission && !(await options.hasPermission(origin))) throw new LookupError('permission', { origin });
    const request = fillRequestTemplate(connector, value);
    let timeouts = 0;
    last = await withRetry(
      async () => {
        attempts++;
        last = undefined;
        const res = await fetchOnce(request, connector, options).catch((e: unknown) => {
          if (e instanceof LookupTimeoutError) timeouts++;
          throw e;
        });
        last = res;
        checkStatus(res, connector, value);
        return res;
      },
      {
        ...options.retry,
        signal: options.signal,
        // A system that did not answer twice in a row will not answer a third time soon: the agent hears so after ~2 timeouts, not 4.
        isRetryable: (e) => e instanceof LookupError && e.retryable && !(e instanceof LookupTimeoutError && timeouts >= MAX_TIMEOUT_ATTEMPTS),
      },
    );
    const mapped = mapResponse(parseJson(last), connector.mapping, { lang: options.lang, timeZone: options.timeZone });
    return { status: 'ok', ...base(), fields: mapped.fields, items: mapped.items };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    return toFailure(error, connector, value, base());
  }
}

function toFailure(error: unknown, connector: LookupConnector, value: string, base: LookupBase): LookupFailure {
  const known =
    error instanceof LookupError
      ? error
      : error instanceof LookupTemplateError
        ? new LookupError('invalid-value', { detail: error.message })
        : new LookupError('network', { detail: error instanceof Error ? error.message : String(error) });
  const params = { ...known.params, system: connector.system, value, attempts: base.attempts };
  return {
    status: 'error',
    ...base,
    kind: known.kind,
    message: formatLookupMessage(known.messageKey, params, 'en'),
    messageKey: known.messageKey,
    params,
    ...('httpStatus' in known && typeof known.httpStatus === 'number' ? { httpStatus: known.httpStatus } : {}),
    ...(known instanceof LookupMappingError ? { pointer: known.pointer } : {}),
  };
}
