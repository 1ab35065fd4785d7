import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRoot } from 'react-dom/client';
import { resolveAdapter } from '../consoles/registry';
import type { ConsoleAdapter } from '../consoles/adapter';
import { handleMessages } from '../messaging/server';
import { loadEffectiveSettings, watchEffectiveSettings } from '../settings/store';
import { isPaused, watchPaused } from '../settings/pause';
import type { EffectiveSettings } from '../settings/effective';
import { createPanelStore, Store, type PanelStore } from './panel-store';
import type { FeatureHost } from './feature';
import { emptyInsights, type TicketInsights } from './insights';
import { CONTENT_FEATURES } from './features';
import type { TicketContext, TicketSnapshot } from '../consoles/adapter';
import { watchTicket } from './ticket-watcher';
import { checkDefinitionOnPage } from './check-definition';
import { PanelApp } from '../../components/panel/PanelApp';
import { handlePickerMessages } from '../../components/picker/register';

/**
 * The content script's whole life: find the console, mount the panel in a
 * shadow root, follow the active ticket, and stop everything when the
 * extension context goes away (update, reload) via `ctx.signal`.
 */
export async function startDeskmate(ctx: ContentScriptContext): Promise<void> {
  const store = createPanelStore();
  let settings = await loadEffectiveSettings();
  let paused = await isPaused();
  store.set({ settings });

  handleMessages('content', {
    'content.status': () => {
      const s = store.get();
      return { consoleId: s.consoleId, consoleName: s.consoleName, ticketId: s.snapshot?.ticketId ?? null, messages: s.snapshot?.messages.length ?? 0, paused };
    },
    'content.checkDefinition': ({ definition }) => checkDefinitionOnPage(definition),
  });
  handlePickerMessages(() => store.get().settings);

  let session: AbortController | null = null;
  const restart = () => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([ctx.signal, session.signal]);
    if (paused) return store.set({ status: 'paused' });
    const found = findAdapter(settings);
    if (!found) {
      store.set({ status: 'searching', consoleId: null, consoleName: null, snapshot: null });
      waitForConsole(signal, restart);
      return;
    }
    runSession(found, store, signal, () => settings);
  };

  const unwatchSettings = watchEffectiveSettings((next) => {
    settings = next;
    store.set({ settings: next });
    restart();
  });
  const unwatchPaused = watchPaused((p) => {
    paused = p;
    restart();
  });
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchPaused();
  });

  const ui = await createShadowRootUi(ctx, {
    name: 'deskmate-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(<PanelApp store={store} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  restart();
}

function findAdapter(settings: EffectiveSettings): ConsoleAdapter | null {
  return resolveAdapter(document, new URL(location.href), {
    enabled: { zendesk: settings.settings.consoles.zendesk },
    definitions: settings.settings.consoles.definitions,
  });
}

/** Single-page consoles render after load: look again when the page changes, until a console appears. */
function waitForConsole(signal: AbortSignal, retry: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(retry, 250);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

function runSession(adapter: ConsoleAdapter, store: PanelStore, signal: AbortSignal, settings: () => EffectiveSettings): void {
  const snapshotListeners: Array<(s: TicketSnapshot, c: TicketContext) => void> = [];
  const mutationListeners: Array<(c: TicketContext) => void> = [];
  const navigateListeners: Array<() => void> = [];
  let lastCtx: TicketContext | null = null;
  const insights = new Store<TicketInsights>(emptyInsights());
  const host: FeatureHost = {
    adapter,
    signal,
    settings,
    snapshot: () => store.get().snapshot,
    ticket: () => lastCtx,
    onSnapshot: (cb) => void snapshotListeners.push(cb),
    onMutation: (cb) => void mutationListeners.push(cb),
    onNavigate: (cb) => void navigateListeners.push(cb),
    insights,
  };
  const running = CONTENT_FEATURES.filter((f) => f.enabled(settings()))
    .sort((a, b) => a.order - b.order)
    .map((feature) => ({ feature, host, store: feature.start(host) }));
  store.set({ status: 'active', consoleId: adapter.id, consoleName: adapter.name, error: null, running });
  signal.addEventListener('abort', () => store.set({ running: [] }));
  watchTicket(
    document,
    adapter,
    {
      onMutation: (ctx) => {
        for (const cb of mutationListeners) cb(ctx);
      },
      onSnapshot: (snapshot, ctx) => {
        lastCtx = ctx;
        const key = `${snapshot.consoleId}:${snapshot.ticketId ?? ''}`;
        if (insights.get().ticketKey !== key) insights.set(emptyInsights(key));
        store.set({ snapshot, status: 'active' });
        for (const cb of snapshotListeners) {
          try {
            cb(snapshot, ctx);
          } catch (err) {
            store.set({ error: (err as Error).message });
          }
        }
      },
      onNoTicket: () => store.set({ snapshot: null }),
      onNavigate: () => {
        // Nothing read on the previous page may reach the next one: features end their ticket session first.
        for (const cb of navigateListeners) {
          try {
            cb();
          } catch (err) {
            store.set({ error: (err as Error).message });
          }
        }
        lastCtx = null;
        insights.set(emptyInsights());
        store.set({ snapshot: null });
      },
    },
    signal,
  );
}
