/**
 * Checks on public chats in ../shared/datasets (absent in a fresh clone: the
 * suite then skips with a notice). ABCD's sample dialogues carry the
 * customer's name, e-mail and order id; STC-3 helpdesk threads are real
 * complaints used to bound how often the engine extracts something odd.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTicketFields } from './extract';

const ROOT = new URL('../../../shared/datasets/cs_dialogue/', import.meta.url);
const ABCD = new URL('abcd/data/abcd_sample.json', ROOT);
const STC3 = new URL('stc3_weibo_helpdesk/derived_train_en_compact.jsonl', ROOT);
const present = existsSync(ABCD) && existsSync(STC3);
if (!present) console.warn('[extract] ../shared/datasets/cs_dialogue not found: dataset checks skipped');

interface AbcdDialogue {
  scenario: { personal: { customer_name: string; email?: string }; order: { order_id?: string } };
  original: Array<[string, string]>;
}

describe.skipIf(!present)('public customer-service dialogues', () => {
  it('ABCD: name, e-mail and order id as the scenario records them', () => {
    const dialogues = JSON.parse(readFileSync(ABCD, 'utf8')) as AbcdDialogue[];
    const [first, second] = dialogues.map((d) =>
      extractTicketFields(
        d.original.filter(([role]) => role !== 'action').map(([role, text], i) => ({ id: String(i), role: role === 'agent' ? 'agent' : 'customer', name: '', text, time: null })),
      ),
    );
    for (const [x, d] of [[first!, dialogues[0]!], [second!, dialogues[1]!]] as const) {
      expect(x.name?.value.toLowerCase()).toBe(d.scenario.personal.customer_name);
      expect(x.emails.map((f) => f.value)).toEqual([d.scenario.personal.email]);
      expect(x.order_ids.map((f) => f.value)).toEqual([d.scenario.order.order_id]);
    }
  });

  it('STC-3 English threads: few spurious e-mails or ids', () => {
    const threads = readFileSync(STC3, 'utf8').trim().split('\n').slice(0, 500).map((l) => JSON.parse(l) as { turns: Array<{ sender: string; utterances: string[] }> });
    let withIds = 0;
    for (const t of threads) {
      const x = extractTicketFields(t.turns.map((turn, i) => ({ id: String(i), role: turn.sender === 'customer' ? 'customer' : 'agent', name: '', text: turn.utterances.join('\n'), time: null })));
      if (x.order_ids.length + x.tracking_numbers.length + x.emails.length > 0) withIds++;
    }
    // Public complaint threads rarely quote order numbers; a jump here means a loose rule.
    expect(withIds / threads.length).toBeLessThan(0.03);
  });
});
