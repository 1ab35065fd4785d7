/**
 * RFC 6901 JSON pointers, read-only. Hand-written (about 40 lines) rather than
 * a dependency because the lookup card must name the exact step that failed
 * ("/order/items/3 is past the end of the array"), which the small pointer
 * libraries on npm do not report, and because lookups only ever read.
 */

export type PointerResult =
  | { found: true; value: unknown }
  | {
      found: false;
      /** The pointer prefix that could not be resolved, e.g. `/order/shipping`. */
      failedAt: string;
      reason: string;
    };

/** `/a~1b/c~0d` → ['a/b', 'c~d']. Throws on a pointer that is not RFC 6901. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`JSON pointer must start with "/": ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~(?![01])/.test(token)) throw new Error(`invalid escape in JSON pointer: ${pointer}`);
      // Order matters: ~01 means "~1" literally, so ~1 is decoded first.
      return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, tokens: readonly string[]): string {
  return base + tokens.map((t) => `/${escapePointerToken(t)}`).join('');
}

export function resolvePointer(document: unknown, pointer: string): PointerResult {
  const tokens = parsePointer(pointer);
  let node = document;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const at = joinPointer('', tokens.slice(0, i + 1));
    if (Array.isArray(node)) {
      // RFC 6901: array indexes are decimal without leading zeros; "-" never resolves when reading.
      if (!/^(0|[1-9]\d*)$/.test(token)) return { found: false, failedAt: at, reason: `"${token}" is not an array index` };
      const index = Number(token);
      if (index >= node.length) return { found: false, failedAt: at, reason: `index ${index} is past the end of an array of ${node.length}` };
      node = node[index];
    } else if (node !== null && typeof node === 'object') {
      // Own properties only: "/__proto__" or "/constructor" must not reach built-ins.
      if (!Object.hasOwn(node, token)) return { found: false, failedAt: at, reason: `no member "${token}"` };
      node = (node as Record<string, unknown>)[token];
    } else {
      return { found: false, failedAt: at, reason: `parent is ${node === null ? 'null' : typeof node}, not an object or array` };
    }
  }
  return { found: true, value: node };
}
