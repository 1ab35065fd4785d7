import { describe, expect, it } from 'vitest';
import { parseKnowledgeFile } from './parse-knowledge-file';
import { KnowledgeImportError } from './errors';
import { encodeGbk } from './gbk-test-encoder';

const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (text: string | Uint8Array, filename: string) => parseKnowledgeFile({ bytes: typeof text === 'string' ? utf8(text) : text, filename });

async function rejection(p: Promise<unknown>): Promise<KnowledgeImportError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(KnowledgeImportError);
  return e as KnowledgeImportError;
}

describe('CSV', () => {
  const csv = 'title,body,tags,locale\n"How do I get a refund?","Open Orders, then Refund.\nIt takes 3 days.","refund|billing",en\n如何退款,进入订单页面点击退款,退款、售后,zh-CN\n';

  it('reads title, body, tags and locale, quoted multi-line fields included', async () => {
    const [en, zh] = await parse(csv, 'kb.csv');
    expect(en).toMatchObject({ title: 'How do I get a refund?', body: 'Open Orders, then Refund.\nIt takes 3 days.', tags: ['refund', 'billing'], locale: 'en', source: 'import:kb.csv' });
    expect(zh).toMatchObject({ title: '如何退款', tags: ['退款', '售后'], locale: 'zh-CN' });
    expect(en!.bodyHtml).toBe('<p>Open Orders, then Refund.<br>It takes 3 days.</p>');
  });

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('标题,内容\n退款流程,七天内可退\n')])],
    ['GBK from a Chinese spreadsheet', encodeGbk('标题,内容\n退款流程,七天内可退\n')],
  ])('decodes %s, Chinese headers included', async (_name, bytes) => {
    const [a] = await parse(bytes, 'kb.csv');
    expect(a).toMatchObject({ title: '退款流程', body: '七天内可退' });
  });

  it('reads an optional "also asked as" column: customer phrasings split on | or line breaks (issue 16)', async () => {
    const [a, b] = await parse('title,body,also asked as\nCard retained,We cancel it and send a new one.,"the machine swallowed my card|ATM kept my card, help\nmy card got eaten"\nNo phrasings,Body,\n', 'kb.csv');
    expect(a!.askedAs).toEqual(['the machine swallowed my card', 'ATM kept my card, help', 'my card got eaten']);
    expect(b!.askedAs).toBeUndefined();
  });

  it('gives stable ids from titles when the file has none', async () => {
    const [a] = await parse(csv, 'kb.csv');
    const [b] = await parse(csv, 'again.csv');
    expect(a!.id).toMatch(/^kb-[0-9a-f]{8}$/);
    expect(b!.id).toBe(a!.id);
  });

  it.each([
    ['a row with too many fields', 'title,body\nA,fine\nB,bad,extra\n', 3],
    ['a row with no body', 'title,body\nA,fine\n\nB,\n', 4],
    ['an unterminated quote', 'title,body\nA,fine\nB,"never closed\n', 3],
    ['a missing body column', 'title,text\nA,fine\n', 1],
    ['a duplicate title', 'title,body\nA,one\nA,two\n', 3],
  ])('rejects %s, naming the line', async (_name, text, line) => {
    const e = await rejection(parse(text, 'bad.csv'));
    expect(e.line).toBe(line);
    expect(e.message).toContain(`line ${line}`);
  });
});

describe('JSON', () => {
  it('reads an array of articles', async () => {
    const arts = await parse(JSON.stringify([{ id: 7, title: 'Reset password', body: 'Use the link.', tags: ['account'] }]), 'kb.json');
    expect(arts).toEqual([expect.objectContaining({ id: '7', title: 'Reset password', body: 'Use the link.', tags: ['account'], locale: 'und' })]);
  });

  it('rejects a record missing its title, naming the record', async () => {
    const e = await rejection(parse(JSON.stringify([{ title: 'ok', body: 'x' }, { body: 'no title' }]), 'kb.json'));
    expect(e.record).toBe(2);
    expect(e.reason).toContain('title');
  });

  it('rejects broken JSON, naming the line', async () => {
    const e = await rejection(parse('[\n{"title": "a", "body": "b"},\n{"title": "c",, }\n]', 'kb.json'));
    expect(e.line).toBe(3);
  });
});

describe('Zendesk Help Center export', () => {
  const exportFile = {
    articles: [
      { id: 360001, title: 'Refunds', body: '<p>Refunds take <strong>5 days</strong>.</p><script>alert(1)</script>', label_names: ['refund'], locale: 'en-us', html_url: 'https://acme.zendesk.com/hc/en-us/articles/360001', updated_at: '2026-01-02T03:04:05Z' },
    ],
  };
  it('reads HTML bodies as text for search and safe markup for display', async () => {
    const [a] = await parse(JSON.stringify(exportFile), 'articles.json');
    expect(a).toMatchObject({ id: 'zd-360001', body: 'Refunds take 5 days.', tags: ['refund'], locale: 'en-us', url: 'https://acme.zendesk.com/hc/en-us/articles/360001', updatedAt: Date.parse('2026-01-02T03:04:05Z') });
    expect(a!.bodyHtml).toBe('<p>Refunds take <strong>5 days</strong>.</p>');
  });

  it('rejects an article without an id', async () => {
    const e = await rejection(parse(JSON.stringify({ articles: [exportFile.articles[0], { title: 'x', body: '<p>y</p>' }] }), 'articles.json'));
    expect(e.record).toBe(2);
  });
});

describe('Markdown', () => {
  const md = '# Help Center\n\nIntro text.\n\n## Refunds\nTags: billing, refund\n\nWe refund within **5 days**. See [policy](https://x.test/p).\n\n### Details\n- card\n- wallet\n\n## 发票\n开具电子发票。\n';
  it('splits one article per heading at the repeated level, keeping sub-headings inside', async () => {
    const arts = await parse(md, 'kb.md');
    expect(arts.map((a) => a.title)).toEqual(['Refunds', '发票']);
    expect(arts[0]).toMatchObject({ tags: ['billing', 'refund'], body: 'We refund within 5 days. See policy (https://x.test/p).\n\nDetails\ncard\nwallet' });
  });

  it.each([
    ['text before the first heading', 'orphan text\n# A\nbody\n# B\nbody\n', 1],
    ['an article with no body', '# A\nbody\n# B\n\n# C\nbody\n', 3],
  ])('rejects %s, naming the line', async (_name, text, line) => {
    const e = await rejection(parse(text, 'kb.md'));
    expect(e.line).toBe(line);
  });
});

it('reports progress up to the total', async () => {
  const rows = Array.from({ length: 600 }, (_, i) => `Q${i},A${i}`).join('\n');
  const seen: [number, number][] = [];
  await parseKnowledgeFile({ bytes: utf8(`title,body\n${rows}\n`), filename: 'big.csv' }, { onProgress: (d, t) => seen.push([d, t]) });
  expect(seen.at(-1)).toEqual([600, 600]);
  expect(seen.length).toBeGreaterThan(1);
});
