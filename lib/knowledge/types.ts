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
