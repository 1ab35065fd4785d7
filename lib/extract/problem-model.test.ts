import { describe, expect, it } from 'vitest';
import { extractTicketFields } from './extract';
import { MODEL_ALONE_P } from './first-problem';
import model from './problem-model.json';
import { guessProblem, problemFeatures } from './problem-model';
import { chat } from './test-chat';

describe('English problem classifier (trained on the public intent sets)', () => {
  it('ships small: int8 weights for every class over a pruned vocabulary', () => {
    expect(model.classes).toContain('none');
    expect(model.classes.length).toBe(10);
    expect(model.features.length).toBeLessThanOrEqual(2000);
    expect(JSON.stringify(model).length).toBeLessThan(64 * 1024);
    for (const row of model.weights) expect(atob(row.q).length).toBe(model.features.length);
  });

  it('reads unigrams and bigrams the way training does', () => {
    expect(problemFeatures("I can't log in")).toEqual(['i', "can't", 'log', 'in', "i can't", "can't log", 'log in']);
  });

  // Phrasings none of the keyword rules list.
  it.each([
    ['I never got the money I sent to my friend yesterday', 'payment_billing'],
    ['The cash machine gave me less money than I asked for', 'payment_billing'],
    ['I forgot my passcode and cannot get in', 'account_access'],
    ['Where can I see the status of the thing I bought last week', 'logistics'],
    ['hello there, how are you doing today', 'none'],
  ])('%s → %s', (text, expected) => {
    expect(guessProblem(text)?.category).toBe(expected);
  });

  it('decides the category only when no keyword rule fires and it is confident', () => {
    expect(extractTicketFields(chat('c: Hi there', 'c: The cash machine gave me less money than I asked for')).category.value).toBe('payment_billing');
    // A keyword anywhere in the chat wins over the classifier: it reads openers such as
    // "I have a question about my order" as a confident order_change, so it never goes first.
    expect(extractTicketFields(chat('c: The cash machine gave me less money than I asked for', 'c: also my parcel is late')).category.value).toBe('logistics');
    expect(extractTicketFields(chat('c: hello there, how are you doing today')).category.value).toBe('other');
    expect(MODEL_ALONE_P).toBeGreaterThanOrEqual(0.9);
  });
});
