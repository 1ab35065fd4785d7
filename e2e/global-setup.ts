import { buildDemo } from '../demo/build.mjs';
import { startDemoServer } from '../demo/server.mjs';
import { startEgressGuard } from './servers/egress-guard.mjs';

/** One demo console and one network guard for the whole run; their addresses reach the tests through env. */
export default async function globalSetup() {
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
