import { describe, expect, it } from 'vitest';
import { formatPredictions, parseClassifyInput } from './jsonl';

describe('parseClassifyInput', () => {
  it('reads id and text, skips blank lines, numbers lines without an id', () => {
    const input = '{"id":"a1","text":"你好"}\n\n{"text":"hi"}\r\n{"id":7,"text":""}\n';
    expect(parseClassifyInput(input, 'in.jsonl')).toEqual([
      { id: 'a1', text: '你好' },
      { id: 3, text: 'hi' },
      { id: 7, text: '' },
    ]);
  });

  it.each([
    ['{"id":1}', 'in.jsonl:1: "text" must be a string'],
    ['{"id":1,"text":5}', 'in.jsonl:1: "text" must be a string'],
    ['{"id":1,"text":"ok"}\n{oops', 'in.jsonl:2: not valid JSON'],
  ])('rejects %s', (input, message) => {
    expect(() => parseClassifyInput(input, 'in.jsonl')).toThrow(message);
  });
});

describe('formatPredictions', () => {
  it('writes one JSON object per line with id, label and a rounded score', () => {
    expect(formatPredictions([{ id: 'a', label: 'abusive', score: 0.123456789 }, { id: 2, label: 'neutral', score: 1 }])).toBe(
      '{"id":"a","label":"abusive","score":0.123457}\n{"id":2,"label":"neutral","score":1}\n',
    );
  });
});
