/**
 * Label names the shipped models emit (config.json id2label) and the
 * decisions built on their scores. Kept separate from the classifier so the
 * content script can use the types and thresholds without transformers.js.
 */
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export const ABUSE_LABELS = ['abusive', 'clean'] as const;
export type Sentiment = (typeof SENTIMENT_LABELS)[number];
export type AbuseLabel = (typeof ABUSE_LABELS)[number];
export type ClassifierTask = 'sentiment' | 'abuse';

export interface LabelScore<L extends string> {
  label: L;
  score: number;
}

/**
 * Default probability of `abusive` above which a message is masked.
 * Chosen on the service-chat dev set (training/data/cs-chat-dev.jsonl) to keep recall
 * high: a hidden clean message costs the agent one click, a shown insult costs more.
 */
export const DEFAULT_ABUSE_THRESHOLD = 0.5;

/**
 * Sentiment needs this much probability for negative/positive; below it the message
 * reads as neutral. Short factual questions sit in this band.
 */
export const DEFAULT_SENTIMENT_MIN_CONFIDENCE = 0.5;

export function isSentiment(x: string): x is Sentiment {
  return (SENTIMENT_LABELS as readonly string[]).includes(x);
}
export function isAbuseLabel(x: string): x is AbuseLabel {
  return (ABUSE_LABELS as readonly string[]).includes(x);
}

/** Probability of each label from a pipeline result list (labels missing from it count as 0). */
export function scoresByLabel<L extends string>(labels: readonly L[], results: ReadonlyArray<{ label: string; score: number }>): Record<L, number> {
  const out = {} as Record<L, number>;
  for (const l of labels) out[l] = results.find((r) => r.label === l)?.score ?? 0;
  return out;
}

/**
 * Probability of `abusive` given to a message the on-page lexicon flags. The models
 * learned the corpora's notions of offence (COLD: group offence; OLID/Davidson: tweets),
 * which miss profanity aimed at the agent ("他妈的到底什么时候发货", "kys"); a lexicon hit is
 * precise on service chats, so it lifts the model's probability to at least this value.
 */
export const LEXICON_ABUSE_SCORE = 0.95;

/** The model's P(abusive) combined with the lexicon verdict: max of the two signals. */
export function combineAbuse(pModel: number, lexiconHit: boolean): number {
  return lexiconHit ? Math.max(pModel, LEXICON_ABUSE_SCORE) : pModel;
}

/** Abusive when P(abusive) ≥ threshold; the score reported is the probability of the chosen label. */
export function decideAbuse(pAbusive: number, threshold = DEFAULT_ABUSE_THRESHOLD): LabelScore<AbuseLabel> {
  return pAbusive >= threshold ? { label: 'abusive', score: pAbusive } : { label: 'clean', score: 1 - pAbusive };
}

/**
 * Arg-max over the three classes, except that a polar label (negative/positive) below
 * `minConfidence` falls back to neutral: a 0.45/0.35/0.20 split is not a negative message.
 */
export function decideSentiment(scores: Record<Sentiment, number>, minConfidence = DEFAULT_SENTIMENT_MIN_CONFIDENCE): LabelScore<Sentiment> {
  let best: Sentiment = 'neutral';
  for (const l of SENTIMENT_LABELS) if (scores[l] > scores[best]) best = l;
  if (best !== 'neutral' && scores[best] < minConfidence) return { label: 'neutral', score: scores.neutral };
  return { label: best, score: scores[best] };
}

/**
 * An abusive message is a negative one, whatever the sentiment model says: the sentiment
 * corpora hold few insults, and "kys" or "you absolute muppet" read as neutral to it.
 */
export function sentimentGivenAbuse(sentiment: LabelScore<Sentiment>, abuse: LabelScore<AbuseLabel>): LabelScore<Sentiment> {
  if (abuse.label !== 'abusive' || sentiment.label === 'negative') return sentiment;
  return { label: 'negative', score: abuse.score };
}
