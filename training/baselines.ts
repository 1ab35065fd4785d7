/**
 * The keyword baselines printed beside the model in `npm run eval:models`:
 * abuse = any LDNOOBW term (zh substring, en whole word) on NFKC + lower-cased
 * text; English sentiment = the npm `sentiment` package (AFINN-165), score
 * sign → negative / neutral / positive. No Chinese sentiment baseline exists
 * among the shipped resources, so none is printed.
 */
import Sentiment from 'sentiment';
import { termFinder } from '../lib/classify/lexicon-match';
import { ldnoobw } from './build-lexicon';

export function ldnoobwBaseline(): (text: string) => 'abusive' | 'clean' {
  const zh = termFinder(ldnoobw('zh'), 'zh');
  const en = termFinder(ldnoobw('en').map((t) => t.toLowerCase()), 'en');
  return (text) => {
    const t = text.normalize('NFKC').toLowerCase();
    return zh(t).length || en(t).length ? 'abusive' : 'clean';
  };
}

export function afinnBaseline(): (text: string) => 'negative' | 'neutral' | 'positive' {
  const analyzer = new Sentiment();
  return (text) => {
    const { score } = analyzer.analyze(text);
    return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  };
}
