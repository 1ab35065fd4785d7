import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRoot, type Root } from 'react-dom/client';
import { PanelApp } from '../../components/panel/PanelApp';
import type { PanelStore } from './panel-store';

/**
 * The docked panel in its shadow root, kept mounted for Deskmate's lifetime:
 * consoles re-render <body> freely, and one that removes (or moves away) the
 * panel's host gets it back on the next mutation.
 */
export async function mountPanel(ctx: ContentScriptContext, store: PanelStore, lifetime: AbortSignal): Promise<void> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'deskmate-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow) {
      ignoreUntrustedEvents(shadow);
      const root = createRoot(container);
      root.render(<PanelApp store={store} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  if (lifetime.aborted) return;
  ui.mount();
  const doc = document;
  const remount = () => {
    if (lifetime.aborted || (ui.shadowHost.isConnected && ui.shadowHost.parentNode === doc.body)) return;
    ui.remove();
    ui.mount();
  };
  // The host is a child of <body>: watching body's children, and the root's for a replaced body, is enough and cheap.
  const onBody = new MutationObserver(remount);
  onBody.observe(doc.body, { childList: true });
  const onRoot = new MutationObserver(() => {
    onBody.disconnect();
    if (doc.body) onBody.observe(doc.body, { childList: true });
    remount();
  });
  onRoot.observe(doc.documentElement, { childList: true });
  lifetime.addEventListener('abort', () => {
    onBody.disconnect();
    onRoot.disconnect();
  });
}

/** Input events a page script could synthesise to drive the panel's buttons, fields and shortcuts. */
const GUARDED_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput', 'paste'] as const;

/**
 * Every action that writes into the console starts from the panel, so the
 * panel acts only on events the browser made from the agent's input: a
 * synthetic event (`isTrusted` false, e.g. a page calling `button.click()`)
 * is stopped at the shadow root, before React's listeners inside it.
 */
export function ignoreUntrustedEvents(root: ShadowRoot | HTMLElement): void {
  for (const type of GUARDED_EVENTS)
    root.addEventListener(
      type,
      (e) => {
        if (!e.isTrusted) e.stopImmediatePropagation();
      },
      { capture: true },
    );
}
