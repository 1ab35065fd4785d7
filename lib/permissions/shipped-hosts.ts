/**
 * Which hosts the packaged manifest names, per build.
 *
 * A store or self-hosted package (`npm run build`, `npm run zip`,
 * `npm run pack:crx`) carries the Zendesk hosts only: Deskmate runs there and
 * nowhere else until a manager grants another console's or connector's host
 * (optional host permissions, options page or policy). The demo console and
 * the e2e fixtures are served on loopback, so the demo/test build
 * (`DESKMATE_DEMO_HOSTS=1`, set by `npm start`, `npm run build:demo` and
 * `npm run test:e2e`) adds localhost and 127.0.0.1. Shipping those would let
 * Deskmate run (and be steered) on every developer's local web app, and let
 * lookups reach local servers nobody granted.
 */

/** Consoles with a built-in adapter, e.g. https://acme.zendesk.com/agent/tickets/1. */
export const CONSOLE_HOSTS: readonly string[] = ['https://*.zendesk.com/*'];

/** The demo console and e2e fixture servers, e.g. http://127.0.0.1:5178/agent/tickets/1001. */
export const DEMO_HOSTS: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The environment variable that makes a build a demo/test build. */
export const DEMO_HOSTS_ENV = 'DESKMATE_DEMO_HOSTS';

export const isDemoBuildEnv = (env: Record<string, string | undefined>): boolean => env[DEMO_HOSTS_ENV] === '1';

/** Host permissions and content-script matches of a build. */
export const shippedHosts = (demo: boolean): string[] => [...CONSOLE_HOSTS, ...(demo ? DEMO_HOSTS : [])];

interface ManifestHosts {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/** Every place a manifest names a demo host (host permissions, content-script matches); empty for a store build. */
export function demoHostsIn(manifest: ManifestHosts): string[] {
  const named = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? [])];
  return [...new Set(named.filter((h) => DEMO_HOSTS.includes(h)))];
}
