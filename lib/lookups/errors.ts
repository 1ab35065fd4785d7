/**
 * Typed failures thrown inside a lookup. `runLookup` turns every one of them
 * into an `error` result (re-formatting the message with the final attempt
 * count), so callers outside this folder only see results.
 */
import { formatLookupMessage, type LookupErrorKind, type LookupMessageKey, type LookupMessageParams } from './messages';

export class LookupError extends Error {
  override name = 'LookupError';
  readonly messageKey: LookupMessageKey;
  constructor(
    readonly kind: LookupErrorKind,
    readonly params: LookupMessageParams,
    readonly retryable = false,
  ) {
    const messageKey: LookupMessageKey = `lookup.error.${kind}`;
    super(formatLookupMessage(messageKey, params, 'en'));
    this.messageKey = messageKey;
  }
}

/** 401/403 or a redirect to a sign-in page: the agent must sign in, retrying cannot help. */
export class LookupAuthError extends LookupError {
  override name = 'LookupAuthError';
  constructor(system: string, readonly httpStatus: number) {
    super('auth', { system, status: httpStatus });
  }
}

export class LookupNotFoundError extends LookupError {
  override name = 'LookupNotFoundError';
  readonly httpStatus = 404;
  constructor(system: string, value: string) {
    super('not-found', { system, value, status: 404 });
  }
}

/** Non-2xx other than auth and 404. 408, 429 and 5xx are worth another try. */
export class LookupHttpError extends LookupError {
  override name = 'LookupHttpError';
  constructor(system: string, readonly httpStatus: number) {
    super('http', { system, status: httpStatus, attempts: 1 }, httpStatus === 408 || httpStatus === 429 || httpStatus >= 500);
  }
}

export class LookupTimeoutError extends LookupError {
  override name = 'LookupTimeoutError';
  constructor(system: string, timeoutMs: number) {
    super('timeout', { system, seconds: Math.round(timeoutMs / 100) / 10, attempts: 1 }, true);
  }
}

/** A response that is not JSON, or a pointer that does not lead to a displayable value. */
export class LookupMappingError extends LookupError {
  override name = 'LookupMappingError';
  constructor(readonly pointer: string, readonly detail: string, system = 'the system') {
    super('mapping', { system, pointer: pointer || '(response)', detail });
  }
}
