import { describe, expect, it } from 'vitest';
import { escapePointerToken, parsePointer, resolvePointer } from './json-pointer';

// The example document of RFC 6901 section 5.
const rfc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };

describe('resolvePointer', () => {
  it.each([
    ['', rfc],
    ['/foo', ['bar', 'baz']],
    ['/foo/0', 'bar'],
    ['/', 0],
    ['/a~1b', 1],
    ['/c%d', 2],
    ['/e^f', 3],
    ['/g|h', 4],
    ['/i\\j', 5],
    ['/k"l', 6],
    ['/ ', 7],
    ['/m~0n', 8],
  ])('RFC 6901 example %j', (pointer, expected) => {
    expect(resolvePointer(rfc, pointer)).toEqual({ found: true, value: expected });
  });

  it('decodes ~01 as the literal "~1", not "/"', () => {
    expect(resolvePointer({ '~1': 'tilde-one', '/': 'slash' }, '/~01')).toEqual({ found: true, value: 'tilde-one' });
  });

  it('resolves null values as found', () => {
    expect(resolvePointer({ refund: { amount: null } }, '/refund/amount')).toEqual({ found: true, value: null });
  });

  it.each([
    [{ a: {} }, '/a/b', '/a/b', 'no member "b"'],
    [{ a: [1, 2] }, '/a/2', '/a/2', 'past the end of an array of 2'],
    [{ a: [1, 2] }, '/a/-', '/a/-', 'not an array index'],
    [{ a: [1, 2] }, '/a/01', '/a/01', 'not an array index'],
    [{ a: 'text' }, '/a/b/c', '/a/b', 'parent is string'],
    [{ a: null }, '/a/b', '/a/b', 'parent is null'],
    [{}, '/__proto__', '/__proto__', 'no member'],
    [{}, '/constructor/name', '/constructor', 'no member'],
    [{ 'x/y': { 'p~q': 1 } }, '/x~1y/p~0q/r', '/x~1y/p~0q/r', 'parent is number'],
  ])('reports where %j fails for %s', (doc, pointer, failedAt, reason) => {
    const result = resolvePointer(doc, pointer);
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.failedAt).toBe(failedAt);
      expect(result.reason).toContain(reason);
    }
  });
});

describe('parsePointer', () => {
  it.each(['a/b', '/a~', '/a~2'])('rejects %j', (p) => expect(() => parsePointer(p)).toThrow());
  it('round-trips escaped tokens', () => {
    const tokens = ['a/b', 'm~n', '~1'];
    expect(parsePointer(tokens.map((t) => `/${escapePointerToken(t)}`).join(''))).toEqual(tokens);
  });
});
