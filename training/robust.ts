/**
 * Robust training on auto-labelled and noisy corpora: after a first model is
 * trained, rows whose label it confidently contradicts (P(given label) below
 * `floor` while another class has at least `confident`) are probably mislabelled
 * (zh_conversation is labelled by a script; review stars do not fit every
 * sentence). Their loss weight drops to `weight` for the second, final training
 * run, instead of removing them (a confident model can be wrong too).
 * Hand-written rows (synthetic augmentation, the cs_chats_written tune part) are
 * trusted and never down-weighted.
 */
import { forward, type FastTextModel } from './fasttext';

export interface RobustOptions {
  /** @default 0.1 */
  floor: number;
  /** @default 0.8 */
  confident: number;
  /** @default 0.2 */
  weight: number;
}
export const DEFAULT_ROBUST: RobustOptions = { floor: 0.1, confident: 0.8, weight: 0.2 };
const TRUSTED = new Set(['synthetic', 'cs_chats_written-tune']);

export function downWeightContradicted<T extends { feats: Int32Array; label: number; source: string; weight?: number }>(
  model: FastTextModel, rows: T[], opts: RobustOptions = DEFAULT_ROBUST,
): { rows: T[]; downWeighted: Map<string, number> } {
  const downWeighted = new Map<string, number>();
  const out = rows.map((r) => {
    if (TRUSTED.has(r.source)) return r;
    const p = forward(model, r.feats);
    const other = Math.max(...Array.from(p).filter((_, c) => c !== r.label));
    if (p[r.label]! < opts.floor && other >= opts.confident) {
      downWeighted.set(r.source, (downWeighted.get(r.source) ?? 0) + 1);
      return { ...r, weight: (r.weight ?? 1) * opts.weight };
    }
    return r;
  });
  return { rows: out, downWeighted };
}
