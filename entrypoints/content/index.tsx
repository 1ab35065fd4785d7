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
  // document_start: masking must be in place before the console's first paint (the panel itself mounts after it).
  runAt: 'document_start',
  main: (ctx) => startDeskmate(ctx),
});
