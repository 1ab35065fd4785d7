import { browser } from 'wxt/browser';
import { settingsSchema } from './schema';
import { computeEffectiveSettings, isLocked, type EffectiveSettings } from './effective';
import { sanitizeSettings, type SettingsIssue } from './sanitize';
import { isPlainObject, leafPaths, setAt, getAt } from './schema-walk';

/** The one storage key that holds what a manager changed (a partial Settings). */
export const USER_SETTINGS_KEY = 'settings';

/** Policy from chrome.storage.managed; never throws (no schema, no policy, or a browser without it → {}). */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return {};
    const value = await managed.get();
    return isPlainObject(value) ? value : {};
  } catch {
    return {};
  }
}

export async function readStoredSettings(): Promise<unknown> {
  const got = await browser.storage.local.get(USER_SETTINGS_KEY);
  return got[USER_SETTINGS_KEY] ?? {};
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  // The offscreen document has no chrome.storage: it asks the background, which has.
  if (!browser.storage?.local) {
    const { send } = await import('../messaging/client');
    return send('settings.get', {});
  }
  const [stored, policy] = await Promise.all([readStoredSettings(), readPolicy()]);
  return computeEffectiveSettings(stored, policy);
}

export class SettingsValidationError extends Error {
  constructor(readonly issues: SettingsIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'SettingsValidationError';
  }
}

/**
 * Apply a manager's change: `{ "features.autofill": false }` (leaf path → value).
 * Locked paths and invalid values are refused with the field named; nothing
 * is written unless every change is valid.
 */
export async function updateUserSettings(changes: Record<string, unknown>): Promise<EffectiveSettings> {
  const current = await loadEffectiveSettings();
  const issues: SettingsIssue[] = [];
  const leaves = new Set(leafPaths(settingsSchema));
  const stored = await readStoredSettings();
  const next: Record<string, unknown> = isPlainObject(stored) ? structuredClone(stored) : {};
  for (const [path, value] of Object.entries(changes)) {
    if (!leaves.has(path)) issues.push({ path, message: 'unknown setting' });
    else if (isLocked(current.locked, path)) issues.push({ path, message: 'set by your organisation' });
    else setAt(next, path, value);
  }
  const clean = sanitizeSettings(settingsSchema, next);
  for (const issue of clean.issues) if (issue.path in changes) issues.push(issue);
  if (issues.length) throw new SettingsValidationError(issues);
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: clean.value });
  return computeEffectiveSettings(clean.value, await readPolicy());
}

/** Restore one setting to its default (removes the stored value). */
export async function resetUserSetting(path: string): Promise<EffectiveSettings> {
  const stored = await readStoredSettings();
  const next: Record<string, unknown> = isPlainObject(stored) ? structuredClone(stored) : {};
  if (getAt(next, path) !== undefined) setAt(next, path, undefined);
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: JSON.parse(JSON.stringify(next)) });
  return loadEffectiveSettings();
}

/** Calls `onChange` whenever stored settings or policy change; returns the unsubscribe. */
export function watchEffectiveSettings(onChange: (s: EffectiveSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) void loadEffectiveSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
