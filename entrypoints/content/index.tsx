import { startDeskmate } from '@/lib/content/start';
import '@/components/panel/panel.css';
import '@/components/panel/autofill/autofill.css';
import '@/components/panel/history/history.css';
import '@/components/panel/lookups/lookups.css';
import '@/components/panel/classify/classify.css';
import '@/components/panel/knowledge/knowledge.css';

export default defineContentScript({
  // Zendesk and the local demo console; other consoles are registered at run time once the manager grants their host.
  matches: ['https://*.zendesk.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  cssInjectionMode: 'ui',
  // The early guard (entrypoints/early.content.ts) masks from document_start; this larger script waits until the page is parsed.
  runAt: 'document_idle',
  main: (ctx) => startDeskmate(ctx),
});
