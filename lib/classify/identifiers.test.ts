import { describe, expect, it } from 'vitest';
import { maskIdentifiers, PLACEHOLDER } from './identifiers';
import { normalizeForModel } from './preprocess';

const { email, number, reference } = PLACEHOLDER;

describe('maskIdentifiers (through normalizeForModel, as the models see text)', () => {
  it.each([
    ['a Chinese phone with spaces', '打我电话 139 1234 0087，我白天不在', `打我电话 ${number} ,我白天不在`],
    ['a US phone with brackets', 'text me at +1 (415) 555-0132 please', `text me at ${number} please`],
    ['a full-width phone', '１３６１２３４５６７８', number],
    ['a landline with area code', '010-12345678', number],
    ['a PDD order number', '240312-598746213057784', number],
    ['a UPS waybill', "it's 1Z999AA10123456784.", `it's ${reference} .`],
    ['a booking reference', 'Booking ref QX7P3M', `booking ref ${reference}`],
    ['an invoice number', 'invoice INV-2024-0042 is wrong', `invoice ${reference} is wrong`],
    ['an e-mail with a +tag', 'use emily.hart+returns@example.co.uk.', `use ${email} .`],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForModel(input)).toBe(expected);
  });

  it.each([
    ['prices and counts', '¥1,299.00，等了 3 天'],
    ['the consumer-complaint hotline, a signal of intent', '我要打 12315'],
    ['a card suffix', 'card ending 4417'],
    ['short codes and versions', 'v2 api, mp3, 2fa'],
    ['masked profanity with one digit', 'sh1t'],
  ])('leaves %s to the model', (_name, input) => {
    const out = normalizeForModel(input);
    expect(out).not.toContain(number);
    expect(out).not.toContain(reference);
  });

  it('is idempotent: placeholders carry no digits', () => {
    const once = maskIdentifiers('order a1b2c3, phone 13912340087, mail a@b.com');
    expect(maskIdentifiers(once)).toBe(once);
  });
});
