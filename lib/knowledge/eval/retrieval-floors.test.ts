import { describe, expect, it } from 'vitest';
import { createKnowledgeIndex } from '../search/knowledge-index';
import { createPlainIndex } from './plain-bm25';
import { datasetsPresent, DATASETS_DIR, loadAfqmcRetrieval, loadStackFaq, type EvalSet } from './datasets';
import { evaluateSplit } from './evaluate';

/**
 * Measured floors on the public retrieval sets (read in place from ../shared;
 * a fresh clone has none, so this skips with a notice). Floors sit a little
 * under the figures in docs/benchmarks.md so that a ranking change
 * that loses quality fails here.
 */
const present = datasetsPresent();
if (!present) console.warn(`[knowledge eval] skipped: retrieval datasets not found in ${DATASETS_DIR}`);

function both(set: EvalSet) {
  const ours = createKnowledgeIndex(set.articles);
  const plain = createPlainIndex(set.articles);
  return {
    ours: evaluateSplit(set, (q) => ours.search(q, { k: 10 }).map((h) => h.id)),
    plain: evaluateSplit(set, (q) => plain.search(q, 10).map((h) => h.id)),
  };
}

describe.skipIf(!present)('retrieval floors', () => {
  it('StackFAQ (en): tuning and held-out halves, well above plain BM25', () => {
    const { ours, plain } = both(loadStackFaq());
    expect(ours.tune.recall5).toBeGreaterThanOrEqual(0.95);
    expect(ours.tune.mrr10).toBeGreaterThanOrEqual(0.85);
    expect(ours.heldout.recall5).toBeGreaterThanOrEqual(0.92);
    expect(ours.heldout.mrr10).toBeGreaterThanOrEqual(0.83);
    expect(ours.heldout.mrr10 - plain.heldout.mrr10).toBeGreaterThanOrEqual(0.06);
  });

  it('AFQMC FAQ retrieval (zh): far above plain BM25, which cannot split Chinese', () => {
    const { ours, plain } = both(loadAfqmcRetrieval());
    expect(ours.heldout.recall5).toBeGreaterThanOrEqual(0.28);
    expect(ours.heldout.mrr10).toBeGreaterThanOrEqual(0.17);
    expect(plain.heldout.recall5).toBeLessThan(0.05);
  }, 120_000);
});
