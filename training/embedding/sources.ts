/**
 * Paraphrase pairs for the embedding model, read in place from ../shared/datasets:
 * - StackFAQ: each article's title and the tuning half of its user questions
 *   paired with the article text, exactly as the re-ranker embeds articles
 *   (the held-out half is never read here: it is what we report);
 * - customer-support intents (Bitext, Banking77, CLINC150): two utterances of
 *   one intent make a pair — the everyday ways customers phrase one need;
 * - AFQMC train: Chinese Alipay customer-service questions labelled same-meaning.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATASETS, readCsv, readText, rng, shuffle } from '../corpus';
import { loadStackFaq } from '../../lib/knowledge/eval/datasets';
import { queryHalf } from '../../lib/knowledge/eval/metrics';
import { articleEmbeddingText } from '../../lib/knowledge/search/rerank';
import { createKnowledgeIndex } from '../../lib/knowledge/search/knowledge-index';

export interface TextPair {
  a: string;
  b: string;
  group: string;
  source: string;
  /** Optional hard negative for `a`. */
  neg?: string;
}

/** `queries`: which half of the StackFAQ questions to learn from ('none': titles only, as for a KB nobody has asked yet). */
export type QueryHalves = 'tune' | 'heldout' | 'all' | 'none';

function stackFaq(repeat: number, queries: QueryHalves): TextPair[] {
  const set = loadStackFaq(resolve(DATASETS, 'kb_retrieval'));
  const text = new Map(set.articles.map((a) => [a.id, articleEmbeddingText(a)]));
  // Hard negatives: the article the keyword ranking puts first among the wrong ones, the
  // confusion the re-rank exists to fix (Gmail questions among a dozen Gmail articles).
  const index = createKnowledgeIndex(set.articles);
  const hardNegative = (question: string, relevant: string[]) => {
    const wrong = index.search(question, { k: 5 }).find((h) => !relevant.includes(h.id));
    return wrong ? text.get(wrong.id) : undefined;
  };
  const out: TextPair[] = [];
  const titles = set.articles.map((a) => ({ a: a.title, b: text.get(a.id)!, group: a.id, source: 'stackfaq', neg: hardNegative(a.title, [a.id]) }));
  const asked = set.queries
    .filter((q) => queries !== 'none' && (queries === 'all' || queryHalf(q) === queries))
    .flatMap((q) => q.relevant.map((id) => ({ a: q.query, b: text.get(id)!, group: id, source: 'stackfaq', neg: hardNegative(q.query, q.relevant) })));
  for (let r = 0; r < repeat; r++) out.push(...titles, ...asked);
  return out;
}

/** Each utterance paired with another of its intent, `perText` times. */
function intentPairs(source: string, rows: Array<{ text: string; intent: string }>, perText: number, rand: () => number): TextPair[] {
  const byIntent = new Map<string, string[]>();
  for (const r of rows) byIntent.set(r.intent, [...(byIntent.get(r.intent) ?? []), r.text]);
  const out: TextPair[] = [];
  for (const [intent, texts] of byIntent) {
    if (texts.length < 2) continue;
    for (let k = 0; k < perText; k++)
      for (let i = 0; i < texts.length; i++) {
        let j = Math.floor(rand() * (texts.length - 1));
        if (j >= i) j++;
        out.push({ a: texts[i]!, b: texts[j]!, group: `${source}:${intent}`, source });
      }
  }
  return out;
}

/** Same-meaning pairs; a question's not-same-meaning partner (AFQMC labels those too: similar words) is its hard negative. */
function afqmc(): TextPair[] {
  const rows = readText('kb_retrieval/afqmc/train.txt').split('\n').map((l) => l.split('\t'));
  const different = new Map<string, string>();
  for (const [a, b, label] of rows) if (a && b && label?.trim() === '0') different.set(a, b).set(b, a);
  const out: TextPair[] = [];
  for (const [a, b, label] of rows) {
    if (a && b && label?.trim() === '1' && a !== b) out.push({ a, b, group: `afqmc:${a}`, source: 'afqmc', neg: different.get(a) ?? different.get(b) });
  }
  return out;
}

export function loadPairs(seed: number, opts: { stackFaqRepeat: number; intentPerText: number; queries: QueryHalves; hardNegatives: boolean }): TextPair[] {
  const rand = rng(seed);
  const bitext = readCsv('cs_intent/bitext/train_20k.csv').map((r) => ({ text: r.utterance ?? '', intent: r.intent ?? '' }));
  const banking = readCsv('cs_intent/banking77/train.csv').map((r) => ({ text: r.text ?? '', intent: r.category ?? '' }));
  const clinc = (JSON.parse(readFileSync(resolve(DATASETS, 'cs_intent/clinc150/data/data_full.json'), 'utf8')) as { train: Array<[string, string]> }).train.map(
    ([text, intent]) => ({ text, intent }),
  );
  return shuffle(
    [
      ...stackFaq(opts.stackFaqRepeat, opts.queries),
      ...intentPairs('bitext', bitext, opts.intentPerText, rand),
      ...intentPairs('banking77', banking, opts.intentPerText, rand),
      ...intentPairs('clinc150', clinc, opts.intentPerText, rand),
      ...afqmc(),
    ]
      .filter((p) => p.a.trim() && p.b.trim())
      .map((p) => (opts.hardNegatives ? p : { ...p, neg: undefined })),
    rand,
  );
}
