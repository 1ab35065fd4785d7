import { browser } from 'wxt/browser';
import { startEarlyGuard } from '@/lib/content/early/early-guard';
import { EARLY_GUARD_GLOBAL, earlyPlanFrom } from '@/lib/content/early/plan';
import { CONSOLE_HOSTS } from '@/lib/permissions/shipped-hosts';

/** How long the guard waits for managed policy before it checks messages with the manager's settings alone. */
const POLICY_WAIT_MS = 60;

export default defineContentScript({
  // Same hosts as the full content script (demo/test builds add loopback in wxt.config.ts); it runs first, at
  // document_start, and is kept small (no panel, no schema).
  matches: [...CONSOLE_HOSTS],
  runAt: 'document_start',
  main() {
    // Content scripts of one extension share an isolated world: the full script finds the guard here (the page cannot).
    const readPlan = async () => {
      const [local, policy] = await Promise.all([
        browser.storage.local.get(['settings', 'paused']),
        // Policy, read raw (lib/settings/store.ts would bring the whole schema): no policy or no schema → none.
        // Chromium answers the first managed read of a fresh browser only once its policy service is up (about 3 s
        // measured in the e2e browser), far past the page's first paint: the guard goes on without policy after
        // POLICY_WAIT_MS rather than leave the page unguarded. Policy can only add a console or switch masking off;
        // the full script applies it when it takes over.
        Promise.race([(browser.storage.managed?.get() ?? Promise.resolve({})).catch(() => ({})), new Promise<Record<string, unknown>>((r) => setTimeout(() => r({}), POLICY_WAIT_MS))]),
      ]);
      return earlyPlanFrom(local.settings, policy, local.paused === true);
    };
    (globalThis as Record<string, unknown>)[EARLY_GUARD_GLOBAL] = startEarlyGuard(document, readPlan);
  },
});
