import { DESKMATE_NODE_ATTR } from '../consoles/adapter';

/** A page shown this long without Deskmate having started is released anyway: never a blank console. */
export const PRE_HIDE_FAILSAFE_MS = 1000;

/**
 * At document_start the page has not painted yet, but Deskmate does not yet
 * know its settings (an async storage read) and so cannot tell which elements
 * are customer messages. Until it can check them synchronously, the page body
 * is kept unpainted; `release` ends that, and a failsafe releases it whatever
 * happens. Only visibility changes: layout, focus and scripts run as usual.
 */
export function preHidePage(doc: Document, failsafeMs = PRE_HIDE_FAILSAFE_MS): { release: () => void; released: () => boolean } {
  const style = doc.createElement('style');
  style.setAttribute(DESKMATE_NODE_ATTR, 'pre-hide');
  style.textContent = 'body { visibility: hidden !important; }';
  doc.documentElement.appendChild(style);
  let done = false;
  const release = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    style.remove();
  };
  const timer = setTimeout(release, failsafeMs);
  return { release, released: () => done };
}

/** Resolves once `document.body` exists (at document_start it may not). */
export function bodyReady(doc: Document): Promise<HTMLElement> {
  if (doc.body) return Promise.resolve(doc.body);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!doc.body) return;
      observer.disconnect();
      resolve(doc.body);
    });
    observer.observe(doc.documentElement, { childList: true });
  });
}

/** After the browser has painted the next frame (rAF runs before a paint; a task queued from it runs after). */
export function afterNextPaint(view: Window): Promise<void> {
  return new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve, 0)));
}
