/**
 * The pieces a selector can be built from, each with a penalty: the lower, the
 * more likely it survives the console's next release. Stable ids, data-*
 * hooks, `name` and ARIA come before classes, classes before bare tags, and
 * positions last. Names a build tool or framework generated (hashes,
 * counters, per-record ids) are refused outright: they work today and break
 * tomorrow, or on the next ticket.
 */
export interface SelectorToken {
  /** CSS for this element alone, e.g. `.thread`, `[data-test-id="x"]`, `textarea`. */
  css: string;
  penalty: number;
  kind: 'id' | 'data' | 'name' | 'aria' | 'class' | 'tag' | 'position';
}

export const PENALTY = { id: 0, testHook: 0.5, data: 1.5, name: 1.5, aria: 2.5, class: 3, tag: 6, position: 12 } as const;

const FRAMEWORK_PREFIX = /^(css|sc|jsx|emotion|svelte|styled|makeStyles|jss|tw|ng-tns|ng-star|_ngcontent|_nghost|ember|react-|radix-|headlessui-|mui-\d|chakra-)/i;

/**
 * Generated-looking identifiers: digits runs (record ids, counters), trailing
 * numbers ("thread-5"), hashes ("css-1x2y3z", "a8Fk2"), random mixed case
 * ("bdVaJa"), leading underscores (CSS modules), very long names.
 */
export function looksGenerated(name: string): boolean {
  if (!name || name.length > 40) return true;
  if (FRAMEWORK_PREFIX.test(name)) return true;
  if (/\d{2,}/.test(name) || /[-_:]\d+$/.test(name) || /^\d/.test(name)) return true;
  if (/^_/.test(name) || /__[a-z0-9]{4,}$/i.test(name)) return true;
  // letters and digits mixed without separators: a hash ("a1b2c3", "x9Qz")
  if (/^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{4,}$/i.test(name)) return true;
  // three or more lower→upper switches in one word: "bdVaJa", "kCmRjq"
  if ((name.match(/[a-z][A-Z]/g) ?? []).length >= 3 && !/[-_]/.test(name)) return true;
  // state classes say how the element looks now, not what it is
  if (/^(is-|has-)?(active|selected|open|hover|focus|focused|hidden|visible|collapsed|expanded|disabled|inactive|show|in|fade|ng-\w+)$/.test(name)) return true;
  return false;
}

/** A value safe to put in an attribute selector; quotes and backslashes escaped. */
export function attrValue(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Escapes an identifier for CSS (`CSS.escape` where the browser has it; tests in Node do not). */
export function cssIdent(name: string): string {
  const esc = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS?.escape;
  if (esc) return esc(name);
  return name.replace(/^(\d)/, '\\3$1 ').replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (c) => `\\${c}`);
}

const TEST_HOOK = /^data-(test|testid|test-id|qa|cy|e2e|automation-id|garden-id)$/;
const ARIA = new Set(['role', 'aria-label']);
/** Attributes that change while the page is used, or carry presentation only. */
const VOLATILE_ATTR = /^(style|class|id|value|checked|selected|tabindex|title|href|src|srcset|aria-(describedby|labelledby|controls|owns|activedescendant|expanded|selected|checked|hidden|pressed|busy|live)|data-(original-title|toggle|placement|reactid|react-\w+|v-\w+|state))$/;

export interface TokenOptions {
  /** Ids single out one element: useful for a conversation or a composer, never for "every message of a kind". @default true */
  ids?: boolean;
  /** Attribute presence (`[data-thread_id]`) without its value: how items carrying per-record ids are told apart. @default false */
  presence?: boolean;
}

/** An attribute a selector may lean on: data-*, name or ARIA, not one that changes as the page is used (tooltips, state). */
export function stableAttribute(name: string, value: string): boolean {
  if (VOLATILE_ATTR.test(name)) return false;
  if (!(name.startsWith('data-') || name === 'name' || ARIA.has(name))) return false;
  return value.length > 0 && value.length <= 60 && !/\d{2,}/.test(value) && !looksGenerated(value.replace(/[\s./]+/g, '-'));
}

/** Every acceptable token of one element, best first. */
export function elementTokens(el: Element, opts: TokenOptions = {}): SelectorToken[] {
  const { ids = true, presence = false } = opts;
  const out: SelectorToken[] = [];
  const id = el.getAttribute('id');
  if (ids && id && !looksGenerated(id)) out.push({ css: `#${cssIdent(id)}`, penalty: PENALTY.id, kind: 'id' });
  const tag = el.tagName.toLowerCase();
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name;
    if (VOLATILE_ATTR.test(name)) continue;
    const value = attr.value;
    const isData = name.startsWith('data-');
    const kind = isData ? 'data' : name === 'name' ? 'name' : ARIA.has(name) ? 'aria' : null;
    if (!kind) continue;
    const base = TEST_HOOK.test(name) ? PENALTY.testHook : PENALTY[kind];
    const stableValue = value.length > 0 && value.length <= 60 && !/\d{2,}/.test(value) && !looksGenerated(value.replace(/[\s./]+/g, '-'));
    if (stableValue) out.push({ css: `${kind === 'name' ? tag : ''}[${name}=${attrValue(value)}]`, penalty: base, kind });
    else if (presence && isData) out.push({ css: `[${name}]`, penalty: base + 1, kind });
  }
  for (const c of Array.from(el.classList)) {
    if (!looksGenerated(c)) out.push({ css: `.${cssIdent(c)}`, penalty: PENALTY.class, kind: 'class' });
  }
  out.push({ css: tag, penalty: PENALTY.tag, kind: 'tag' });
  return out.sort((a, b) => a.penalty - b.penalty);
}

/** `:nth-of-type(n)` for an element: the last resort, flagged as fragile in the UI. */
export function positionToken(el: Element): SelectorToken {
  const tag = el.tagName.toLowerCase();
  const same = el.parentElement ? Array.from(el.parentElement.children).filter((c) => c.tagName === el.tagName) : [el];
  return { css: `${tag}:nth-of-type(${same.indexOf(el) + 1})`, penalty: PENALTY.position, kind: 'position' };
}
