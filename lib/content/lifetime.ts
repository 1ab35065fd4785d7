import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** True while this content script still belongs to a loaded extension (false after an update, reload or uninstall). */
export function extensionContextValid(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * How long Deskmate runs on this page, decided by the extension itself.
 * WXT's context also aborts when the page dispatches
 * `<extension id>:content:wxt:content-script-started`, an event any page
 * script can forge (the id is public), so a WXT invalidation is only a hint:
 * Deskmate stops when `browser.runtime.id` says the extension is gone — checked
 * on that hint, and every few seconds for an orphaned script that got no hint.
 */
export function extensionLifetime(ctx: Pick<ContentScriptContext, 'onInvalidated'>, opts: { isValid?: () => boolean; pollMs?: number } = {}): AbortSignal {
  const isValid = opts.isValid ?? extensionContextValid;
  const controller = new AbortController();
  const check = () => {
    if (!controller.signal.aborted && !isValid()) controller.abort(new Error('extension context invalidated'));
  };
  ctx.onInvalidated(check);
  const timer = setInterval(check, opts.pollMs ?? 5000);
  controller.signal.addEventListener('abort', () => clearInterval(timer));
  return controller.signal;
}

/**
 * The slice of a ContentScriptContext that WXT's UI helpers use, tied to our
 * lifetime instead of WXT's forgeable one, so a forged event cannot remove the panel.
 */
export function lifetimeContext(ctx: ContentScriptContext, lifetime: AbortSignal): ContentScriptContext {
  return {
    options: ctx.options,
    onInvalidated: (cb: () => void) => {
      if (lifetime.aborted) {
        cb();
        return () => undefined;
      }
      lifetime.addEventListener('abort', cb, { once: true });
      return () => lifetime.removeEventListener('abort', cb);
    },
  } as unknown as ContentScriptContext;
}
