import { describe, expect, it } from 'vitest';
import freescout from '@/lib/consoles/definitions/freescout.json';
import { checkDefinitionsJson, policySample } from './definitions-json';

const withUrl = { ...freescout, urlPattern: 'http://127.0.0.1:8081/conversation/*' };

describe('the definitions editor checks as you type', () => {
  it('accepts valid definitions', () => {
    const r = checkDefinitionsJson(JSON.stringify([withUrl], null, 2));
    expect(r.ok && r.definitions.map((d) => d.id)).toEqual(['freescout']);
  });
  it('names the line and column of a syntax error (a trailing comma)', () => {
    const text = '[\n  {\n    "id": "x",\n  }\n]';
    const r = checkDefinitionsJson(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && 'syntax' in r && r.syntax.line).toBe(4);
  });
  it('names each invalid field by its path', () => {
    const r = checkDefinitionsJson(JSON.stringify([{ ...withUrl, messages: { ...withUrl.messages, body: '' } }, { ...withUrl, id: 'Bad Id' }]));
    expect(!r.ok && 'issues' in r && r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['[0].messages.body', '[1].id']));
  });
  it('rejects a URL pattern without a scheme, and a repeated id', () => {
    const r = checkDefinitionsJson(JSON.stringify([{ ...withUrl, urlPattern: '127.0.0.1:8081/conversation/*' }, withUrl]));
    expect(!r.ok && 'issues' in r && r.issues).toEqual(
      expect.arrayContaining([
        { path: '[0].urlPattern', code: 'url-scheme', pattern: '127.0.0.1:8081/conversation/*' },
        { path: '[1].id', code: 'duplicate-id', id: 'freescout' },
      ]),
    );
  });
  it('wants a list', () => {
    const r = checkDefinitionsJson(JSON.stringify(withUrl));
    expect(!r.ok && 'issues' in r && r.issues[0]!.path).toBe('(list)');
  });
  it('writes a policy sample that carries the definitions under the extension id', () => {
    const sample = JSON.parse(policySample([withUrl], 'eppeacojielmpmaabpiefgcdgegjfgle'));
    expect(sample['3rdparty'].extensions.eppeacojielmpmaabpiefgcdgegjfgle.consoles.definitions[0].id).toBe('freescout');
  });
});
