import { startDeskmate } from '@/lib/content/start';
import { CONSOLE_HOSTS } from '@/lib/permissions/shipped-hosts';
import '@/components/panel/panel.css';
import '@/components/panel/autofill/autofill.css';
import '@/components/panel/history/history.css';
import '@/components/panel/lookups/lookups.css';
import '@/components/panel/classify/classify.css';
import '@/components/panel/knowledge/knowledge.css';

export default defineContentScript({
  // Zendesk (demo/test builds add loopback in wxt.config.ts); other consoles are registered at run time once a manager grants their host.
  matches: [...CONSOLE_HOSTS],
  cssInjectionMode: 'ui',
  // The early guard (entrypoints/early.content.ts) masks from document_start; this larger script waits until the page is parsed.
  runAt: 'document_idle',
  main: (ctx) => startDeskmate(ctx),
});
