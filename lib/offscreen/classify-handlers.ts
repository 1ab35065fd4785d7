import { browser } from 'wxt/browser';
import { createMessageClassifier, type MessageClassifier } from '../classify/classifier';
import type { Handlers } from '../messaging/server';
import type { ModelStatus, ModelVerdict } from '../messaging/messages/classify';
import { loadEffectiveSettings } from '../settings/store';

/**
 * The models live here, loaded once per offscreen document: from an
 * organisation's mirror when policy names one (falling back to the bundled
 * models with the reason kept for the panel), else from the extension's files.
 * Verdicts are cached by text, so re-reads of a conversation cost nothing.
 */
const CACHE_LIMIT = 5000;
/**
 * The abuse threshold is a setting the content side applies to P(abusive), so
 * it can change without reloading models: the classifier itself never calls a
 * message abusive (and so never forces its sentiment negative), it only scores.
 */
const NEVER_DECIDE = 1.01;

export function classifyHandlers(): Handlers<'offscreen'> {
  let status: ModelStatus = { state: 'idle', progress: 0, source: 'bundled', message: null, loadMs: null };
  let loading: Promise<MessageClassifier> | null = null;
  const cache = new Map<string, ModelVerdict>();

  const load = (): Promise<MessageClassifier> => {
    loading ??= (async () => {
      const started = performance.now();
      status = { ...status, state: 'loading', progress: 0 };
      const { settings } = await loadEffectiveSettings();
      const c = settings.classification;
      const onProgress = (p: { loaded: number; total: number }) => {
        if (p.total > 0) status = { ...status, progress: Math.min(0.99, p.loaded / p.total) };
      };
      let fallbackReason: string | null = null;
      if (c.modelMirrorUrl && (c.sentimentModelId || c.abuseModelId)) {
        try {
          const classifier = await createMessageClassifier({
            modelRoot: c.modelMirrorUrl.endsWith('/') ? c.modelMirrorUrl : `${c.modelMirrorUrl}/`,
            modelIds: { sentiment: c.sentimentModelId || 'deskmate-sentiment', abuse: c.abuseModelId || 'deskmate-abuse' },
            dtype: 'q8',
            abuseThreshold: NEVER_DECIDE,
            onProgress,
          });
          status = { state: 'ready', progress: 1, source: 'mirror', message: null, loadMs: performance.now() - started };
          return classifier;
        } catch (err) {
          fallbackReason = `model mirror ${c.modelMirrorUrl} unreachable or incomplete (${(err as Error).message}); using the bundled models`;
        }
      }
      try {
        const classifier = await createMessageClassifier({ modelRoot: (browser.runtime.getURL as (path: string) => string)('/models/'), dtype: 'q8', abuseThreshold: NEVER_DECIDE, onProgress });
        status = { state: 'ready', progress: 1, source: 'bundled', message: fallbackReason, loadMs: performance.now() - started };
        return classifier;
      } catch (err) {
        status = { state: 'error', progress: 0, source: 'bundled', message: (err as Error).message, loadMs: null };
        loading = null;
        throw err;
      }
    })();
    return loading;
  };

  return {
    'classify.status': ({ warmup }) => {
      if (warmup) void load().catch(() => undefined);
      return status;
    },
    'classify.messages': async ({ texts }) => {
      const started = performance.now();
      const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
      if (missing.length) {
        const classifier = await load();
        const results = await classifier.classify(missing);
        results.forEach((r, i) => {
          if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
          cache.set(missing[i]!, {
            sentiment: r.sentiment.label,
            sentimentScore: r.sentiment.score,
            pAbusive: r.abuse.label === 'abusive' ? r.abuse.score : 1 - r.abuse.score,
          });
        });
      }
      return { verdicts: texts.map((t) => cache.get(t)!), status, ms: performance.now() - started };
    },
  };
}
