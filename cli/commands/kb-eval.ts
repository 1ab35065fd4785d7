/**
 * `npm run cli -- kb-eval [--datasets ../shared/datasets/kb_retrieval] [--embedding-model ID|none] [--only written|stackfaq|afqmc]`
 * Retrieval figures for Deskmate's keyword ranking and the shipped two-stage ranking
 * (keywords + embedding re-rank, as the panel and `kb-search` run it), beside plain
 * MiniSearch BM25, on:
 * - written_dev zh and en (issue 16: service KBs in domains nobody tuned on, every query tagged
 *   with its kind; figures by kind),
 * - StackFAQ dev (English help-desk FAQ paraphrases),
 * - AFQMC (a Chinese FAQ check built from same-meaning pairs).
 * Halves are grouped by article (metrics.queryHalf): no article has phrasings on both sides.
 * Also runnable directly: `npx tsx cli/commands/kb-eval.ts`.
 */
import { fileURLToPath } from 'node:url';
import { parseCliArgs, type CliArgs } from '../args';
import { createKnowledgeIndex } from '../../lib/knowledge/search/knowledge-index';
import { createPlainIndex } from '../../lib/knowledge/eval/plain-bm25';
import { DATASETS_DIR, datasetsPresent, loadAfqmcRetrieval, loadStackFaq, loadWrittenDev, writtenDevPresent, type EvalSet } from '../../lib/knowledge/eval/datasets';
import { evaluateSplit, evaluateSplitAsync, type SplitFigures } from '../../lib/knowledge/eval/evaluate';
import type { RetrievalFigures } from '../../lib/knowledge/eval/metrics';
import { nodeReranker } from '../../lib/knowledge/eval/node-reranker';
import { searchWithRerank, type Reranker } from '../../lib/knowledge/search/rerank';

const row = (name: string, f: RetrievalFigures) =>
  `| ${name.padEnd(52)} | ${f.queries.toString().padStart(4)} | ${f.recall1.toFixed(3)} | ${f.recall5.toFixed(3)} | ${f.recall10.toFixed(3)} | ${f.mrr10.toFixed(3)} |`;
const HEADER = ['| ranking · queries                                    |    n |  R@1  |  R@5  |  R@10 | MRR@10 |', '|------------------------------------------------------|-----:|------:|------:|------:|-------:|'];

/** Every ranking kb-eval compares, by name. */
async function rankings(set: EvalSet, rerank: Reranker | undefined, withBigramReference: boolean): Promise<Array<[string, SplitFigures]>> {
  const plain = createPlainIndex(set.articles);
  const ours = createKnowledgeIndex(set.articles);
  const byId = new Map(set.articles.map((a) => [a.id, a]));
  const out: Array<[string, SplitFigures]> = [['plain MiniSearch BM25', evaluateSplit(set, (q) => plain.search(q, 10).map((h) => h.id))]];
  if (withBigramReference) {
    const bigram = createPlainIndex(set.articles, { hanBigrams: true });
    out.push(['plain BM25 + Han bigrams', evaluateSplit(set, (q) => bigram.search(q, 10).map((h) => h.id))]);
  }
  out.push(['Deskmate keywords only', evaluateSplit(set, (q) => ours.search(q, { k: 10 }).map((h) => h.id))]);
  if (rerank)
    out.push([
      'Deskmate shipped (keywords + re-rank)',
      await evaluateSplitAsync(set, async (q) => (await searchWithRerank(ours, (id) => byId.get(id), q, { k: 10, rerank, dense: () => set.articles })).map((h) => h.id)),
    ]);
  return out;
}

async function report(title: string, set: EvalSet, rerank: Reranker | undefined, withBigramReference = false): Promise<void> {
  const ranked = await rankings(set, rerank, withBigramReference);
  console.log(`\n### ${title} (${set.articles.length} articles, ${set.queries.length} queries; halves grouped by article)\n`);
  console.log(HEADER.join('\n'));
  for (const half of ['tune', 'heldout', 'all'] as const) for (const [name, f] of ranked) console.log(row(`${name} · ${half}`, f[half]));
  const kinds = Object.keys(ranked[0]![1].byKind);
  if (!kinds.length) return;
  console.log(`\nby kind (all queries):\n`);
  console.log(HEADER.join('\n'));
  for (const kind of kinds) for (const [name, f] of ranked) console.log(row(`${name} · ${kind}`, f.byKind[kind]!));
}

export async function run(args: CliArgs): Promise<void> {
  const dir = args.flags.datasets ?? DATASETS_DIR;
  if (!datasetsPresent(dir)) throw new Error(`datasets not found in ${dir} (expects stackfaq/ and afqmc/)`);
  const only = args.flags.only;
  const { rerank, embedder } = await nodeReranker(args.flags['embedding-model']);
  if ((!only || only === 'written') && writtenDevPresent(dir)) {
    await report('written_dev zh (service KB: education, ride-hailing, insurance, utilities, gaming)', loadWrittenDev('zh', dir), rerank);
    await report('written_dev en (service KB: electronics repair, banking, hotels, streaming, B2B SaaS)', loadWrittenDev('en', dir), rerank);
  }
  if (!only || only === 'stackfaq') await report('StackFAQ dev (en)', loadStackFaq(dir), rerank);
  if (!only || only === 'afqmc') await report('AFQMC FAQ retrieval (zh)', loadAfqmcRetrieval(dir), rerank, true);
  if (embedder) console.log(`\nRe-rank: ${embedder.modelId} from public/models (docs/model-card.md says which data it learnt from).`);
  await embedder?.dispose();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run(parseCliArgs(process.argv.slice(2))).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
