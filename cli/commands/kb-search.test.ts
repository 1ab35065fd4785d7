import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from '../args';
import { run } from './kb-search';

const articles = [
  { id: 'refund', title: 'How to request a refund', body: 'Open the order, choose Return, and the money goes back to your card within 5 days.' },
  { id: 'address', title: 'Change the delivery address', body: 'Before the parcel ships you can edit the address under My orders.' },
  { id: 'password', title: 'Reset your password', body: 'Use "Forgot password" on the sign-in page; the link is valid for one hour.' },
  { id: 'huabei', title: '花呗怎么还款', body: '在支付宝我的花呗页面点击立即还款。' },
];
const queries = [
  { id: 'q1', query: 'I want my money back' },
  { id: 'q2', query: 'forgot my password, cannot sign in' },
  { query: '花呗还款' },
];

async function kbSearch(extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-search-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify(articles));
  writeFileSync(join(dir, 'q.jsonl'), queries.map((q) => JSON.stringify(q)).join('\n') + '\n');
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await run(parseCliArgs(['--articles', join(dir, 'a.json'), '--in', join(dir, 'q.jsonl'), '--out', join(dir, 'out.jsonl'), '--k', '3', ...extra]));
  const message = String(log.mock.calls.at(-1)?.[0]);
  log.mockRestore();
  const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; ranked: string[] });
  return { lines, message };
}

describe('npm run cli -- kb-search', () => {
  it('writes one ranked line per query, ids kept (line number when absent), with the bundled re-rank on by default', async () => {
    const { lines, message } = await kbSearch();
    expect(lines.map((l) => l.id)).toEqual(['q1', 'q2', 3]);
    expect(lines[0]!.ranked[0]).toBe('refund');
    expect(lines[1]!.ranked[0]).toBe('password');
    expect(lines[2]!.ranked[0]).toBe('huabei');
    for (const l of lines) expect(l.ranked.length).toBeLessThanOrEqual(3);
    expect(message).toMatch(/re-rank: deskmate-embed/);
  });

  it('--embedding-model none ranks by keywords only', async () => {
    const { lines, message } = await kbSearch(['--embedding-model', 'none']);
    expect(message).toMatch(/re-rank: off/);
    expect(lines[1]!.ranked[0]).toBe('password');
  });
});
