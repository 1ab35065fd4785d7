/** Order/logistics lookups: the public surface used by the panel, options page and background. */
export { connectorSchema, TRIGGER_FIELDS, type LookupConnector, type LookupConnectorInput, type DisplayField, type LookupMapping, type TriggerField } from './schema';
export { validateConnectors, type ConnectorValidation, type ConnectorValidationError, type ConnectorIssue } from './validate';
export { connectorOrigin, templateOrigin } from './origin';
export { fillRequestTemplate, checkLookupValue, LookupTemplateError, type FilledRequest } from './request-template';
export { mapResponse, fieldLabel, type MappedField, type MappedResponse } from './mapping';
export { previewMapping, type MappingPreview, type FieldPreview } from './mapping-preview';
export { fillReplyTemplate, formatItems } from './reply-template';
export { withRetry, backoffDelay, type RetryOptions } from './retry';
export { LookupError, LookupAuthError, LookupNotFoundError, LookupHttpError, LookupTimeoutError, LookupMappingError } from './errors';
export { lookupMessages, formatLookupMessage, type LookupLang, type LookupErrorKind, type LookupMessageKey } from './messages';
export { runLookup, type LookupResult, type LookupSuccess, type LookupFailure, type RunLookupOptions } from './run-lookup';
export { matchConnectors, type ExtractedLookupKeys, type PlannedLookup, type MatchOptions } from './match';
export { LookupCache, type LookupCacheOptions } from './cache';
export { lookupAuditEntry } from './audit';
export { resolvePointer, parsePointer } from './json-pointer';
