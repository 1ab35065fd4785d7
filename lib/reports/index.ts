export { buildReport, sentimentBucket, SENTIMENT_BUCKETS, type Report, type DayRow, type SentimentBucket } from './report';
export { repeatContacts, type RepeatContact } from './repeat-contacts';
export { toCsv, type CsvRow } from './csv';
export { queryAudit, auditToCsv, actionFamilies, AUDIT_CSV_COLUMNS, type AuditQuery, type AuditPage } from './audit-query';
export { dayKey, daysInRange, rangeFromDates, lastDays, startOfDay, type ReportRange } from './range';
