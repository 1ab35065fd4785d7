import { browser } from 'wxt/browser';
import type { DeskmateDb } from '../db/database';
import { createKnowledgeIndex, type KnowledgeIndex, type KnowledgeIndexSnapshot, type SearchHit, type WeightedText } from '../knowledge/search/knowledge-index';
import { searchWithRerank, type Reranker } from '../knowledge/search/rerank';
import { DEFAULT_SYNONYMS } from '../knowledge/search/synonyms';
import { makeSnippet } from '../knowledge/snippet';
import { recordUnanswered, unansweredKey } from '../knowledge/unanswered-log';
import { maskPersonalData } from '../knowledge/mask-personal-data';
import { learnPhrasing, phrasingsByArticle } from '../knowledge/phrasings';
import type { IndexableArticle } from '../knowledge/search/knowledge-index';
import { hitRate, recordSuggestionEvent } from '../knowledge/suggestion-events';
import type { KnowledgeArticle } from '../knowledge/types';
import type { KnowledgeHit, PolicyImportStatus } from '../messaging/messages/knowledge';
import type { Handlers } from '../messaging/server';
import type { EffectiveSettings } from '../settings/effective';
import { loadEffectiveSettings } from '../settings/store';
import { createKnowledgeEmbedder, type KnowledgeEmbedder } from './knowledge-embedder';
import { createVectorKeeper } from './knowledge-vectors';
import { importPolicyUrl, POLICY_IMPORT_META_KEY, syncHelpCenterIntoDb } from './knowledge-sources';
import { applyOnce } from './write-once';

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
  /** The articles' version and the phrasings' stamp (see `phrasingsStamp`). */
  version: string;
  snapshot: KnowledgeIndexSnapshot;
}

/**
 * Which model made stored vectors: its id and source, and the extension's version, since an
 * update may ship a retrained bundled model under the same id.
 */
function modelKey(status: { source: string; modelId: string }): string {
  let version = '';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // No manifest outside the extension (unit tests): id and source still tell models apart.
  }
  return `${status.source}:${status.modelId}@${version}`;
}

/** A hit as ranked (re-ranked or not), with the keyword stage's score kept for the thresholds. */
type PanelHit = SearchHit & { lexicalScore: number; rerankScore?: number; meaning?: number };

/**
 * Keyword search, re-ranked when a reranker is given, over the keyword pool plus (in KBs small
 * enough, see DEFAULT_RERANK) the articles nearest in meaning: the same call `kb-search` makes.
 * `minScore` and `isAnswered` are calibrated on BM25, so each hit keeps its keyword score
 * (0 for an article only meaning found, which the panel's minimum score then leaves out).
 * When the reranker fails the hits come back in keyword order with BM25 scores.
 */
export async function rankedSearch(
  index: KnowledgeIndex,
  byId: Map<string, KnowledgeArticle>,
  query: string | WeightedText[],
  { k, category, rerank, articles }: { k: number; category?: string; rerank?: Reranker; articles: KnowledgeArticle[] },
): Promise<PanelHit[]> {
  const hits = await searchWithRerank(index, (id) => byId.get(id), query, { k, category, rerank, dense: () => articles });
  return hits.map((h) => (h.keywordScore === undefined ? { ...h, lexicalScore: h.score } : { ...h, lexicalScore: h.keywordScore, rerankScore: h.score }));
}

/** What the agent did with an article after a customer question that makes the question a phrasing of it. */
const LEARN_FROM = new Set(['copied', 'inserted', 'useful']);

/** The article as the index sees it: its own "also asked as" and the phrasings learnt for it. */
const indexable = (a: KnowledgeArticle, learnt: string[] | undefined): IndexableArticle =>
  learnt?.length || a.askedAs?.length ? { ...a, askedAs: [...(a.askedAs ?? []), ...(learnt ?? [])] } : a;

/** Changes whenever a phrasing is added, confirmed or removed: part of the stored snapshot's version. */
async function phrasingsStamp(db: DeskmateDb): Promise<string> {
  const [count, last] = await Promise.all([db.phrasings.count(), db.phrasings.orderBy('lastUsedAt').last()]);
  return `p${count}:${last?.lastUsedAt ?? 0}`;
}

interface LoadedIndex {
  /** `count:newestUpdate` of the articles: what stored vectors are checked against. */
  version: string;
  /** `version` plus the phrasings' stamp: what the stored index snapshot is checked against. */
  indexVersion: string;
  index: KnowledgeIndex;
  articles: KnowledgeArticle[];
  byId: Map<string, KnowledgeArticle>;
  synonymsKey: string;
}

/**
 * Knowledge answered where the database lives. The index is built lazily on
 * the first search and kept in memory; `knowledge.changed` (an import on the
 * options page) or a change of the synonyms setting rebuilds it. Panel searches
 * are re-ranked by the embedding model of `knowledge.embeddingModelId` when it
 * is set and loaded (knowledge-embedder.ts), by keywords otherwise.
 */
