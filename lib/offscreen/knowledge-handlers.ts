import type { DeskmateDb } from '../db/database';
import { createKnowledgeIndex, type KnowledgeIndex, type KnowledgeIndexSnapshot, type SearchHit } from '../knowledge/search/knowledge-index';
import { DEFAULT_SYNONYMS } from '../knowledge/search/synonyms';
import { makeSnippet } from '../knowledge/snippet';
import { recordUnanswered } from '../knowledge/unanswered-log';
import { hitRate, recordSuggestionEvent } from '../knowledge/suggestion-events';
import type { KnowledgeArticle } from '../knowledge/types';
import type { KnowledgeHit, PolicyImportStatus } from '../messaging/messages/knowledge';
import type { Handlers } from '../messaging/server';
import type { EffectiveSettings } from '../settings/effective';
import { loadEffectiveSettings } from '../settings/store';
import { importPolicyUrl, POLICY_IMPORT_META_KEY, syncHelpCenterIntoDb } from './knowledge-sources';

/**
 * Share of the latest question's words an article must match for the question to count as
 * answered. Raw BM25 scores are not comparable across knowledge bases (the library's README),
 * coverage is: on the demo KB a right answer covers 0.24–0.58 of a question, an unrelated
 * best hit 0.04–0.07.
 */
export const MIN_ANSWER_COVERAGE = 0.2;
/** Settings are read from the background (a message away): cached briefly, a search is not worth a round trip. */
const SETTINGS_TTL_MS = 10_000;

/** Whether the best hit for the latest question answers it: enough of its words, and a score above the noise floor. */
export function isAnswered(best: SearchHit | undefined, minScore: number): boolean {
  return !!best && best.coverage >= MIN_ANSWER_COVERAGE && best.score >= minScore;
}

export const INDEX_SNAPSHOT_META_KEY = 'knowledge.indexSnapshot';
interface StoredSnapshot {
  version: string;
  snapshot: KnowledgeIndexSnapshot;
}

interface LoadedIndex {
  index: KnowledgeIndex;
  byId: Map<string, KnowledgeArticle>;
  synonymsKey: string;
}

/**
 * Knowledge answered where the database lives. The index is built lazily on
 * the first search and kept in memory; `knowledge.changed` (an import on the
 * options page) or a change of the synonyms setting rebuilds it.
 */
export function knowledgeHandlers(db: DeskmateDb, readSettings: () => Promise<EffectiveSettings> = loadEffectiveSettings): Handlers<'offscreen'> {
  let loaded: Promise<LoadedIndex> | null = null;
  let settings: { value: EffectiveSettings; at: number } | null = null;
  const currentSettings = async () => {
    if (!settings || Date.now() - settings.at > SETTINGS_TTL_MS) settings = { value: await readSettings(), at: Date.now() };
    return settings.value.settings;
  };

  /**
   * Analysing every article takes seconds for a large KB (10,000: see docs/benchmarks.md),
   * and the offscreen document starts afresh with each browser session: the index is stored as a
   * snapshot in `meta` and reused while the articles are the same (count and newest update; an
   * import always stamps new times). The library also checks the analyzer version and the ids.
   */
  async function build(synonyms: string[][]): Promise<LoadedIndex> {
    const articles = await db.articles.toArray();
    const version = `${articles.length}:${articles.reduce((m, a) => Math.max(m, a.updatedAt), 0)}`;
    const stored = (await db.meta.get(INDEX_SNAPSHOT_META_KEY))?.value as StoredSnapshot | undefined;
    const snapshot = stored?.version === version ? stored.snapshot : undefined;
    const index = createKnowledgeIndex(articles, { synonyms: [...DEFAULT_SYNONYMS, ...synonyms], snapshot });
    if (!snapshot && articles.length > 0) {
      // Not awaited: the first search should not wait for a large write. A failure only costs the next start.
      void db.meta.put({ key: INDEX_SNAPSHOT_META_KEY, value: { version, snapshot: index.snapshot() } satisfies StoredSnapshot }).catch((err: Error) => console.warn('[deskmate] knowledge index snapshot not stored:', err.message));
    }
    return { index, byId: new Map(articles.map((a) => [a.id, a])), synonymsKey: JSON.stringify(synonyms) };
  }
  async function indexFor(synonyms: string[][]): Promise<LoadedIndex> {
    const key = JSON.stringify(synonyms);
    let current = loaded ? await loaded.catch(() => null) : null;
    if (!current || current.synonymsKey !== key) {
      loaded = build(synonyms);
      loaded.catch(() => (loaded = null));
      current = await loaded;
    }
    return current;
  }
  /**
   * The articles changed: drop the index and its stored snapshot (the version check is only a
   * safety net), then start the rebuild without waiting, so the panel's next search finds it ready.
   */
  const invalidate = async () => {
    loaded = null;
    settings = null;
    await db.meta.delete(INDEX_SNAPSHOT_META_KEY);
    void currentSettings()
      .then((s) => indexFor(s.knowledge.synonyms))
      .catch((err: Error) => console.warn('[deskmate] knowledge index rebuild failed:', err.message));
  };

  return {
    'knowledge.search': async ({ query, question, category, k }) => {
      const s = await currentSettings();
      const { index, byId } = await indexFor(s.knowledge.synonyms);
      const toHit = (h: SearchHit): KnowledgeHit | null => {
        const a = byId.get(h.id);
        if (!a) return null;
        return { id: a.id, title: a.title, snippet: makeSnippet(a.body, h.matchedTerms), body: a.body, url: a.url, score: h.score, coverage: h.coverage, matchedTerms: h.matchedTerms, confident: h.score >= s.knowledge.minScore };
      };
      const hits = index.search(query, { k, category }).map(toHit).filter((h): h is KnowledgeHit => h !== null);
      const best = question ? index.search(question, { k: 1, category })[0] : undefined;
      const answered = question ? isAnswered(best, s.knowledge.minScore) : hits.some((h) => h.confident);
      return { hits, answered, articles: index.size };
    },
    'knowledge.changed': async () => {
      await invalidate();
      return { articles: await db.articles.count() };
    },
    'knowledge.sync': async ({ origin, full }) => {
      const result = await syncHelpCenterIntoDb(db, origin, { fetch: (...a) => fetch(...a), full });
      await invalidate();
      return result;
    },
    'knowledge.importUrl': async ({ url }) => {
      const status = await importPolicyUrl(db, url);
      if (status.ok) await invalidate();
      return status;
    },
    'knowledge.unanswered': async ({ question, reason }) => ({ count: (await recordUnanswered(db, question, reason))?.count ?? 0 }),
    'knowledge.feedback': async ({ ticketId, articleIds, kind }) => {
      const time = Date.now();
      for (const articleId of articleIds) await recordSuggestionEvent(db, { time, ticketId, articleId, kind });
      return { recorded: articleIds.length };
    },
    'knowledge.stats': async ({ days }) => {
      const now = Date.now();
      const [articles, unanswered, rate, policy] = await Promise.all([
        db.articles.count(),
        db.unanswered.count(),
        hitRate(db, now - days * 86_400_000, now + 1),
        db.meta.get(POLICY_IMPORT_META_KEY),
      ]);
      return { articles, unanswered, hitRate: rate, policyImport: (policy?.value as PolicyImportStatus | undefined) ?? null };
    },
  };
}
