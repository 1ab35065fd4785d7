/** DRAFT owned by the knowledge work (issue 5): refine freely. */
export interface KnowledgeArticle {
  id: string;
  title: string;
  /** Plain text used for search and snippets. */
  body: string;
  /** Sanitised, safe markup for display (may be equal to body escaped). */
  bodyHtml: string;
  tags: string[];
  locale: string;
  url: string | null;
  /** Where it came from: 'import:file.csv', 'helpcenter:https://x.zendesk.com', 'policy-url'. */
  source: string;
  updatedAt: number;
  /** Customer phrasings the article answers ("also asked as", from the import); searched beside the title. */
  askedAs?: string[];
}

/**
 * A customer question known to be answered by an article: learnt when an agent inserted, copied or
 * marked the article useful after that question, attached by a KB owner from the unanswered list,
 * or imported from another install. Masked before it is stored (mask-personal-data.ts).
 */
export interface ArticlePhrasing {
  /** `${articleId}\0${normalised text}`: one row per article and question. */
  key: string;
  articleId: string;
  text: string;
  source: 'agent' | 'owner' | 'import';
  /** How often agents confirmed it. */
  count: number;
  createdAt: number;
  lastUsedAt: number;
}

export interface UnansweredQuestion {
  /** Normalised masked question text: same question asked twice counts twice on one row. */
  key: string;
  text: string;
  count: number;
  firstAskedAt: number;
  lastAskedAt: number;
  reason: 'no-match' | 'all-not-useful';
}

export interface SuggestionEvent {
  id?: number;
  time: number;
  ticketId: string;
  articleId: string;
  kind: 'shown' | 'copied' | 'inserted' | 'useful' | 'not-useful';
}
