import { describe, expect, it } from 'vitest';
import { contactKeysFor, contactKindOf, hashContactKey, isHashedKey, normalizeEmail, rawContactKeys } from './contact-keys';

describe('rawContactKeys', () => {
  it.each([
    ['13812345678'],
    ['138-1234-5678'],
    ['138 1234 5678'],
    ['+86 138 1234 5678'],
    ['0086 138 1234 5678'],
    ['86-138-1234-5678'],
    ['１３８１２３４５６７８'],
    ['＋８６ １３８－１２３４－５６７８'],
  ])('phone %s is the same customer as 13812345678', (raw) => {
    expect(rawContactKeys({ consoleId: 'zendesk', phones: [raw] })).toEqual(['phone:+8613812345678']);
  });

  it('uses the default country for numbers without +CC', () => {
    expect(rawContactKeys({ consoleId: 'zendesk', phones: ['(212) 555-0101'] }, { defaultCountry: 'US' })).toEqual(['phone:+12125550101']);
    expect(rawContactKeys({ consoleId: 'zendesk', phones: ['07911 123456'] }, { defaultCountry: 'GB' })).toEqual(['phone:+447911123456']);
  });

  it('puts the user id first, de-duplicates, and drops what is not a phone or e-mail', () => {
    const keys = rawContactKeys({
      consoleId: 'freshdesk',
      userId: ' 77 ',
      emails: ['Wang@Example.com', 'wang@example.com ', 'not an email'],
      phones: ['138 1234 5678', '13812345678', '123456'],
    });
    expect(keys).toEqual(['user:freshdesk:77', 'email:wang@example.com', 'phone:+8613812345678']);
  });

  it('never keys a company hotline, which many customers quote', () => {
    expect(rawContactKeys({ consoleId: 'zendesk', phones: ['400-812-3123', '13812345678'] })).toEqual(['phone:+8613812345678']);
    expect(rawContactKeys({ consoleId: 'zendesk', phones: ['1-800-275-8777'] }, { defaultCountry: 'US' })).toEqual([]);
  });

  it('gives no keys for an anonymous visitor', () => {
    expect(rawContactKeys({ consoleId: 'zendesk', userId: null, emails: [], phones: [] })).toEqual([]);
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['  Wang.Min@Example.COM ', 'wang.min@example.com'],
    ['ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'wang@example.com'],
    ['wang@localhost', null],
    ['two words@example.com', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
  });
});

describe('hashing', () => {
  it('hashes to kind#sha256, deterministic per salt and different across salts', async () => {
    const a = await hashContactKey('phone:+8613812345678', 'salt-one-0123456');
    expect(a).toMatch(/^phone#[0-9a-f]{64}$/);
    expect(isHashedKey(a)).toBe(true);
    expect(contactKindOf(a)).toBe('phone');
    expect(await hashContactKey('phone:+8613812345678', 'salt-one-0123456')).toBe(a);
    expect(await hashContactKey('phone:+8613812345678', 'salt-two-0123456')).not.toBe(a);
    expect(await hashContactKey(a, 'salt-two-0123456')).toBe(a);
  });

  it('matches the known SHA-256 of salt|key', async () => {
    // sha256("s|email:a@b.co"), computed independently with node:crypto
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256').update('s|email:a@b.co').digest('hex');
    expect(await hashContactKey('email:a@b.co', 's')).toBe(`email#${expected}`);
  });

  it('contactKeysFor hashes every key when a salt is given, and the same customer in another format gets the same keys', async () => {
    const salt = '00112233445566778899aabbccddeeff';
    const first = await contactKeysFor({ consoleId: 'zendesk', emails: ['wang@example.com'], phones: ['13812345678'] }, { hashSalt: salt });
    const again = await contactKeysFor({ consoleId: 'zendesk', emails: ['WANG@example.com'], phones: ['+86 138-1234-5678'] }, { hashSalt: salt });
    expect(again).toEqual(first);
    expect(first.every(isHashedKey)).toBe(true);
    expect(first.join()).not.toMatch(/wang|13812345678/);
  });

  it('rejects something that is not a contact key', async () => {
    await expect(hashContactKey('13812345678', 's')).rejects.toThrow(/not a contact key/);
  });
});
