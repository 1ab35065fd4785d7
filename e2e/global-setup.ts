import { buildDemo } from '../demo/build.mjs';
import { startDemoServer } from '../demo/server.mjs';
import { startEgressGuard } from './servers/egress-guard.mjs';
import { requestTrackerInstalled, startRequestTracker, type RequestTracker } from './servers/request-tracker.mjs';
import { runSelectsRequestTracker } from './servers/spec-selection';

/** One demo console, one network guard and (when installed) one live Request Tracker for the whole run; their addresses reach the tests through env. */
export default async function globalSetup() {
  await buildDemo();
  const demo = await startDemoServer({ port: 0 });
  const guard = await startEgressGuard();
  process.env.DESKMATE_DEMO_URL = demo.url;
  process.env.DESKMATE_GUARD_PORT = String(guard.port);
  const rt = await maybeStartRequestTracker();
  return async () => {
    await demo.close();
    await guard.close();
    await rt?.close();
  };
}

/**
 * RT takes ~40 s to start, so it starts only when the run includes its spec
 * (the whole suite, or a filter naming request-tracker). Not installed: the
 * RT specs skip and say so. .ci/run always installs it.
 */
async function maybeStartRequestTracker(): Promise<RequestTracker | null> {
  if (!runSelectsRequestTracker(process.argv)) return null;
  // An RT already running (`node e2e/servers/request-tracker.mjs`, which prints both values) saves its start-up while iterating.
  if (process.env.DESKMATE_RT_URL) {
    process.env.DESKMATE_RT_TICKETS ??= JSON.stringify({ en: 1, zh: 2 });
    console.log(`[request-tracker] using the RT at ${process.env.DESKMATE_RT_URL}`);
    return null;
  }
  if (!requestTrackerInstalled()) {
    process.env.DESKMATE_RT_SKIP = 'Request Tracker 5 is not installed (apt-get install request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients, or run .ci/run): the live-RT specs are skipped.';
    console.warn(`[skip] ${process.env.DESKMATE_RT_SKIP}`);
    return null;
  }
  const rt = await startRequestTracker({ log: (m) => console.log(`[request-tracker] ${m}`) });
  process.env.DESKMATE_RT_URL = rt.url;
  process.env.DESKMATE_RT_TICKETS = JSON.stringify(rt.tickets);
  return rt;
}
