/**
 * Sentiment corpora → Example[] with label 0 = negative, 1 = neutral, 2 = positive
 * (SENTIMENT_LABELS order). Most sources are binary; neutral comes from TweetEval's
 * neutral tweets and from factual customer-service questions (see model card).
 */
import { capTrain, dedupe, heldOut, readCsv, readText, type Example } from './corpus';

const NEG = 0;
const NEU = 1;
const POS = 2;

/** SST-2 phrases: official train (subsampled: 67k short phrases would drown the chat-like data) and dev. */
export function loadSst2(cap: number, seed: number): Example[] {
  const part = (split: 'train' | 'dev') =>
    readCsv(`en_sentiment/sst2/${split}.tsv`, '\t').map((r) => ({ text: (r.content ?? r.sentence ?? '').trim(), label: r.label === '1' ? POS : NEG, lang: 'en' as const, source: 'SST-2', split }));
  return capTrain([...part('train'), ...part('dev')].filter((x) => x.text), cap, seed);
}

/** TweetEval sentiment has only a val file here: half (by text hash) trains, half is held out as dev. */
export function loadTweetEvalSentiment(): Example[] {
  const texts = readText('en_sentiment/tweeteval/sentiment/val_text.txt').split('\n');
  const labels = readText('en_sentiment/tweeteval/sentiment/val_labels.txt').split('\n');
  return texts
    .map((t, i) => ({ text: t.trim(), label: Number(labels[i]), lang: 'en' as const, source: 'TweetEval-sentiment', split: heldOut(t.trim(), 50) }))
    .filter((x) => x.text && x.label >= 0 && x.label <= 2);
}

/** TweetEval emotion train: anger/sadness → negative, joy/optimism → positive (tweet-register polarity). */
export function loadTweetEvalEmotion(): Example[] {
  const texts = readText('en_sentiment/tweeteval/emotion/train_text.txt').split('\n');
  const labels = readText('en_sentiment/tweeteval/emotion/train_labels.txt').split('\n');
  const polarity = [NEG, POS, POS, NEG]; // mapping.txt: 0 anger, 1 joy, 2 optimism, 3 sadness
  return texts
    .map((t, i) => ({ text: t.trim(), label: polarity[Number(labels[i])] ?? -1, lang: 'en' as const, source: 'TweetEval-emotion', split: 'train' as const }))
    .filter((x) => x.text && x.label >= 0);
}

/** online_shopping_10_cats (10 product categories incl. hotel) with 10% held out by text hash. */
export function loadOnlineShopping(): Example[] {
  const rows = [1, 2, 3, 4].flatMap((n) => readCsv(`zh_sentiment/ChineseNlpCorpus/online_shopping_10_cats/part${n}.csv`));
  return dedupe(
    rows
      .map((r) => ({ text: (r.review ?? '').replace(/^\uFEFF/, ''), label: r.label === '1' ? POS : NEG, lang: 'zh' as const, source: 'online_shopping', split: heldOut((r.review ?? '').replace(/^\uFEFF/, ''), 10) }))
      .filter((x) => x.text),
  );
}

/** ChnSentiCorp hotel reviews; overlaps online_shopping's 酒店 rows, which the shared text-hash split keeps on the same side. */
export function loadHotel(): Example[] {
  return dedupe(
    readCsv('zh_sentiment/ChineseNlpCorpus/ChnSentiCorp_htl_all.csv')
      .map((r) => ({ text: r.review ?? '', label: r.label === '1' ? POS : NEG, lang: 'zh' as const, source: 'hotel', split: heldOut(r.review ?? '', 10) }))
      .filter((x) => x.text),
  );
}

/** Chinese human-computer chat, auto-labelled (noisy), jieba-segmented: spaces are stripped. 10% held out. */
export function loadChineseConversation(): Example[] {
  return dedupe(
    readText('zh_sentiment/chinese_conversation_sentiment/sentiment_XS_30k.txt')
      .split('\n')
      .slice(1)
      .map((line) => {
        const comma = line.indexOf(',');
        const text = line.slice(comma + 1).replace(/\s+/g, '');
        return { text, label: line.startsWith('positive') ? POS : NEG, lang: 'zh' as const, source: 'zh_conversation', split: heldOut(text, 10) };
      })
      .filter((x) => x.text),
  );
}

/**
 * bitext's `complaint` intent is written as complaints ("I want to file a complaint, you people …"):
 * negative. Every other intent, problem reports included ("my card payment was declined", "I was
 * charged twice"), is a calm request or report, which service chats label neutral: emotion, not
 * topic, makes a message negative. (Until v5 problem intents were negative, and calm reports in
 * real chats came out negative with them.)
 */
const EMOTIONAL_INTENT = /^complaint$/i;

export function loadServiceNeutral(cap: number, seed: number): Example[] {
  const clinc = JSON.parse(readText('cs_intent/clinc150/data/data_full.json')) as Record<string, Array<[string, string]>>;
  const bitext = readCsv('cs_intent/bitext/train_20k.csv').filter((r) => r.intent !== 'review');
  const bank = readCsv('cs_intent/banking77/train.csv');
  const sources: Array<[string, 'zh' | 'en', Array<[string, string]>]> = [
    ['bitext', 'en', bitext.map((r) => [r.utterance ?? '', r.intent ?? ''])],
    ['banking77', 'en', bank.map((r) => [r.text ?? '', r.category ?? ''])],
    ['clinc150', 'en', (clinc.train ?? []).map(([t, intent]) => [t, intent])],
    ['afqmc', 'zh', readText('kb_retrieval/afqmc/train.txt').split('\n').flatMap((l) => l.split('\t').slice(0, 2)).map((t): [string, string] => [t, ''])],
  ];
  return sources.flatMap(([source, lang, rows]) => {
    const xs = dedupe(rows.filter(([t]) => t).map(([text, intent]) => ({ text, label: EMOTIONAL_INTENT.test(intent) ? NEG : NEU, lang, source, split: heldOut(text, 10) })));
    const capped = capTrain(xs, lang === 'zh' ? cap * 2 : cap, seed);
    // Dev rows capped too (AFQMC alone would hold 6k): 500 per source is plenty to measure a neutral rate.
    return [...capped.filter((x) => x.split === 'train'), ...capped.filter((x) => x.split === 'dev').slice(0, 500)];
  });
}

export function loadSentimentCorpus(seed: number): Example[] {
  return [
    ...loadSst2(25000, seed),
    ...loadTweetEvalSentiment(),
    ...loadTweetEvalEmotion(),
    ...loadOnlineShopping(),
    ...loadHotel(),
    ...loadChineseConversation(),
    ...loadServiceNeutral(6000, seed),
  ];
}
