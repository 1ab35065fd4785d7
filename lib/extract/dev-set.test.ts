/**
 * Regression guard over the labelled dev chats: the floors sit a little below
 * the figures reached (docs/benchmarks.md), so a change that costs
 * accuracy fails here. The holdout set is not used by any test on purpose.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../consoles/types';
import { toCliRecord, type ExtractionRecord } from './cli-record';
import { extractTicketFields } from './extract';
import { scoreExtractions } from './score';
import type { Lang } from './types';

interface Labelled {
  id: string;
  lang: Lang;
  messages: Array<{ role: ChatMessage['role']; text: string }>;
  expected: ExtractionRecord;
}

const chats: Labelled[] = readFileSync(new URL('./fixtures/dev-chats.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Labelled);

describe('dev chats', () => {
  it('cover both languages in roughly equal parts', () => {
    expect(chats.length).toBeGreaterThanOrEqual(120);
    const zh = chats.filter((c) => c.lang === 'zh').length;
    expect(zh / chats.length).toBeGreaterThan(0.4);
    expect(zh / chats.length).toBeLessThan(0.6);
  });

  it('keep the field-level floors', () => {
    const pred = new Map(
      chats.map((c) => [c.id, toCliRecord(extractTicketFields(c.messages.map((m, i) => ({ id: `${c.id}:${i}`, role: m.role, name: '', text: m.text, time: null }))))]),
    );
    const r = scoreExtractions(chats.map((c) => ({ id: c.id, ...c.expected })), pred);
    expect(r.lists.phones.f1).toBeGreaterThanOrEqual(0.97);
    expect(r.lists.emails.f1).toBeGreaterThanOrEqual(0.97);
    expect(r.lists.order_ids.f1).toBeGreaterThanOrEqual(0.97);
    expect(r.lists.tracking_numbers.f1).toBeGreaterThanOrEqual(0.97);
    expect(r.accuracy.name).toBeGreaterThanOrEqual(0.95);
    expect(r.accuracy.category).toBeGreaterThanOrEqual(0.95);
    expect(r.accuracy.priority).toBeGreaterThanOrEqual(0.95);
    expect(r.accuracy.escalate).toBeGreaterThanOrEqual(0.95);
  });

  it('auto-detects the language the fixture states', () => {
    const wrong = chats.filter((c) => extractTicketFields(c.messages.map((m, i) => ({ id: String(i), role: m.role, name: '', text: m.text, time: null }))).lang !== c.lang);
    expect(wrong.map((c) => c.id)).toEqual([]);
  });
});
