/** Threshold choice on a dev set: the highest recall whose precision still meets a floor. */
export interface OperatingPoint {
  threshold: number;
  precision: number;
  recall: number;
}

export function recallAtPrecision(scores: number[], positive: boolean[], minPrecision: number): OperatingPoint {
  const order = scores.map((s, i) => [s, positive[i]!] as const).sort((a, b) => b[0] - a[0]);
  const totalPos = positive.filter(Boolean).length;
  let best: OperatingPoint = { threshold: 1, precision: 1, recall: 0 };
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    if (order[k]![1]) tp++;
    // Only cut between distinct scores, so the threshold reproduces exactly this set.
    if (k + 1 < order.length && order[k + 1]![0] === order[k]![0]) continue;
    const precision = tp / (k + 1);
    const recall = totalPos ? tp / totalPos : 0;
    if (precision >= minPrecision && recall > best.recall) best = { threshold: order[k]![0], precision, recall };
  }
  return best;
}
