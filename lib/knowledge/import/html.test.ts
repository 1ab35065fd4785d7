import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeArticleHtml, textToSafeHtml } from './html';

// Payloads from the usual XSS cheat-sheets: none may leave anything executable.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="&#106;avascript:alert(1)">click</a>',
  '<svg onload=alert(1)><circle/></svg>',
  '<p onclick="alert(1)" style="background:url(javascript:alert(1))">text</p>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<scr<script>ipt>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];

describe('sanitizeArticleHtml', () => {
  it.each(PAYLOADS)('leaves nothing executable from %s', (payload) => {
    const out = sanitizeArticleHtml(`<p>ok</p>${payload}`);
    expect(out).not.toMatch(/<script|<style|<iframe|<svg|<img|<form|\son\w+\s*=|javascript:|data:text/i);
  });

  it('keeps the allowed structure and forces safe link attributes', () => {
    const out = sanitizeArticleHtml('<h2 class="x">Steps</h2><ol><li><a href="https://help.test/a" target="_self" rel="opener">Open</a></li></ol>');
    expect(out).toBe('<h2>Steps</h2><ol><li><a href="https://help.test/a" target="_blank" rel="noopener noreferrer">Open</a></li></ol>');
  });
});

describe('htmlToText', () => {
  it('drops tags and script/style contents, decodes entities, keeps block breaks', () => {
    expect(htmlToText('<p>Fish &amp; chips &lt;3</p><script>steal()</script><style>p{}</style><ul><li>one</li><li>two</li></ul>')).toBe('Fish & chips <3\none\ntwo');
  });
  it.each(PAYLOADS)('yields no markup from %s', (payload) => {
    expect(htmlToText(payload)).not.toMatch(/<\w|alert\(1\)<\/script/);
  });
});

it('textToSafeHtml escapes plain text', () => {
  expect(textToSafeHtml('a <b>\n"c"\n\nd & e')).toBe('<p>a &lt;b&gt;<br>&quot;c&quot;</p><p>d &amp; e</p>');
});
