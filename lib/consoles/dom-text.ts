import { DESKMATE_NODE_ATTR } from './adapter';

const BLOCK = new Set(['P', 'DIV', 'LI', 'BR', 'TR', 'H1', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE']);

/**
 * The text a person sees in an element, with paragraph breaks, without
 * Deskmate's own nodes or console chrome (`skip` selector). `innerText` would
 * do this in a browser, but needs layout, which fixture tests in Node lack.
 */
export function visibleText(el: Element, skip = ''): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (e.hasAttribute(DESKMATE_NODE_ATTR) || e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || (skip && e.matches(skip))) return;
    const block = BLOCK.has(e.tagName);
    if (block) out += '\n';
    for (const child of Array.from(e.childNodes)) walk(child);
    if (block) out += '\n';
  };
  walk(el);
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
