import { defineConfig } from 'wxt';

// A fixed public key gives the self-hosted and e2e builds a stable extension id
// (policy files and update.xml name it). Store builds drop it: the stores assign their own.
// The matching private key is scripts/keys/deskmate-dev.pem (development only).
const selfHostedKey = process.env.DESKMATE_NO_KEY ? undefined : process.env.DESKMATE_KEY;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'offscreen', 'alarms', 'clipboardWrite'],
    host_permissions: ['https://*.zendesk.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    ...(selfHostedKey && browser !== 'firefox' ? { key: selfHostedKey } : {}),
  }),
});
