/**
 * The message classifier used by the offscreen document and the CLI alike:
 * normalizeForModel → transformers.js text-classification pipelines for
 * sentiment and abuse, loaded only from the extension's (or repo's) own files.
 */
import { pipeline } from '@huggingface/transformers';
import { isBrowser, loadFromRoot } from '../models/offline-env';
import { normalizeForModel } from './preprocess';
import { quickAbuseCheck } from './lexicon';
import { adjustToPrior, type SentimentPrior } from './prior';
import {
  ABUSE_LABELS, SENTIMENT_LABELS, combineAbuse, decideAbuse, decideSentiment, scoresByLabel, sentimentGivenAbuse,
  DEFAULT_ABUSE_THRESHOLD, DEFAULT_SENTIMENT_MIN_CONFIDENCE, type AbuseLabel, type LabelScore, type Sentiment,
} from './labels';

export const DEFAULT_MODEL_IDS = { sentiment: 'deskmate-sentiment', abuse: 'deskmate-abuse' } as const;

export interface MessageClassification {
  sentiment: LabelScore<Sentiment>;
  abuse: LabelScore<AbuseLabel>;
  /** All three sentiment probabilities (after the prior adjustment, if any): input for estimatePrior. */
  sentimentScores: Record<Sentiment, number>;
}

export interface MessageClassifier {
  classify(texts: string[]): Promise<MessageClassification[]>;
  dispose(): Promise<void>;
  /** The class balance the sentiment model's probabilities assume (config.json deskmate.label_prior), null if the model does not declare one. */
  readonly sentimentTrainPrior: SentimentPrior | null;
}

export interface ClassifierOptions {
  /** URL prefix (chrome.runtime.getURL('/models/')) or local folder, ending in '/'. */
  modelRoot: string;
  /** @default DEFAULT_MODEL_IDS */
  modelIds?: { sentiment: string; abuse: string };
  /** @default 'wasm' in a browser, 'cpu' in Node */
  device?: 'wasm' | 'cpu';
  /** q8 is what ships to the browser; fp32 exists for comparison. @default 'q8' */
  dtype?: 'q8' | 'fp32';
  onProgress?: (p: { model: string; loaded: number; total: number }) => void;
  /** @default DEFAULT_ABUSE_THRESHOLD */
  abuseThreshold?: number;
  /** @default DEFAULT_SENTIMENT_MIN_CONFIDENCE */
  sentimentMinConfidence?: number;
  /** Combine the abuse model with the on-page lexicon (see combineAbuse). false = model alone, for evaluation. @default true */
  useLexicon?: boolean;
  /** Messages per pipeline call; bounds padding waste on mixed lengths. @default 32 */
  batchSize?: number;
  /**
   * Class prior of this deployment's customer messages (a domain setting, or estimatePrior over
   * its unlabelled messages). Sentiment probabilities are moved from the model's training prior to
   * this one before the decision (prior.ts). Ignored for a model that declares no training prior.
   * @default undefined (the model's own probabilities)
   */
  sentimentPrior?: SentimentPrior;
}

type PipelineWithConfig = { model?: { config?: { deskmate?: { label_prior?: Record<string, number> } } } };

/** The training prior a Deskmate model declares in config.json, if it is a complete sentiment prior. */
function declaredPrior(p: unknown): SentimentPrior | null {
  const prior = (p as PipelineWithConfig).model?.config?.deskmate?.label_prior;
  if (!prior || !SENTIMENT_LABELS.every((l) => typeof prior[l] === 'number' && prior[l] > 0)) return null;
  return { negative: prior.negative!, neutral: prior.neutral!, positive: prior.positive! };
}

type LabelResults = Array<Array<{ label: string; score: number }>>;
type TextClassifier = ((texts: string[], o: { top_k: null }) => Promise<LabelResults>) & { dispose(): Promise<void> };

export async function createMessageClassifier(opts: ClassifierOptions): Promise<MessageClassifier> {
  const ids = opts.modelIds ?? DEFAULT_MODEL_IDS;
  const device = opts.device ?? (isBrowser ? 'wasm' : 'cpu');
  const load = async (id: string): Promise<TextClassifier> =>
    (await pipeline('text-classification', id, {
      device,
      dtype: opts.dtype ?? 'q8',
      progress_callback: (p: { status: string; loaded?: number; total?: number }) => {
        if (p.status === 'progress' && opts.onProgress) opts.onProgress({ model: id, loaded: p.loaded ?? 0, total: p.total ?? 0 });
      },
    })) as unknown as TextClassifier;
  const loaded = await loadFromRoot(opts.modelRoot, () => Promise.allSettled([load(ids.sentiment), load(ids.abuse)]));
  const failed = loaded.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // Free the model that did load, so a caller falling back to other files does not hold two sessions.
    await Promise.all(loaded.map((r) => (r.status === 'fulfilled' ? r.value.dispose() : undefined)));
    throw failed.reason;
  }
  const [sentiment, abuse] = loaded.map((r) => (r as PromiseFulfilledResult<TextClassifier>).value) as [TextClassifier, TextClassifier];
  const threshold = opts.abuseThreshold ?? DEFAULT_ABUSE_THRESHOLD;
  const minConfidence = opts.sentimentMinConfidence ?? DEFAULT_SENTIMENT_MIN_CONFIDENCE;
  const batchSize = opts.batchSize ?? 32;
  const useLexicon = opts.useLexicon ?? true;
  const trainPrior = declaredPrior(sentiment);
  const calibrate = (scores: Record<Sentiment, number>) => (opts.sentimentPrior && trainPrior ? adjustToPrior(scores, trainPrior, opts.sentimentPrior) : scores);

  return {
    sentimentTrainPrior: trainPrior,
    async classify(texts) {
      const out: MessageClassification[] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const normalized = texts.slice(i, i + batchSize).map(normalizeForModel);
        // Messages with no text left (only spaces or invisible characters) carry no signal: neutral and clean, no model call.
        const batch = normalized.filter((t) => t.length > 0);
        const [s, a] = batch.length ? await Promise.all([sentiment(batch, { top_k: null }), abuse(batch, { top_k: null })]) : [[], []];
        let k = 0;
        for (const text of normalized) {
          if (!text) {
            out.push({ sentiment: { label: 'neutral', score: 1 }, abuse: { label: 'clean', score: 1 }, sentimentScores: { negative: 0, neutral: 1, positive: 0 } });
            continue;
          }
          const abuseVerdict = decideAbuse(combineAbuse(scoresByLabel(ABUSE_LABELS, a[k]!).abusive, useLexicon && quickAbuseCheck(text).abusive), threshold);
          const sentimentScores = calibrate(scoresByLabel(SENTIMENT_LABELS, s[k]!));
          out.push({
            sentiment: sentimentGivenAbuse(decideSentiment(sentimentScores, minConfidence), abuseVerdict),
            abuse: abuseVerdict,
            sentimentScores,
          });
          k++;
        }
      }
      return out;
    },
    async dispose() {
      await Promise.all([sentiment.dispose(), abuse.dispose()]);
    },
  };
}
