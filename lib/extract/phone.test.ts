import { describe, expect, it } from 'vitest';
import { describePhone, isHotline, normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['13812345678', 'CN', '+8613812345678'],
    ['138-1234-5678', 'CN', '+8613812345678'],
    ['138 1234 5678', 'CN', '+8613812345678'],
    ['+86 138 1234 5678', 'US', '+8613812345678'],
    ['１３８１２３４５６７８', 'CN', '+8613812345678'],
    ['010-12345678', 'CN', '+861012345678'],
    ['(0755) 8601 3388', 'CN', '+8675586013388'],
    ['(212) 555-0101', 'US', '+12125550101'],
    ['07911 123456', 'GB', '+447911123456'],
    ['+44 20 7946 0018', 'CN', '+442079460018'],
  ] as const)('%s (%s) → %s', (raw, country, e164) => {
    expect(normalizePhone(raw, country)).toBe(e164);
  });

  it.each([
    ['1381234567', 'CN'], // one digit short
    ['20240312', 'CN'], // a date
    ['123456', 'CN'], // a verification code
    ['555-0132', 'US'], // no area code
  ] as const)('rejects %s (%s)', (raw, country) => {
    expect(normalizePhone(raw, country)).toBeNull();
  });

  it('flags hotline ranges', () => {
    expect(isHotline(describePhone('400-812-3123', 'CN')!)).toBe(true);
    expect(isHotline(describePhone('1-800-275-8777', 'US')!)).toBe(true);
    expect(isHotline(describePhone('13812345678', 'CN')!)).toBe(false);
  });
});
