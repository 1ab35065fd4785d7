import { expect, it } from 'vitest';
import { fromIndexKey, toIndexKey } from './index-key';

it.each(['refund', '~退款', '#_git', 'café', '100%', '😀', ''])('round-trips %s as ASCII', (term) => {
  const key = toIndexKey(term);
  expect(key).toMatch(/^[\x00-\x7f]*$/);
  expect(fromIndexKey(key)).toBe(term);
});

it('leaves ASCII terms as they are (except %, the escape)', () => {
  expect(toIndexKey('refund')).toBe('refund');
  expect(toIndexKey('#_git')).toBe('#_git');
  expect(toIndexKey('100%')).toBe('100%0025');
  expect(toIndexKey('~退款')).toBe('~%9000%6b3e');
});
