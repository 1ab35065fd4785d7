import { browser } from 'wxt/browser';
import { startEarlyGuard } from '@/lib/content/early/early-guard';
import { EARLY_GUARD_GLOBAL, earlyPlanFrom } from '@/lib/content/early/plan';

export default defineContentScript({
  // Same hosts as the full content script; it runs first, at document_start, and is kept small (no panel, no schema).
  matches: ['https://*.zendesk.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_start',
  main() {
    // Content scripts of one extension share an isolated world: the full script finds the guard here (the page cannot).
    const readPlan = async () => {
      const [local, policy] = await Promise.all([
        browser.storage.local.get(['settings', 'paused']),
        // Policy, read raw (lib/settings/store.ts would bring the whole schema): no policy or no schema → none.
        (browser.storage.managed?.get() ?? Promise.resolve({})).catch(() => ({})),
      ]);
      return earlyPlanFrom(local.settings, policy, local.paused === true);
    };
    (globalThis as Record<string, unknown>)[EARLY_GUARD_GLOBAL] = startEarlyGuard(document, readPlan);
  },
});