export function knowledgeHandlers(
  db: DeskmateDb,
  readSettings: () => Promise<EffectiveSettings> = loadEffectiveSettings,
  embedder: KnowledgeEmbedder = createKnowledgeEmbedder(),
): Handlers<'offscreen'> {
  let loaded: Promise<LoadedIndex> | null = null;
  const vectors = createVectorKeeper(db);
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
    const [articles, learnt, stamp] = await Promise.all([db.articles.toArray(), phrasingsByArticle(db), phrasingsStamp(db)]);
    const version = `${articles.length}:${articles.reduce((m, a) => Math.max(m, a.updatedAt), 0)}`;
    const indexVersion = `${version}|${stamp}`;
    const stored = (await db.meta.get(INDEX_SNAPSHOT_META_KEY))?.value as StoredSnapshot | undefined;
    const snapshot = stored?.version === indexVersion ? stored.snapshot : undefined;
    const index = createKnowledgeIndex(
      articles.map((a) => indexable(a, learnt.get(a.id))),
      { synonyms: [...DEFAULT_SYNONYMS, ...synonyms], snapshot },
    );
    const result: LoadedIndex = { version, indexVersion, index, articles, byId: new Map(articles.map((a) => [a.id, a])), synonymsKey: JSON.stringify(synonyms) };
    if (!snapshot && articles.length > 0) storeSnapshot(result);
    return result;
  }
  /** Not awaited by callers: a search should not wait for a large write. A failure only costs the next start. */
  function storeSnapshot(current: LoadedIndex): void {
    void db.meta
      .put({ key: INDEX_SNAPSHOT_META_KEY, value: { version: current.indexVersion, snapshot: current.index.snapshot() } satisfies StoredSnapshot })
      .catch((err: Error) => console.warn('[deskmate] knowledge index snapshot not stored:', err.message));
  }
  /**
   * Learns `question` as a phrasing of `articleId` and puts the article back into the loaded index
   * with it (one article re-analysed, not the KB); the question leaves the unanswered log.
   */
  async function learn(articleId: string, question: string, source: 'agent' | 'owner', unanswered?: string): Promise<boolean> {
    if (!(await db.articles.get(articleId))) return false;
    const row = await learnPhrasing(db, articleId, question, source);
    if (!row) return false;
    await db.unanswered.delete(unanswered ?? unansweredKey(maskPersonalData(question.trim())));
    const current = loaded ? await loaded.catch(() => null) : null;
    const a = current?.byId.get(articleId);
    if (current && a) {
      const texts = (await db.phrasings.where('articleId').equals(articleId).toArray()).map((p) => p.text);
      current.index.replace(indexable(a, texts));
      current.indexVersion = `${current.version}|${await phrasingsStamp(db)}`;
      storeSnapshot(current);
    }
    return true;
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
    await vectors.reset();
    settings = null;
    await db.meta.delete(INDEX_SNAPSHOT_META_KEY);
    void currentSettings()
      .then((s) => indexFor(s.knowledge.synonyms))
      .catch((err: Error) => console.warn('[deskmate] knowledge index rebuild failed:', err.message));
  };

  return {
    'knowledge.search': async ({ query, question, category, k }) => {
      const s = await currentSettings();
      const current = await indexFor(s.knowledge.synonyms);
      const { index, byId } = current;
      const toHit = (h: PanelHit): KnowledgeHit | null => {
        const a = byId.get(h.id);
        if (!a) return null;
        const hit: KnowledgeHit = { id: a.id, title: a.title, snippet: makeSnippet(a.body, h.matchedTerms), body: a.body, url: a.url, score: h.lexicalScore, coverage: h.coverage, matchedTerms: h.matchedTerms, confident: h.lexicalScore >= s.knowledge.minScore, related: false };
        if (h.rerankScore !== undefined) hit.rerankScore = h.rerankScore;
        if (h.meaning !== undefined) {
          hit.meaning = Math.max(0, Math.min(1, h.meaning));
          hit.related = !hit.confident && hit.meaning >= s.knowledge.minRelated;
        }
        return hit;
      };
      // An empty KB has nothing to re-rank: no reason to load the model for it.
      const rerank = index.size > 0 ? await embedder.reranker(s) : undefined;
      await vectors.prepare(current, rerank, modelKey(embedder.status(s)));
      const hits = (await rankedSearch(index, byId, query, { k, category, rerank, articles: current.articles })).map(toHit).filter((h): h is KnowledgeHit => h !== null);
      void vectors.afterSearch();
      // Whether the question is answered stays a keyword judgement (coverage and BM25): the unanswered log means what it did before re-ranking.
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
    'knowledge.feedback': async ({ ticketId, articleIds, kind, writeId, question }) => {
      // The events once per write id (the outbox may replay); learning the phrasing after, outside that transaction
      // (it touches the articles, phrasings and the index), and idempotent itself: the same phrasing is stored once.
      const { recorded } = await applyOnce(db, writeId, [db.suggestionEvents], async () => {
        const time = Date.now();
        for (const articleId of articleIds) await recordSuggestionEvent(db, { time, ticketId, articleId, kind });
        return { recorded: articleIds.length };
      });
      // One article used for one question: the agent's judgement that it answers it (issue 16).
      const learnt = !!question && articleIds.length === 1 && LEARN_FROM.has(kind) && (await learn(articleIds[0]!, question, 'agent'));
      return { recorded, learnt };
    },
    'knowledge.attachPhrasing': async ({ question, articleId, unansweredKey: key }) => ({ ok: await learn(articleId, question, 'owner', key) }),
    'knowledge.phrasingsChanged': async () => {
      // Only the keyword index holds phrasings: the article vectors stay.
      loaded = null;
      await db.meta.delete(INDEX_SNAPSHOT_META_KEY);
      void currentSettings()
        .then((s) => indexFor(s.knowledge.synonyms))
        .catch((err: Error) => console.warn('[deskmate] knowledge index rebuild failed:', err.message));
      return { phrasings: await db.phrasings.count() };
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
    'knowledge.embeddingStatus': async ({ warmup }) => {
      settings = null; // asked from the options page, where the setting may just have changed
      const s = await currentSettings();
      if (warmup) embedder.warmup(s);
      return embedder.status(s);
    },
  };
}
