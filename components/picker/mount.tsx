import { createRoot, type Root } from 'react-dom/client';
import { I18nContext, resolveLanguage, translator } from '@/lib/i18n';
import { DESKMATE_NODE_ATTR } from '@/lib/consoles/adapter';
import { PickerOverlay } from './PickerOverlay';
import css from './picker.css?inline';

let open: { host: HTMLElement; root: Root; restorePanel: () => void } | null = null;

/** The docked panel steps aside while the manager teaches: it would cover the console's own sidebar. */
function hidePanel(): () => void {
  const panel = document.querySelector<HTMLElement>('deskmate-panel');
  if (!panel) return () => undefined;
  const before = panel.style.display;
  panel.style.display = 'none';
  return () => {
    panel.style.display = before;
  };
}

/**
 * Opens the point-and-teach overlay in Deskmate's own shadow root (the
 * console's styles cannot reach it, and readers skip it by its
 * data-deskmate mark). A second call focuses the open one.
 */
export function openPicker(language: 'auto' | 'en' | 'zh-CN'): void {
  if (open) {
    open.host.shadowRoot?.querySelector<HTMLElement>('[data-testid="picker"] button')?.focus();
    return;
  }
  const host = document.createElement('deskmate-picker');
  host.setAttribute(DESKMATE_NODE_ATTR, 'picker');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);
  const lang = resolveLanguage(language, navigator.language);
  const root = createRoot(container);
  open = { host, root, restorePanel: hidePanel() };
  root.render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <div lang={lang}>
        <PickerOverlay onClose={closePicker} />
      </div>
    </I18nContext.Provider>,
  );
  queueMicrotask(() => shadow.querySelector<HTMLElement>('[data-testid="pick-conversation"]')?.focus());
}

export function closePicker(): void {
  if (!open) return;
  open.root.unmount();
  open.host.remove();
  open.restorePanel();
  open = null;
}

export const isPickerOpen = () => open !== null;
