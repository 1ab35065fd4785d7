/**
 * The one text normalisation shared by training, the CLI and the extension.
 * The model was trained on exactly this output, so any change here needs a
 * retrain (`npm run train:models`). Pure and synchronous: cheap enough to run
 * on every message before batching.
 */
import { unmaskInsults } from './obfuscation';
import { toSimplified } from './traditional';
import { maskIdentifiers } from './identifiers';

/** Emoji and pictographs, so they become tokens of their own rather than gluing to a word. */
const EMOJI = /(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)/gu;
/** Zero-width characters used to slip insults past filters. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Separators stuffed between Chinese characters ("傻.逼", "傻*逼", "傻 逼"). Chinese prose has no spaces, so removing them is safe. */
const CJK_SEPARATED = /(\p{Script=Han})[\s.*_\-~·•|/\\]+(?=\p{Script=Han})/gu;

/** Cap for runs of one repeated character: "!!!!!!" and "哈哈哈哈哈哈" still read as emphatic. */
const MAX_REPEAT = 3;

export function normalizeForModel(text: string): string {
  let t = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  t = toSimplified(t);
  // Chinese full stop variants and ellipses fold into the ASCII forms the tokenizer splits on.
  t = t.replace(/。/g, '.').replace(/…/g, '...').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  t = t.replace(/https?:\/\/\S+|www\.\S+/g, ' url ').replace(/(^|\s)@[\w\u4e00-\u9fff]+/g, '$1@user ');
  t = t.replace(CJK_SEPARATED, '$1');
  t = unmaskInsults(t);
  t = maskIdentifiers(t);
  t = t.replace(/(.)\1{3,}/gsu, (_m, ch: string) => ch.repeat(MAX_REPEAT));
  t = t.replace(EMOJI, ' $1 ');
  return t.replace(/\s+/g, ' ').trim();
}
