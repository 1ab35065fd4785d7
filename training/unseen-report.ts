/**
 * Figures on text this project did not write and did not tune on: the report part
 * of cs_chats_written (figures only; its items are never printed) and the real
 * STC-3 helpdesk threads (dialogue-level satisfaction, no message labels).
 * Used by `npm run eval:models`; the same functions score the tune part.
 */
import type { MessageClassification } from '../lib/classify/classifier';
import { SENTIMENT_LABELS, decideSentiment, sentimentGivenAbuse } from '../lib/classify/labels';
import { adjustToPrior, estimatePrior, type SentimentPrior } from '../lib/classify/prior';
import { readText } from './corpus';
import { metrics } from './dev-report';
import { quickAbuseCheck } from '../lib/classify/lexicon';
import { writtenCustomerMessages, type ChatSplit, type WrittenCustomerMessage } from './chats-written';

const f3 = (x: number) => x.toFixed(3);
export type Classify = (texts: string[]) => Promise<MessageClassification[]>;

/** P(abusive) whatever label the classifier chose. */
export const pAbusive = (p: MessageClassification) => (p.abuse.label === 'abusive' ? p.abuse.score : 1 - p.abuse.score);

export interface AbuseFigures { n: number; positives: number; precision: number; recall: number; f1: number }
export function abuseFigures(ps: number[], gold: boolean[], threshold: number): AbuseFigures {
  const tp = ps.filter((p, i) => p >= threshold && gold[i]).length;
  const fp = ps.filter((p, i) => p >= threshold && !gold[i]).length;
  const pos = gold.filter(Boolean).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = pos ? tp / pos : 1;
  return { n: ps.length, positives: pos, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Best precision over thresholds that keep recall ≥ minRecall: the masking target is "precision ≥ 0.97 at recall ≥ 0.95". */
export function precisionAtRecall(ps: number[], gold: boolean[], minRecall: number): { precision: number; recall: number } {
  let best = { precision: 0, recall: 0 };
  for (const t of [...new Set(ps)]) {
    const f = abuseFigures(ps, gold, t);
    if (f.recall >= minRecall && f.precision > best.precision) best = { precision: f.precision, recall: f.recall };
  }
  return best;
}

/**
 * Per-domain calibration as a deployment would do it: the class prior of each domain's
 * customer messages is estimated by EM from those messages alone (no labels), and each
 * message's sentiment is decided again under it.
 */
export function withDomainPrior(rows: Array<{ domain: string }>, preds: MessageClassification[], trainPrior: SentimentPrior): MessageClassification[] {
  const priors = new Map<string, SentimentPrior>();
  for (const d of new Set(rows.map((r) => r.domain))) priors.set(d, estimatePrior(preds.filter((_, i) => rows[i]!.domain === d).map((p) => p.sentimentScores), trainPrior));
  return preds.map((p, i) => {
    const scores = adjustToPrior(p.sentimentScores, trainPrior, priors.get(rows[i]!.domain)!);
    return { ...p, sentimentScores: scores, sentiment: sentimentGivenAbuse(decideSentiment(scores), p.abuse) };
  });
}

/** One table row per language group of a split of cs_chats_written, plus "all". */
export async function writtenChatReport(split: ChatSplit, classify: Classify, abuseThreshold: number, trainPrior?: SentimentPrior | null): Promise<string> {
  const rows = writtenCustomerMessages(split);
  const raw = await classify(rows.map((r) => r.text));
  const preds = trainPrior ? withDomainPrior(rows, raw, trainPrior) : raw;
  const groups: Array<[string, (r: WrittenCustomerMessage) => boolean]> = [['all', () => true], ['zh', (r) => r.lang === 'zh'], ['en', (r) => r.lang === 'en'], ['mixed', (r) => r.lang === 'mixed']];
  const lines = [
    `| cs_chats_written ${split}${trainPrior ? ', per-domain prior (EM)' : ''} | n | sentiment macro-F1 · acc · neutral recall | abuse P · R · F1 at threshold ${abuseThreshold} | best masking precision at recall ≥ 0.95 |`,
    '|---|---|---|---|---|',
  ];
  for (const [name, keep] of groups) {
    const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    const s = metrics(idx.map((i) => ({ label: SENTIMENT_LABELS.indexOf(rows[i]!.sentiment), pred: SENTIMENT_LABELS.indexOf(preds[i]!.sentiment.label) })), 3);
    const neutral = idx.filter((i) => rows[i]!.sentiment === 'neutral');
    const neutralRecall = neutral.filter((i) => preds[i]!.sentiment.label === 'neutral').length / Math.max(1, neutral.length);
    const ps = idx.map((i) => pAbusive(preds[i]!));
    const gold = idx.map((i) => rows[i]!.abusive);
    const a = abuseFigures(ps, gold, abuseThreshold);
    const op = precisionAtRecall(ps, gold, 0.95);
    lines.push(`| ${name} | ${idx.length} | ${f3(s.macroF1)} · ${f3(s.accuracy)} · ${f3(neutralRecall)} | ${f3(a.precision)} · ${f3(a.recall)} · ${f3(a.f1)} (${a.positives} abusive) | ${f3(op.precision)} (R ${f3(op.recall)}) |`);
  }
  return lines.join('\n');
}

interface Stc3Thread { id: string; turns: Array<{ sender: 'customer' | 'helpdesk'; utterances: string[] }>; mean_S: number }

/** Mann-Whitney AUC: probability that a random positive scores above a random negative (ties count half). */
export function auc(scores: number[], positive: boolean[]): number {
  const pos = scores.filter((_, i) => positive[i]);
  const neg = scores.filter((_, i) => !positive[i]);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : 0.5;
}

/**
 * STC-3 (real Weibo helpdesk threads, zh and their English translations): no message
 * labels, so the check is dialogue-level: does the share of customer messages called
 * negative separate dissatisfied threads (mean satisfaction ≤ -0.5 over 19 annotators)
 * from satisfied ones (≥ 0.5)? Also the label distribution over all customer messages.
 */
export async function stc3Report(classify: Classify): Promise<string> {
  const lines = ['| STC-3 threads | threads (dissatisfied / satisfied) | customer messages | AUC: share negative → dissatisfied | predicted negative · neutral · positive | masked at 0.5 |', '|---|---|---|---|---|---|'];
  for (const lang of ['cn', 'en'] as const) {
    const threads = readText(`cs_dialogue/stc3_weibo_helpdesk/derived_train_${lang}_compact.jsonl`).trim().split('\n').map((l) => JSON.parse(l) as Stc3Thread)
      .filter((t) => t.mean_S <= -0.5 || t.mean_S >= 0.5);
    const msgs = threads.flatMap((t, ti) => t.turns.filter((u) => u.sender === 'customer').flatMap((u) => u.utterances.map((text) => ({ ti, text }))));
    const preds = await classify(msgs.map((m) => m.text));
    const share = threads.map((_, ti) => {
      const mine = preds.filter((_, k) => msgs[k]!.ti === ti);
      return mine.filter((p) => p.sentiment.label === 'negative').length / Math.max(1, mine.length);
    });
    const dissatisfied = threads.map((t) => t.mean_S <= -0.5);
    const dist = SENTIMENT_LABELS.map((l) => f3(preds.filter((p) => p.sentiment.label === l).length / preds.length)).join(' · ');
    const masked = preds.filter((p) => pAbusive(p) >= 0.5).length / preds.length;
    lines.push(`| ${lang === 'cn' ? 'zh' : 'en'} | ${threads.length} (${dissatisfied.filter(Boolean).length} / ${dissatisfied.filter((d) => !d).length}) | ${msgs.length} | ${f3(auc(share, dissatisfied))} | ${dist} | ${f3(masked)} |`);
  }
  return lines.join('\n');
}

/** Abuse of one split by component: the model alone and the on-page lexicon alone (figures only). */
export async function abuseComponentReport(split: ChatSplit, modelOnly: Classify, threshold: number): Promise<string> {
  const rows = writtenCustomerMessages(split);
  const gold = rows.map((r) => r.abusive);
  const model = abuseFigures((await modelOnly(rows.map((r) => r.text))).map(pAbusive), gold, threshold);
  const lexicon = abuseFigures(rows.map((r) => (quickAbuseCheck(r.text).abusive ? 1 : 0)), gold, 0.5);
  const fmt = (a: AbuseFigures) => `${f3(a.precision)} · ${f3(a.recall)} · ${f3(a.f1)}`;
  return [`| cs_chats_written ${split}, abuse by component | model alone P · R · F1 at ${threshold} | on-page lexicon alone P · R · F1 |`, '|---|---|---|', `| all (${rows.length}) | ${fmt(model)} | ${fmt(lexicon)} |`].join('\n');
}
