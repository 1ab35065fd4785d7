import { describe, expect, it, vi } from 'vitest';
import { extensionLifetime } from './lifetime';

function fakeCtx() {
  const listeners: Array<() => void> = [];
  return { ctx: { onInvalidated: (cb: () => void) => (listeners.push(cb), () => undefined) }, fire: () => listeners.forEach((cb) => cb()) };
}

describe('extension lifetime', () => {
  it('ignores an invalidation hint while the extension context is still valid (a forged event)', () => {
    const { ctx, fire } = fakeCtx();
    const signal = extensionLifetime(ctx, { isValid: () => true, pollMs: 60_000 });
    fire();
    expect(signal.aborted).toBe(false);
  });

  it('stops on the hint when the extension is really gone', () => {
    const { ctx, fire } = fakeCtx();
    let valid = true;
    const signal = extensionLifetime(ctx, { isValid: () => valid, pollMs: 60_000 });
    valid = false;
    fire();
    expect(signal.aborted).toBe(true);
  });

  it('notices an orphaned script without any hint', () => {
    vi.useFakeTimers();
    try {
      const { ctx } = fakeCtx();
      let valid = true;
      const signal = extensionLifetime(ctx, { isValid: () => valid, pollMs: 1000 });
      vi.advanceTimersByTime(1500);
      expect(signal.aborted).toBe(false);
      valid = false;
      vi.advanceTimersByTime(1000);
      expect(signal.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
