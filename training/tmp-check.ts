import { loadAbuseCorpus } from './sources-abuse';
import { loadSentimentCorpus } from './sources-sentiment';
for (const [name, xs] of [['abuse', loadAbuseCorpus(1)], ['sentiment', loadSentimentCorpus(1)]] as const) {
  const agg: Record<string, number[]> = {};
  for (const x of xs) { const k = `${x.source}/${x.split}`; (agg[k] ??= [0, 0, 0])[x.label]!++; }
  console.log(name, xs.length); console.table(agg);
}
