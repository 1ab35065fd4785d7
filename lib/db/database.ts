import Dexie, { type EntityTable } from 'dexie';
import type { HandlingRecord } from '../history/types';
import type { ArticlePhrasing, KnowledgeArticle, SuggestionEvent, UnansweredQuestion } from '../knowledge/types';
import type { AuditEntry } from '../audit/types';

/** Daily counters for the reports page: one row per day+metric, so reports never scan history. */
export interface DailyMetric {
  /** `${day}|${metric}`, day as YYYY-MM-DD local time. */
  key: string;
  day: string;
  metric: string;
  value: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The extension's database. It must only be opened in an extension context
 * (the offscreen document or an extension page): IndexedDB opened from a
 * content script would belong to the console's origin.
 *
 * Indexes are only what is queried; every other field is stored unindexed.
 * Each schema change is a new `version(n)` step below, never an edit to an old one.
 */
export class DeskmateDb extends Dexie {
  history!: EntityTable<HandlingRecord, 'id'>;
  articles!: EntityTable<KnowledgeArticle, 'id'>;
  unanswered!: EntityTable<UnansweredQuestion, 'key'>;
  suggestionEvents!: EntityTable<SuggestionEvent, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  metrics!: EntityTable<DailyMetric, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  phrasings!: EntityTable<ArticlePhrasing, 'key'>;

  constructor(name = 'deskmate') {
    super(name);
    this.version(1).stores({
      // timeline by any contact key; purge by lastSeen
      history: '&id, *contactKeys, lastSeen',
      articles: '&id, source, updatedAt',
      unanswered: '&key, count, lastAskedAt',
      suggestionEvents: '++id, time',
      audit: '++id, time, ticketId',
      metrics: '&key, day',
      meta: '&key',
    });
    // Issue 16: customer phrasings learnt per article (by article for the index, by time for the options list).
    this.version(2).stores({ phrasings: '&key, articleId, lastUsedAt' });
  }
}
