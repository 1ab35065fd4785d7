import { useMutation } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { useState } from 'react';
import { sendToTab } from '@/lib/messaging/client';
import { useI18n } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings/effective';
import type { ConsoleDefinition } from '@/lib/consoles/definition';
import { lastUsedWebTab } from '../../shared/tabs';
import { PresetButtons } from './PresetButtons';

/** The host permission a definition's URL pattern needs, e.g. "https://help.acme.com/*". */
export function originPatternOf(urlPattern: string): string | null {
  const m = /^(https?|\*):\/\/([^/]+)/.exec(urlPattern);
  if (!m) return null;
  const host = m[2]!.replace(/:\*$/, '').replace(/:\d+$/, '');
  return `${m[1] === '*' ? '*' : m[1]}://${host}/*`;
}

export function ConsolesAdmin({ eff }: { eff: EffectiveSettings }) {
  const { t } = useI18n();
  const defs = eff.settings.consoles.definitions;
  return (
    <div className="consoles-admin">
      <PresetButtons eff={eff} />
      <h3>{t('options.consoles.definitions')}</h3>
      {defs.length === 0 && <p className="description">{t('options.consoles.none')}</p>}
      {defs.map((d) => (
        <DefinitionRow key={d.id} def={d} />
      ))}
    </div>
  );
}

function DefinitionRow({ def }: { def: ConsoleDefinition }) {
  const { t } = useI18n();
  const origin = originPatternOf(def.urlPattern);
  const [granted, setGranted] = useState<boolean | null>(null);
  const grant = useMutation({
    mutationFn: async () => {
      if (!origin) throw new Error(t('options.consoles.noOrigin'));
      const ok = await browser.permissions.request({ origins: [origin] });
      setGranted(ok);
      return ok;
    },
  });
  const check = useMutation({
    mutationFn: async () => {
      const tab = await lastUsedWebTab();
      if (!tab?.id) throw new Error(t('options.consoles.noTab'));
      return sendToTab(tab.id, 'content.checkDefinition', { definition: def });
    },
  });
  const r = check.data;
  return (
    <div className="setting" data-definition={def.id}>
      <label>
        {def.name} <code>{def.urlPattern}</code>
      </label>
      <div className="control">
        {origin && (
          <button type="button" onClick={() => grant.mutate()}>
            {t('options.consoles.grant', { origin })}
          </button>
        )}
        <button type="button" onClick={() => check.mutate()} data-testid={`check-${def.id}`}>
          {t('options.consoles.check')}
        </button>
        {granted === true && <span>{t('options.consoles.granted')}</span>}
        {granted === false && <span className="field-error">{t('options.consoles.denied')}</span>}
      </div>
      {(check.error || grant.error) && <p className="field-error">{(check.error ?? grant.error)!.message}</p>}
      {r && (
        <div className="check-result" data-testid={`check-result-${def.id}`}>
          <p>
            {r.problems.length === 0 ? t('options.consoles.allFound', { count: r.messages }) : t('options.consoles.problems', { count: r.problems.length })} · <code>{r.url}</code>
          </p>
          {r.problems.length > 0 && (
            <ul>
              {r.problems.map((p) => (
                <li key={p} className="field-error">
                  {p}
                </li>
              ))}
            </ul>
          )}
          <table>
            <tbody>
              {r.checks.map((c) => (
                <tr key={c.path}>
                  <td>
                    <code>{c.path}</code>
                  </td>
                  <td>
                    <code>{c.selector}</code>
                  </td>
                  <td>{c.error ?? c.found}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
