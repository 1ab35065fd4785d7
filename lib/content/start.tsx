import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
import { handlePickerMessages } from '../../components/picker/register';
import { extensionLifetime, lifetimeContext } from './lifetime';
import { afterNextPaint, bodyReady } from './pre-hide';
import { EARLY_GUARD_GLOBAL } from './early/plan';
import type { EarlyGuard } from './early/early-guard';
import { MASK_ATTR } from './features/classify/mask-dom';
import { mountPanel } from './panel-mount';

/**
 * The full content script's life, from document_idle (the early guard,
 * `early/early-guard.ts`, has kept abuse off screen since document_start):
 * find the console (in the same mutation callback it appears in), take over
 * masking from the guard, mount the panel only after the page has painted,
 * and stop everything when the extension itself goes away (`extensionLifetime`,
 * not WXT's forgeable event).
 */
export async function startDeskmate(ctx: ContentScriptContext): Promise<void> {
  const lifetime = extensionLifetime(ctx);
  const guard = (globalThis as Record<string, unknown>)[EARLY_GUARD_GLOBAL] as EarlyGuard | undefined;
  try {
    await startSessions(ctx, lifetime, () => guard?.handOver());
  } finally {
    guard?.handOver();
  }
}

async function startSessions(ctx: ContentScriptContext, lifetime: AbortSignal, takeOverMasking: () => void): Promise<void> {
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

  const clearStaleMasks = () => {
    // The guard may have hidden a message under an older plan; with masking off nobody would show it again.
    if (paused || !settings.settings.features.abuseMasking) for (const el of Array.from(document.querySelectorAll(`[${MASK_ATTR}]`))) el.removeAttribute(MASK_ATTR);
  };
  clearStaleMasks();

  let session: AbortController | null = null;
  const restart = () => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([lifetime, session.signal]);
    if (paused) return store.set({ status: 'paused' });
    const found = findAdapter(settings);
    if (!found) {
      store.set({ status: 'searching', consoleId: null, consoleName: null, snapshot: null });
      waitForConsole(signal, () => findAdapter(settings) !== null, restart);
      return;
    }
    runSession(found, store, signal, () => settings);
  };

  const unwatchSettings = watchEffectiveSettings((next) => {
    settings = next;
    store.set({ settings: next });
    clearStaleMasks();
    restart();
  });
  const unwatchPaused = watchPaused((p) => {
    paused = p;
    clearStaleMasks();
    restart();
  });
  lifetime.addEventListener('abort', () => {
    unwatchSettings();
    unwatchPaused();
  });

  await bodyReady(document);
  // From here on every customer message is checked in the mutation callback it appears in, before paint.
  restart();
  takeOverMasking();
  // The panel (React and every section) waits for the page's first paint, so it never delays what the agent sees.
  await afterNextPaint(window);
  if (!lifetime.aborted) await mountPanel(lifetimeContext(ctx, lifetime), store, lifetime);
}

function findAdapter(settings: EffectiveSettings): ConsoleAdapter | null {
  return resolveAdapter(document, new URL(location.href), {
    enabled: { zendesk: settings.settings.consoles.zendesk },
    definitions: settings.settings.consoles.definitions,
  });
}

/**
 * Single-page consoles render after load: look again on each change, in the
 * same mutation callback (before the browser paints what appeared), until a
 * console is there. Detection is a few selector queries.
 */
function waitForConsole(signal: AbortSignal, present: () => boolean, start: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (signal.aborted) return;
    if (present()) {
      observer.disconnect();
      clearTimeout(timer);
      return start();
    }
    // Some consoles show up by a URL change without a mutation worth noticing: look once more when the page settles.
    clearTimeout(timer);
    timer = setTimeout(() => !signal.aborted && present() && start(), 250);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
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
        // The panel keeps showing the last snapshot until the next read replaces it (or says there is no ticket), so
        // its sections keep their open/closed state across a tab switch; features have already let go of it.
      },
    },
    signal,
  );
}
