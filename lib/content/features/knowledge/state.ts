import type { KnowledgeHit } from '../../../messaging/messages/knowledge';

export type Feedback = 'useful' | 'not-useful';

/** What the knowledge section shows for the active ticket. */
export interface KnowledgeState {
  status: 'idle' | 'searching' | 'ready' | 'error';
  /** Suggestions above the score floor, best first. */
  hits: KnowledgeHit[];
  /** Articles in the knowledge base (0: the panel invites an import). */
  articles: number | null;
  /** The latest question matched no article well enough (it was logged). */
  unanswered: boolean;
  /** The customer has said something to search with. */
  asked: boolean;
  feedback: Record<string, Feedback>;
  /** Last Copy/Insert outcome per article, for the button's status text. */
  action: { articleId: string; kind: 'copied' | 'inserted' | 'failed'; error?: string; /** Template variables left as `[name]` in the text. */ missing?: string[] } | null;
  error: string | null;
  /** The agent's own search text when the list shows its results instead of the suggestions. */
  lookup: string | null;
}

export const initialKnowledgeState: KnowledgeState = { status: 'idle', hits: [], articles: null, unanswered: false, asked: false, feedback: {}, action: null, error: null, lookup: null };

/** Alt+1…Alt+9 insert the n-th suggestion. */
export function shortcutIndex(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return m ? Number(m[1]) - 1 : null;
}
