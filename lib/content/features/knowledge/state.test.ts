import { describe, expect, it } from 'vitest';
import { shortcutIndex } from './state';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, code, ...mods });

describe('suggestion shortcuts', () => {
  it.each([
    [key('Digit1', { altKey: true }), 0],
    [key('Digit3', { altKey: true }), 2],
    [key('Numpad2', { altKey: true }), 1],
    [key('Digit1'), null],
    [key('Digit1', { altKey: true, ctrlKey: true }), null],
    [key('Digit1', { altKey: true, shiftKey: true }), null],
    [key('Digit0', { altKey: true }), null],
    [key('KeyA', { altKey: true }), null],
  ])('%o → %s', (e, n) => expect(shortcutIndex(e)).toBe(n));
});
