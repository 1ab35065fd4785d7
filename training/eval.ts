/**
 * `npm run eval:models`: dev figures of the SHIPPED models (public/models, q8,
 * through createMessageClassifier exactly as the extension and CLI run them),
 * per dataset and language, with the keyword baselines and the on-page lexicon
 * beside them. Dev = official dev/val files where they exist, else the fixed
 * hash-based held-out splits defined in sources-*.ts. `--dtype fp32` to compare.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessageClassifier, type MessageClassification } from '../lib/classify/classifier';
import { quickAbuseCheck } from '../lib/classify/lexicon';
import { ABUSE_LABELS, SENTIMENT_LABELS, decideAbuse } from '../lib/classify/labels';
import { loadCold, loadDavidson, loadOlid, loadSwsr, loadTweetEvalHate } from './sources-abuse';
import { loadChineseConversation, loadHotel, loadOnlineShopping, loadServiceNeutral, loadSst2, loadTweetEvalSentiment } from './sources-sentiment';
import { metrics, type Metrics } from './dev-report';
import { afinnBaseline, ldnoobwBaseline } from './baselines';
import { recallAtPrecision } from './operating-point';
import { MODELS_DIR } from './model-files';
import { abuseComponentReport, stc3Report, writtenChatReport } from './unseen-report';
import { DEFAULT_ABUSE_THRESHOLD } from '../lib/classify/labels';

const here = dirname(fileURLToPath(import.meta.url));
const dtype = process.argv.includes('fp32') || process.argv.includes('--dtype=fp32') ? 'fp32' : 'q8';
interface DevRow { text: string; label: number; lang: string; source: string }

const f3 = (x: number) => x.toFixed(3);
const fmtAbuse = (m: Metrics) => `F1 ${f3(m.f1Class0)} · P ${f3(m.precision0)} · R ${f3(m.recall0)} · macro-F1 ${f3(m.macroF1)}`;

// The shipped configuration, and the abuse model alone (useLexicon: false) for comparison.
const classifier = await createMessageClassifier({ modelRoot: MODELS_DIR + '/', dtype });
const modelOnly = await createMessageClassifier({ modelRoot: MODELS_DIR + '/', dtype, useLexicon: false });
async function predict(rows: DevRow[], c = classifier): Promise<MessageClassification[]> {
  return c.classify(rows.map((r) => r.text));
}
const pAbusive = (p: MessageClassification) => (p.abuse.label === 'abusive' ? p.abuse.score : 1 - p.abuse.score);

const chats = readFileSync(resolve(here, 'data/cs-chat-dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; lang: string; abuse: string; sentiment: string });
const dev = (xs: Array<DevRow & { split: string }>) => xs.filter((x) => x.split === 'dev');

console.log(`# Deskmate model figures (${dtype}, ${new Date().toISOString().slice(0, 10)}, node ${process.version})\n`);
// Unseen data first: the figures that estimate what new chats will do. The report part is printed as figures only.
console.log('## Unseen: cs_chats_written (report part: never tuned on), STC-3 real threads\n');
const classifyTexts = (texts: string[]) => classifier.classify(texts);
console.log(await writtenChatReport('report', classifyTexts, DEFAULT_ABUSE_THRESHOLD) + '\n');
console.log(await abuseComponentReport('report', (texts) => modelOnly.classify(texts), DEFAULT_ABUSE_THRESHOLD) + '\n');
if (classifier.sentimentTrainPrior) console.log(await writtenChatReport('report', classifyTexts, DEFAULT_ABUSE_THRESHOLD, classifier.sentimentTrainPrior) + '\n');
console.log(await stc3Report(classifyTexts) + '\n');
console.log('## Tuned on: cs_chats_written tune part (not an estimate of unseen performance)\n');
console.log(await writtenChatReport('tune', classifyTexts, DEFAULT_ABUSE_THRESHOLD) + '\n');
if (process.argv.includes('--unseen')) {
  await classifier.dispose();
  await modelOnly.dispose();
  process.exit(0);
}
console.log('# Dev figures\n');
console.log('## Abuse (class of interest: abusive)\n');
console.log('| set | lang | n | shipped: model + lexicon | model alone | LDNOOBW keyword baseline | on-page lexicon alone |\n|---|---|---|---|---|---|---|');
const ldnoobw = ldnoobwBaseline();
const abuseSets: Array<[string, string, DevRow[]]> = [
  ['COLD dev', 'zh', dev(loadCold())], ['SWSR held-out 15%', 'zh', dev(loadSwsr())], ['OLID held-out 10%', 'en', dev(loadOlid())],
  ['Davidson held-out 10%', 'en', dev(loadDavidson())], ['TweetEval hate val', 'en', dev(loadTweetEvalHate())],
  ...(['zh', 'en'] as const).map((lang): [string, string, DevRow[]] => ['service chats (cs-chat-dev)', lang, chats.filter((c) => c.lang === lang).map((c) => ({ text: c.text, lang, source: 'cs', label: ABUSE_LABELS.indexOf(c.abuse as 'abusive') }))]),
];
for (const [name, lang, rows] of abuseSets) {
  const pShipped = (await predict(rows)).map(pAbusive);
  const pModel = (await predict(rows, modelOnly)).map(pAbusive);
  const asPred = (p: number) => ABUSE_LABELS.indexOf(decideAbuse(p).label);
  const model = metrics(rows.map((r, i) => ({ label: r.label, pred: asPred(pModel[i]!) })), 2);
  const shipped = metrics(rows.map((r, i) => ({ label: r.label, pred: asPred(pShipped[i]!) })), 2);
  const base = metrics(rows.map((r) => ({ label: r.label, pred: ABUSE_LABELS.indexOf(ldnoobw(r.text)) })), 2);
  const lex = metrics(rows.map((r) => ({ label: r.label, pred: quickAbuseCheck(r.text).abusive ? 0 : 1 })), 2);
  console.log(`| ${name} | ${lang} | ${rows.length} | ${fmtAbuse(shipped)} | ${fmtAbuse(model)} | ${fmtAbuse(base)} | ${fmtAbuse(lex)} |`);
  if (name.startsWith('service')) {
    const op = (ps: number[]) => recallAtPrecision(ps, rows.map((r) => r.label === 0), 0.9);
    const fmtOp = (o: ReturnType<typeof op>) => `recall ${f3(o.recall)} at threshold ${o.threshold.toFixed(3)} (P ${f3(o.precision)})`;
    console.log(`| ↳ best recall at precision ≥ 0.90 | ${lang} | | ${fmtOp(op(pShipped))} | ${fmtOp(op(pModel))} | | |`);
    for (const t of [0.2, 0.3, 0.4]) {
      const at = (ps: number[]) => fmtAbuse(metrics(rows.map((r, i) => ({ label: r.label, pred: ps[i]! >= t ? 0 : 1 })), 2));
      console.log(`| ↳ at threshold ${t} | ${lang} | | ${at(pShipped)} | ${at(pModel)} | | |`);
    }
  }
}

console.log('\n## Sentiment (strict: the 3-way label must equal the gold label; binary sets have no neutral gold)\n');
console.log('| set | lang | n | model acc · macro-F1 · predicted neutral | AFINN `sentiment` baseline acc · macro-F1 |\n|---|---|---|---|---|');
const afinn = afinnBaseline();
const neutralSets = loadServiceNeutral(5000, 20261122).filter((x) => x.split === 'dev');
const sentimentSets: Array<[string, string, DevRow[]]> = [
  ['SST-2 dev', 'en', dev(loadSst2(25000, 20261122))], ['TweetEval sentiment val (held-out half)', 'en', dev(loadTweetEvalSentiment())],
  ['online_shopping_10_cats held-out 10%', 'zh', dev(loadOnlineShopping())], ['ChnSentiCorp hotel held-out 10%', 'zh', dev(loadHotel())],
  ['zh conversation held-out 10%', 'zh', dev(loadChineseConversation())],
  ['service intents: requests and calm problem reports neutral, bitext complaints negative (bitext/banking77/CLINC150)', 'en', neutralSets.filter((x) => x.lang === 'en')], ['service questions, neutral (AFQMC)', 'zh', neutralSets.filter((x) => x.lang === 'zh')],
  ...(['zh', 'en'] as const).map((lang): [string, string, DevRow[]] => ['service chats (cs-chat-dev)', lang, chats.filter((c) => c.lang === lang).map((c) => ({ text: c.text, lang, source: 'cs', label: SENTIMENT_LABELS.indexOf(c.sentiment as 'neutral') }))]),
];
for (const [name, lang, rows] of sentimentSets) {
  const preds = await predict(rows);
  const model = metrics(rows.map((r, i) => ({ label: r.label, pred: SENTIMENT_LABELS.indexOf(preds[i]!.sentiment.label) })), 3);
  const neutral = preds.filter((p) => p.sentiment.label === 'neutral').length / Math.max(1, preds.length);
  const base = lang === 'en' ? metrics(rows.map((r) => ({ label: r.label, pred: SENTIMENT_LABELS.indexOf(afinn(r.text)) })), 3) : undefined;
  console.log(`| ${name} | ${lang} | ${rows.length} | ${f3(model.accuracy)} · ${f3(model.macroF1)} · ${(neutral * 100).toFixed(1)}% | ${base ? `${f3(base.accuracy)} · ${f3(base.macroF1)}` : '—'} |`);
}
await classifier.dispose();
await modelOnly.dispose();
