/** 32-bit FNV-1a as 8 hex digits: stable ids for articles without one, and the eval split. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const fnv1aHex = (text: string) => fnv1a(text).toString(16).padStart(8, '0');
