import { describe, expect, it } from 'vitest';
import { withTestDb } from '../../history/test-support';
import { importKnowledgeFile, ImportCancelledError } from './import-knowledge-file';
import { KnowledgeImportError } from './errors';
import { encodeGbk } from './gbk-test-encoder';

/**
 * Issue 13: malformed knowledge files are rejected whole, naming the line or record and the cause, with only
 * printable characters in the message, and the knowledge base as it was.
 */
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};
const utf16le = (s: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) (out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff), (out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8);
  return out;
};

type Case = [name: string, filename: string, bytes: Uint8Array, where: RegExp, cause: RegExp];
const CASES: Case[] = [
  ['UTF-8 and GBK lines mixed', 'kb.csv', cat(utf8('标题,内容\n退款流程,七天内可退\n'), encodeGbk('物流查询,请提供单号\n')), /^line 3/, /mixed encodings: line 1 is UTF-8/],
  ['NUL byte in a CSV row', 'kb.csv', utf8('title,body\nRefund,Open\u0000Orders\n'), /^line 2/, /NUL byte/],
  ['binary file named .csv', 'kb.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /^line 3/, /NUL byte: this is a binary file/],
  ['UTF-16LE without BOM', 'kb.csv', utf16le('title,body\nRefund,Open Orders\n', false), /./, /UTF-16 without a byte-order mark/],
  ['UTF-32LE', 'kb.csv', new Uint8Array([0xff, 0xfe, 0, 0, 0x74, 0, 0, 0]), /./, /UTF-32/],
  ['UTF-16 cut short (odd length)', 'kb.csv', cat(utf16le('title,body\n'), new Uint8Array([0x41])), /./, /odd number of bytes/],
  ['UTF-16LE with an unpaired surrogate', 'kb.csv', cat(utf16le('title,body\nA,'), new Uint8Array([0x00, 0xd8, 0x41, 0x00])), /^line 2/, /not valid UTF-16LE/],
  ['escape character (terminal sequence)', 'kb.csv', utf8('title,body\nRefund,\u001b[31mred\n'), /^line 2/, /control character \\u\{001B\} at column 8/],
  ['bell character in Markdown', 'kb.md', utf8('# Refund\n\nOpen orders\u0007\n'), /^line 3/, /control character \\u\{0007\}/],
  ['vertical tab in JSON', 'kb.json', utf8('[{"title":"A",\u000b"body":"b"}]'), /^line 1/, /control character \\u\{000B\}/],
  ['DEL in a title', 'kb.csv', utf8('title,body\nRe\u007ffund,x\n'), /^line 2/, /control character \\u\{007F\}/],
  ['invalid UTF-8 with a UTF-8 BOM', 'kb.csv', cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('title,body\n'), new Uint8Array([0xc3, 0x28, 0x0a])), /^line 2/, /not valid UTF-8/],
  ['neither UTF-8 nor GBK', 'kb.csv', cat(utf8('title,body\n'), new Uint8Array([0x81, 0x20, 0x0a])), /^line 2/, /not valid UTF-8 or GBK/],
  ['empty file', 'kb.csv', utf8(''), /^line 1/, /empty/],
  ['whitespace only', 'kb.csv', utf8('  \n\n \t\n'), /^line 1/, /empty/],
  ['CSV without a title column', 'kb.csv', utf8('question,answer\nA,B\n'), /./, /title/i],
  ['CSV row with too many fields', 'kb.csv', utf8('title,body\nA,B\nC,D,E\n'), /line 3, record 2/, /3 fields where the header has 2/],
  ['CSV row without a body', 'kb.csv', utf8('title,body\nA,B\nC,\n'), /line 3, record 2/, /has no body/],
  ['CSV duplicate ids', 'kb.csv', utf8('id,title,body\n1,A,B\n1,C,D\n'), /line 3, record 2/, /duplicate article id "1"/],
  ['CSV with an unterminated quote', 'kb.csv', utf8('title,body\nA,"B\nC,D\n'), /line 2/, /CSV: .*quote/i],
  ['JSON syntax error', 'kb.json', utf8('[{"title": "A", "body": "B"},]'), /./, /JSON/],
  ['JSON that is not a list of articles', 'kb.json', utf8('{"foo": 1}'), /./, /./],
  ['JSON article without a title', 'kb.json', utf8('[{"title":"A","body":"B"},{"body":"C"}]'), /record 2/, /./],
  ['Help Center export with an empty body', 'kb.json', utf8('{"articles":[{"id":1,"title":"A","body":"<p>x</p>"},{"id":2,"title":"B","body":"<script>1</script>"}]}'), /record 2/, /has no body/],
  ['Markdown with no article heading', 'kb.md', utf8('just some text\nwithout a heading\n'), /./, /./],
  ['right-to-left override in a CSV header is escaped in the message', 'kb.csv', utf8('\u202Eeltit,body\nA,B\n'), /./, /\\u\{202E\}/],
];

const existing = [{ id: 'keep-1', title: 'Existing', body: 'stays', bodyHtml: '<p>stays</p>', tags: [], locale: 'en', url: null, source: 'import:kb.csv', updatedAt: 1 }];

describe('malformed knowledge files are rejected whole', () => {
  it(`has at least 20 cases (${CASES.length})`, () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  it.each(CASES)('%s', (_name, filename, bytes, where, cause) =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(existing as never);
      const before = await db.articles.toArray();
      const err = await importKnowledgeFile(db, { bytes, filename }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(KnowledgeImportError);
      const message = (err as Error).message;
      expect(message).toMatch(where);
      expect(message).toMatch(cause);
      // Only printable characters reach the manager.
      expect(message).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/);
      expect(await db.articles.toArray()).toEqual(before);
    }),
  );

  it('decodes UTF-16LE and UTF-16BE with a BOM', () =>
    withTestDb(async (db) => {
      expect(await importKnowledgeFile(db, { bytes: utf16le('标题,内容\n退款流程,七天内可退\n'), filename: 'le.csv' })).toEqual({ count: 1 });
      const be = utf16le('title,body\nRefund,Open Orders\n').map((_, i, a) => (i < 2 ? [0xfe, 0xff][i]! : a[i % 2 ? i - 1 : i + 1]!));
      expect(await importKnowledgeFile(db, { bytes: be, filename: 'be.csv' })).toEqual({ count: 1 });
      expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['Refund', '退款流程']);
    }),
  );

  it('a cancel during the write rolls back everything', () =>
    withTestDb(async (db) => {
      await db.articles.bulkPut(existing as never);
      const rows = Array.from({ length: 5000 }, (_, i) => `Title ${i},Body ${i}`).join('\n');
      let writes = 0;
      const err = await importKnowledgeFile(db, { bytes: utf8(`title,body\n${rows}\n`), filename: 'kb.csv' }, { onProgress: (phase) => void (phase === 'write' && writes++), cancelled: () => writes >= 1 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportCancelledError);
      expect(await db.articles.toArray()).toEqual(existing);
    }),
  );
});
