/**
 * SYNTHETIC augmentation: customer-service messages composed from the phrase
 * lists in augment-phrases.ts with surface noise (full-width letters,
 * repeated punctuation, emoji, case). Every row is tagged source "synthetic"
 * so the eval and the model card can tell it apart from the real corpora.
 * All rows are training rows; none are used for dev figures.
 */
import { rng, type Example, type Lang } from './corpus';
import * as P from './augment-phrases';

const SUFFIX = ['', '', '!', '！！！', '???', '。', ' 😡', ' 🙄', '!!!!!!', ' 🙂', '～'];

export function pick<T>(xs: readonly T[], rand: () => number): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** Random surface noise of the kind seen in chats. */
function noisy(text: string, rand: () => number): string {
  let t = text + pick(SUFFIX, rand);
  const r = rand();
  if (r < 0.1) t = t.toUpperCase();
  else if (r < 0.18) t = t.replace(/[a-z!?]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)); // full-width
  return t;
}

function fill(template: string, slots: { x?: readonly string[]; ctx: readonly string[] }, rand: () => number): string {
  return template.replace(/\{x\}/g, () => pick(slots.x ?? [''], rand)).replace(/\{ctx\}/g, () => pick(slots.ctx, rand));
}

export function generate(n: number, label: number, lang: Lang, templates: readonly string[], slots: { x?: readonly string[]; ctx: readonly string[] }, rand: () => number): Example[] {
  return Array.from({ length: n }, () => ({ text: noisy(fill(pick(templates, rand), slots, rand), rand), label, lang, source: 'synthetic', split: 'train' as const }));
}

export function abuseAugmentation(seed: number): Example[] {
  const rand = rng(seed + 1);
  const ABUSIVE = 0;
  const CLEAN = 1;
  return [
    ...generate(4000, ABUSIVE, 'zh', P.ZH_ABUSE_TEMPLATES, { x: P.ZH_INSULTS, ctx: P.ZH_CONTEXT }, rand),
    ...generate(3500, ABUSIVE, 'en', P.EN_ABUSE_TEMPLATES, { x: P.EN_INSULTS, ctx: P.EN_CONTEXT }, rand),
    ...generate(2500, CLEAN, 'zh', P.ZH_NEGATIVE_CLEAN, { ctx: P.ZH_CONTEXT }, rand),
    ...generate(2500, CLEAN, 'en', P.EN_NEGATIVE_CLEAN, { ctx: P.EN_CONTEXT }, rand),
    ...generate(1000, CLEAN, 'zh', [...P.ZH_NEUTRAL, ...P.ZH_POSITIVE], { ctx: P.ZH_CONTEXT }, rand),
    ...generate(1000, CLEAN, 'en', [...P.EN_NEUTRAL, ...P.EN_POSITIVE], { ctx: P.EN_CONTEXT }, rand),
  ];
}

export function sentimentAugmentation(seed: number): Example[] {
  const rand = rng(seed + 2);
  const [NEG, NEU, POS] = [0, 1, 2];
  const zh = { x: P.ZH_INSULTS, ctx: P.ZH_CONTEXT };
  const en = { x: P.EN_INSULTS, ctx: P.EN_CONTEXT };
  return [
    ...generate(3000, NEG, 'zh', [...P.ZH_NEGATIVE_CLEAN, ...P.ZH_ABUSE_TEMPLATES], zh, rand),
    ...generate(3500, NEG, 'en', [...P.EN_NEGATIVE_CLEAN, ...P.EN_ABUSE_TEMPLATES], en, rand),
    ...generate(1500, NEU, 'zh', P.ZH_NEUTRAL, zh, rand),
    ...generate(1500, NEU, 'en', P.EN_NEUTRAL, en, rand),
    ...generate(1200, POS, 'zh', P.ZH_POSITIVE, zh, rand),
    ...generate(1200, POS, 'en', P.EN_POSITIVE, en, rand),
  ];
}
