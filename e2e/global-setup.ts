import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemo } from '../demo/build.mjs';
import { demoHostsIn } from '../lib/permissions/shipped-hosts';
import { EXTENSION_PATH } from './fixtures';
import { startDemoServer } from '../demo/server.mjs';
import { startEgressGuard } from './servers/egress-guard.mjs';

/** One demo console and one network guard for the whole run; their addresses reach the tests through env. */
export default async function globalSetup() {
  // The console fixtures are served on loopback, which only the demo/test build may run on: a store build here
  // would fail every spec with "panel not found" instead of saying why.
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as Parameters<typeof demoHostsIn>[0];
  if (demoHostsIn(manifest).length === 0) throw new Error(`${EXTENSION_PATH} is a store build (Zendesk hosts only); the e2e suite needs the demo/test build: npm run build:demo`);
  await buildDemo();
  const demo = await startDemoServer({ port: 0 });
  const guard = await startEgressGuard();
  process.env.DESKMATE_DEMO_URL = demo.url;
  process.env.DESKMATE_GUARD_PORT = String(guard.port);
  return async () => {
    await demo.close();
    await guard.close();
  };
}
