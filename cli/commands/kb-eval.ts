/**
 * `npm run cli -- kb-eval [--datasets ../shared/datasets/kb_retrieval]`
 * Retrieval figures for Deskmate's ranking beside plain MiniSearch BM25:
 * StackFAQ (English help-desk FAQ paraphrases), split by a fixed hash of the
 * query id into the half used for tuning and the held-out half, and a Chinese
 * FAQ check built from AFQMC's same-meaning pairs, split the same way.
 * With the bundled embedding re-rank (--embedding-model none: without).
 * Also runnable directly: `npx tsx cli/commands/kb-eval.ts`.
 */
import { fileURLToPath } from 'node:url';
import { parseCliArgs, type CliArgs } from '../args';
import { createKnowledgeIndex } from '../../lib/knowledge/search/knowledge-index';
import { createPlainIndex } from '../../lib/knowledge/eval/plain-bm25';
import { DATASETS_DIR, datasetsPresent, loadAfqmcRetrieval, loadStackFaq, type EvalSet } from '../../lib/knowledge/eval/datasets';
import { evaluateSplit, evaluateSplitAsync } from '../../lib/knowledge/eval/evaluate';
import type { RetrievalFigures } from '../../lib/knowledge/eval/metrics';
import { nodeReranker } from '../../lib/knowledge/eval/node-reranker';
import { searchWithRerank, type Reranker } from '../../lib/knowledge/search/rerank';

const row = (name: string, f: RetrievalFigures) =>
  `| ${name.padEnd(36)} | ${f.queries.toString().padStart(4)} | ${f.recall1.toFixed(3)} | ${f.recall5.toFixed(3)} | ${f.recall10.toFixed(3)} | ${f.mrr10.toFixed(3)} |`;

async function report(title: string, set: EvalSet, rerank: Reranker | undefined, withBigramReference = false): Promise<void> {
  const plain = createPlainIndex(set.articles);
  const bigram = withBigramReference ? createPlainIndex(set.articles, { hanBigrams: true }) : undefined;
  const ours = createKnowledgeIndex(set.articles);
  const p = evaluateSplit(set, (q) => plain.search(q, 10).map((h) => h.id));
  const b = bigram && evaluateSplit(set, (q) => bigram.search(q, 10).map((h) => h.id));
  const t0 = performance.now();
  const o = evaluateSplit(set, (q) => ours.search(q, { k: 10 }).map((h) => h.id));
  const perQuery = (performance.now() - t0) / set.queries.length;
  const byId = new Map(set.articles.map((a) => [a.id, a]));
  const r = rerank && (await evaluateSplitAsync(set, async (q) => (await searchWithRerank(ours, (id) => byId.get(id), q, { k: 10, rerank, dense: () => set.articles })).map((h) => h.id)));
  console.log(`\n### ${title} (${set.articles.length} articles, ${set.queries.length} queries, ${perQuery.toFixed(2)} ms/query)\n`);
  console.log('| ranking · half                       |    n |  R@1  |  R@5  |  R@10 | MRR@10 |');
  console.log('|--------------------------------------|-----:|------:|------:|------:|-------:|');
  for (const half of ['tune', 'heldout', 'all'] as const) {
    console.log(row(`plain MiniSearch BM25 · ${half}`, p[half]));
    if (b) console.log(row(`plain BM25 + Han bigrams · ${half}`, b[half]));
    console.log(row(`Deskmate keywords · ${half}`, o[half]));
    if (r) console.log(row(`Deskmate + re-rank · ${half}`, r[half]));
  }
}

export async function run(args: CliArgs): Promise<void> {
  const dir = args.flags.datasets ?? DATASETS_DIR;
  if (!datasetsPresent(dir)) throw new Error(`datasets not found in ${dir} (expects stackfaq/ and afqmc/)`);
  const { rerank, embedder } = await nodeReranker(args.flags['embedding-model']);
  await report('StackFAQ (en)', loadStackFaq(dir), rerank);
  await report('AFQMC FAQ retrieval (zh)', loadAfqmcRetrieval(dir), rerank, true);
  if (embedder)
    console.log(
      `\nRe-rank: ${embedder.modelId} from public/models. The shipped model learnt from all StackFAQ dev questions (both halves), so its StackFAQ rows` +
        ' are not held-out figures: `npm run train:embedding -- --cv` gives the two-fold cross-validated ones (each half ranked by a model trained without it).' +
        ' AFQMC rows are held out (the model learnt from AFQMC train only).',
    );
  await embedder?.dispose();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run(parseCliArgs(process.argv.slice(2))).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
