import { z } from 'zod';
import { defineMessage } from '../define';

const weightedText = z.object({ text: z.string().max(2000), weight: z.number().min(0).max(10) });

export const knowledgeHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Snippet as text segments; `match` ones are highlighted. Never HTML. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
  /** Plain-text body: what Copy and Insert use (after filling variables). */
  body: z.string(),
  url: z.string().nullable(),
  /** Raw BM25 score of the keyword stage, re-ranked or not: what `minScore` and `confident` apply to. */
  score: z.number(),
  /** 0–1 mix of keyword and embedding similarity that ordered the hits; absent when ranked by keywords only. */
  rerankScore: z.number().optional(),
  coverage: z.number(),
  matchedTerms: z.array(z.string()),
  /** Score at or above `knowledge.minScore`: worth showing. */
  confident: z.boolean(),
  /** Cosine similarity (0–1) of the question and the article by the embedding model, when it scored the hit. */
  meaning: z.number().optional(),
  /**
   * Not confident by keywords but close in meaning (`meaning` ≥ `knowledge.minRelated`): the panel
   * shows it labelled "related" with its similarity, so an answer sharing no word is not hidden (issue 16).
   */
  related: z.boolean().default(false),
});
export type KnowledgeHit = z.infer<typeof knowledgeHitSchema>;

const hitRateSchema = z.object({ shown: z.number(), used: z.number(), useful: z.number(), notUseful: z.number(), rate: z.number() });

/** Last policy-URL import, kept in `meta` for the options page. */
export const policyImportStatusSchema = z.object({ time: z.number(), url: z.string(), ok: z.boolean(), count: z.number().optional(), error: z.string().optional() });
export type PolicyImportStatus = z.infer<typeof policyImportStatusSchema>;

/**
 * The embedding model that re-ranks suggestions (`knowledge.embeddingModelId`), for the options page.
 * `off`: the setting is empty; `idle`: set but not loaded yet (it loads on the first search or a warm-up).
 */
export const embeddingStatusSchema = z.object({
  state: z.enum(['off', 'idle', 'loading', 'ready', 'error']),
  source: z.enum(['bundled', 'mirror']),
  /** The model in use: the bundled one after a fallback, whatever the setting names. */
  modelId: z.string(),
  /** Why the setting's model is not the one in use (`no-mirror`: another id but no mirror set; `mirror-failed`: the mirror did not serve it). */
  fallback: z.enum(['no-mirror', 'mirror-failed']).nullable(),
  /** The requested model id when `fallback` is set; else null. */
  requested: z.string().nullable(),
  /** The loader's error text (mirror failure or load failure), for the administrator. Plain text, never HTML. */
  message: z.string().nullable(),
  loadMs: z.number().nullable(),
});
export type EmbeddingStatus = z.infer<typeof embeddingStatusSchema>;

/** knowledge messages of the protocol (merged into protocol.ts). All answered where the database and the index live. */
export const knowledgeMessages = {
  /**
   * Suggestions for a conversation. `query` is the recency-weighted customer text;
   * `question` (the latest customer message) decides `answered`: whether any article
   * covers enough of what was just asked (see `isAnswered` in the offscreen handlers).
   */
  'knowledge.search': defineMessage(
    'offscreen',
    z.object({
      query: z.union([z.string().max(4000), z.array(weightedText).max(20)]),
      question: z.string().max(2000).optional(),
      category: z.string().max(64).optional(),
      k: z.number().int().min(1).max(20).default(3),
    }),
    z.object({ hits: z.array(knowledgeHitSchema), answered: z.boolean(), articles: z.number() }),
  ),
  /** The articles changed (options page import): rebuild the index at the next search. */
  'knowledge.changed': defineMessage('offscreen', z.object({}), z.object({ articles: z.number() })),
  /** Help Center sync from the console's origin with the agent's session (host permission + cookies). */
  'knowledge.sync': defineMessage(
    'offscreen',
    z.object({ origin: z.string().url(), full: z.boolean().default(false) }),
    z.object({ imported: z.number(), incremental: z.boolean(), total: z.number() }),
  ),
  /** Policy URL: fetch, parse and replace the 'policy-url' articles, all or nothing; the outcome is stored either way. */
  'knowledge.importUrl': defineMessage('offscreen', z.object({ url: z.string().url() }), policyImportStatusSchema),
  'knowledge.unanswered': defineMessage(
    'offscreen',
    z.object({ question: z.string().min(1).max(4000), reason: z.enum(['no-match', 'all-not-useful']) }),
    z.object({ count: z.number() }),
  ),
  /**
   * `question`: the latest customer message when the agent copied, inserted or marked one article
   * useful; stored masked as a phrasing of that article (issue 16) and searched from then on.
   */
  'knowledge.feedback': defineMessage(
    'offscreen',
    z.object({
      ticketId: z.string().max(300),
      articleIds: z.array(z.string().max(300)).min(1).max(20),
      kind: z.enum(['shown', 'copied', 'inserted', 'useful', 'not-useful']),
      /** The outbox's id for this write: a replay is not counted twice. */
      writeId: z.string().min(1).max(80).optional(),
      question: z.string().max(2000).optional(),
    }),
    z.object({ recorded: z.number(), learnt: z.boolean().default(false) }),
  ),
  /** A KB owner attaches a question (from the unanswered list) to an article: stored as its phrasing, the unanswered row removed. */
  'knowledge.attachPhrasing': defineMessage(
    'offscreen',
    z.object({ question: z.string().min(1).max(2000), articleId: z.string().max(300), unansweredKey: z.string().max(400).optional() }),
    z.object({ ok: z.boolean() }),
  ),
  /** Phrasings were edited or imported on the options page: the index takes them at the next search (article vectors stay). */
  'knowledge.phrasingsChanged': defineMessage('offscreen', z.object({}), z.object({ phrasings: z.number() })),
  'knowledge.stats': defineMessage(
    'offscreen',
    z.object({ days: z.number().int().min(1).max(3650).default(30) }),
    z.object({ articles: z.number(), unanswered: z.number(), hitRate: hitRateSchema, policyImport: policyImportStatusSchema.nullable() }),
  ),
  /** The re-rank model's state; `warmup` starts loading it (with the current settings) so the options page can show the outcome before any search. */
  'knowledge.embeddingStatus': defineMessage('offscreen', z.object({ warmup: z.boolean().default(false) }), embeddingStatusSchema),
} as const;
