import { expect, it } from 'vitest';
import { fromIndexKey, toIndexKey } from './index-key';

it.each(['refund', '~退款', '#_git', 'café', '100%', '😀', ''])('round-trips %s as ASCII', (term) => {
  const key = toIndexKey(term);
  expect(key).toMatch(/^[\x00-\x7f]*$/);
  expect(fromIndexKey(key)).toBe(term);
});
