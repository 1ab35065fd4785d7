import { browser } from 'wxt/browser';

/** The web page the user was on last: extension pages opened as tabs (options, popup in tests) speak about it. */
export async function lastUsedWebTab() {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  return tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
