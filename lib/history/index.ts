/** Public API of the handling history store (issue 6); see README.md. */
export * from './types';
export { contactKeysFor, lookupKeysFor, rawContactKeys, normalizeEmail, hashContactKey, isHashedKey, contactKindOf, type ContactInput, type ContactKeyOptions, type ContactCountry } from './contact-keys';
export { getOrCreateSalt, HASH_SALT_META_KEY } from './salt';
export { hashStoredContactKeys, hashRecordKeys } from './hashing';
export { recordHandling, editRecord, RecordPatchSchema, type RecordPatch } from './record';
export { mergeHandling, mergeRecords, recordIdFor } from './merge';
export { timelineFor, type Timeline, type TimelineOptions } from './timeline';
export { summarizeHandling, summaryForRecord, timelineLine, type SummaryFacts } from './summary';
export { categoryLabel, CATEGORY_LABELS, OUTCOME_LABELS } from './labels';
export { purgeOlderThan, type PurgeOptions } from './retention';
export { exportHistory, importHistory, clearHistory, HistoryImportError, formatIssuePath, type ImportIssue, type ImportOptions, type ImportResult } from './transfer';
export { HandlingRecordFields, HandlingRecordSchema, HandlingUpdateSchema, HistoryExportSchema, TimelineSchema, ContactKeySchema, type HistoryExport } from './schema';
export { StorageQuotaError, isQuotaError, guardQuota } from './quota';
export { generateHistoryRecords, generatedCustomerKeys, seededRandom, type GenerateOptions } from './generate';
export { runHistoryWorkload, type WorkloadOptions, type WorkloadFigures } from './workload';
