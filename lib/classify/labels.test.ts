import { describe, expect, it } from 'vitest';
import { combineAbuse, sentimentGivenAbuse, LEXICON_ABUSE_SCORE, decideAbuse, decideSentiment, isAbuseLabel, isSentiment, scoresByLabel, SENTIMENT_LABELS, ABUSE_LABELS } from './labels';
import sentimentConfig from '../../public/models/deskmate-sentiment/config.json';
import abuseConfig from '../../public/models/deskmate-abuse/config.json';

describe('label mapping', () => {
  it('shipped configs use exactly the label constants, in index order', () => {
    expect(Object.values(sentimentConfig.id2label)).toEqual([...SENTIMENT_LABELS]);
    expect(Object.values(abuseConfig.id2label)).toEqual([...ABUSE_LABELS]);
    expect(sentimentConfig.label2id).toEqual({ negative: 0, neutral: 1, positive: 2 });
    expect(abuseConfig.label2id).toEqual({ abusive: 0, clean: 1 });
  });

  it('scoresByLabel picks scores by name and fills missing labels with 0', () => {
    expect(scoresByLabel(SENTIMENT_LABELS, [{ label: 'positive', score: 0.7 }, { label: 'negative', score: 0.2 }])).toEqual({ negative: 0.2, neutral: 0, positive: 0.7 });
  });

  it.each([['negative', true], ['angry', false], ['abusive', false]])('isSentiment(%s) = %s', (x, ok) => expect(isSentiment(x)).toBe(ok));
  it.each([['abusive', true], ['clean', true], ['toxic', false]])('isAbuseLabel(%s) = %s', (x, ok) => expect(isAbuseLabel(x)).toBe(ok));
});

describe('decideAbuse', () => {
  it.each([
    [0.9, 0.5, 'abusive', 0.9],
    [0.5, 0.5, 'abusive', 0.5],
    [0.49, 0.5, 'clean', 0.51],
    [0.3, 0.25, 'abusive', 0.3],
    [0.3, 0.8, 'clean', 0.7],
  ])('P(abusive)=%s at threshold %s → %s (%s)', (p, t, label, score) => {
    const d = decideAbuse(p, t);
    expect(d.label).toBe(label);
    expect(d.score).toBeCloseTo(score, 6);
  });
});

describe('decideSentiment', () => {
  it.each([
    [{ negative: 0.8, neutral: 0.1, positive: 0.1 }, 'negative', 0.8],
    [{ negative: 0.45, neutral: 0.35, positive: 0.2 }, 'neutral', 0.35],
    [{ negative: 0.1, neutral: 0.2, positive: 0.7 }, 'positive', 0.7],
    [{ negative: 0.2, neutral: 0.6, positive: 0.2 }, 'neutral', 0.6],
  ])('%o → %s', (scores, label, score) => {
    expect(decideSentiment(scores, 0.5)).toEqual({ label, score });
  });

  it('a lower confidence floor keeps weak polar labels', () => {
    expect(decideSentiment({ negative: 0.45, neutral: 0.35, positive: 0.2 }, 0.4).label).toBe('negative');
  });
});

describe('combineAbuse', () => {
  it.each([
    [0.1, false, 0.1],
    [0.1, true, LEXICON_ABUSE_SCORE],
    [0.99, true, 0.99],
    [0.99, false, 0.99],
  ])('model %s, lexicon hit %s → %s', (p, hit, out) => {
    expect(combineAbuse(p, hit)).toBe(out);
  });
});

describe('sentimentGivenAbuse', () => {
  it('turns the sentiment of an abusive message negative, with the abuse score', () => {
    expect(sentimentGivenAbuse({ label: 'neutral', score: 0.8 }, { label: 'abusive', score: 0.95 })).toEqual({ label: 'negative', score: 0.95 });
    expect(sentimentGivenAbuse({ label: 'positive', score: 0.7 }, { label: 'abusive', score: 0.6 })).toEqual({ label: 'negative', score: 0.6 });
  });
  it('leaves clean messages and already negative ones alone', () => {
    expect(sentimentGivenAbuse({ label: 'positive', score: 0.9 }, { label: 'clean', score: 0.9 })).toEqual({ label: 'positive', score: 0.9 });
    expect(sentimentGivenAbuse({ label: 'negative', score: 0.7 }, { label: 'abusive', score: 0.99 })).toEqual({ label: 'negative', score: 0.7 });
  });
});
