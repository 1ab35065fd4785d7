import { describe, expect, it } from 'vitest';
import { abuseFigures, auc, precisionAtRecall } from './unseen-report';
import { downWeightContradicted } from './robust';
import { initModel } from './fasttext';

describe('unseen-report figures', () => {
  const ps = [0.9, 0.8, 0.7, 0.6, 0.2, 0.1];
  const gold = [true, true, false, true, false, false];

  it('abuseFigures counts a threshold exactly', () => {
    expect(abuseFigures(ps, gold, 0.65)).toMatchObject({ precision: 2 / 3, recall: 2 / 3, positives: 3 });
    expect(abuseFigures(ps, gold, 0.5)).toMatchObject({ precision: 3 / 4, recall: 1 });
  });

  it('precisionAtRecall picks the best precision that keeps the recall floor', () => {
    expect(precisionAtRecall(ps, gold, 0.95)).toEqual({ precision: 3 / 4, recall: 1 });
    expect(precisionAtRecall(ps, gold, 0.6)).toEqual({ precision: 1, recall: 2 / 3 });
  });

  it('auc is 1 for a perfect ranking, 0.5 for ties, 0 when reversed', () => {
    expect(auc([3, 2, 1, 0], [true, true, false, false])).toBe(1);
    expect(auc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
    expect(auc([0, 1], [true, false])).toBe(0);
  });
});

describe('downWeightContradicted', () => {
  it('down-weights a corpus row the model confidently contradicts, never a trusted hand-written row', () => {
    const m = initModel(2, 2, { dim: 1, pooling: 'mean', seed: 1 });
    m.emb.set([1, 1]);
    m.w.set([10, -10]); // every row: P(class 0) ≈ 1
    const rows = [
      { feats: Int32Array.of(0), label: 1, source: 'COLD' },
      { feats: Int32Array.of(0), label: 0, source: 'COLD' },
      { feats: Int32Array.of(1), label: 1, source: 'synthetic' },
    ];
    const { rows: out, downWeighted } = downWeightContradicted(m, rows);
    expect(out.map((r) => (r as { weight?: number }).weight ?? 1)).toEqual([0.2, 1, 1]);
    expect([...downWeighted]).toEqual([['COLD', 1]]);
  });
});
