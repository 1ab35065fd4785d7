import { defineConfig } from 'wxt';

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoHostsIn, isDemoBuildEnv, shippedHosts } from './lib/permissions/shipped-hosts';

// Demo/test builds (DESKMATE_DEMO_HOSTS=1: npm start, build:demo, test:e2e) add the loopback hosts the demo
// console and the e2e servers use; every other build ships Zendesk hosts only (lib/permissions/shipped-hosts.ts).
const demoBuild = isDemoBuildEnv(process.env);

// A fixed public key gives self-hosted and e2e builds a stable extension id,
// eppeacojielmpmaabpiefgcdgegjfgle, which policy files and update.xml name.
// Store builds (DESKMATE_STORE_BUILD=1) drop it: the stores assign their own id.
// scripts/keys/deskmate-dev.pem is a development key; an organisation that
// self-hosts signs with its own (see docs/admin-guide.md).
const selfHostedKey = process.env.DESKMATE_STORE_BUILD
  ? undefined
  : (process.env.DESKMATE_PUBLIC_KEY ?? readFileSync(new URL('./scripts/keys/deskmate-dev.pub.b64', import.meta.url), 'utf8').trim());

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The panel's stylesheet is fetched by the content script, so it must be web-accessible wherever the
    // script may run: also on console hosts a manager grants at run time (registered dynamically).
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war === 'object' && war.resources.some((r) => r.startsWith('content-scripts/'))) war.matches = ['https://*/*', 'http://*/*'];
      }
      // The content script's own matches name the shipped consoles; the demo build adds loopback here.
      if (demoBuild) for (const cs of manifest.content_scripts ?? []) cs.matches = [...new Set([...(cs.matches ?? []), ...shippedHosts(true)])];
    },
    // A zip is what goes to a store: refuse one that a demo build (or a stray env flag) would fill with loopback hosts.
    'zip:extension:start': (wxt) => {
      const manifest = JSON.parse(readFileSync(resolve(wxt.config.outDir, 'manifest.json'), 'utf8')) as Parameters<typeof demoHostsIn>[0];
      const demo = demoHostsIn(manifest);
      if (demo.length) throw new Error(`Refusing to zip a demo/test build (it names ${demo.join(', ')}); unset DESKMATE_DEMO_HOSTS and zip again.`);
    },
    // The browser runs the q8 models; the fp32 ones in public/models are for the Node CLI and evaluation only.
    'build:publicAssets': (_wxt, files) => {
      const keep = files.filter((f) => !/models\/[^/]+\/onnx\/model\.onnx$/.test(f.relativeDest));
      // The model card ships with the extension (About → Model card) so agents and auditors can read it offline.
      if (existsSync('docs/model-card.md')) keep.push({ absoluteSrc: resolve('docs/model-card.md'), relativeDest: 'model-card.md' });
      files.splice(0, files.length, ...keep);
    },
  },
  srcDir: '.',
  // DESKMATE_OUT_DIR lets the packaged-manifest test build a store package beside the e2e build without replacing it.
  outDir: process.env.DESKMATE_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'offscreen', 'alarms', 'clipboardWrite', 'scripting'],
    host_permissions: shippedHosts(demoBuild),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    ...(selfHostedKey && browser !== 'firefox' ? { key: selfHostedKey } : {}),
  }),
});
