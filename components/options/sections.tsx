import type { MessageKey } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { SettingsGroup } from './SettingsGroup';
import { ConsolesAdmin } from './consoles/ConsolesAdmin';
import { DefinitionsEditor } from './consoles/DefinitionsEditor';
import { SettingControl } from './SettingControl';
import { PolicySection } from './PolicySection';
import { AboutSection } from './AboutSection';
import { LookupsAdmin } from './lookups/LookupsAdmin';
import { HistoryAdmin } from './history/HistoryAdmin';
import { AuditLog } from './audit/AuditLog';
import { KnowledgeAdmin } from './knowledge/KnowledgeAdmin';
import { ReportsLink } from '../reports/ReportsLink';
import { RuleTester } from './autofill/RuleTester';

export interface OptionsSection {
  id: string;
  title: MessageKey;
  render: (eff: EffectiveSettings) => React.ReactNode;
}

/** Sections in order; each later capability adds its own entry here. */
export const SECTIONS: OptionsSection[] = [
  { id: 'features', title: 'options.section.features', render: (eff) => <SettingsGroup prefix="features" eff={eff} extra={['ui.language']} /> },
  { id: 'classification', title: 'options.section.classification', render: (eff) => <SettingsGroup prefix="classification" eff={eff} /> },
  {
    id: 'autofill',
    title: 'options.section.autofill',
    render: (eff) => (
      <>
        <SettingsGroup prefix="autofill" eff={eff} />
        <RuleTester eff={eff} />
      </>
    ),
  },
  { id: 'knowledge', title: 'options.section.knowledge', render: (eff) => (<><KnowledgeAdmin eff={eff} /><SettingsGroup prefix="knowledge" eff={eff} /></>) },
  { id: 'history', title: 'options.section.history', render: (eff) => (<><SettingsGroup prefix="history" eff={eff} /><HistoryAdmin eff={eff} /></>) },
  { id: 'consoles', title: 'options.section.consoles', render: (eff) => (
      <>
        <SettingControl path="consoles.zendesk" eff={eff} />
        <ConsolesAdmin eff={eff} />
        <DefinitionsEditor eff={eff} />
      </>
    ),
  },
  { id: 'lookups', title: 'options.section.lookups', render: (eff) => (<><LookupsAdmin eff={eff} /><SettingsGroup prefix="lookups" eff={eff} /></>) },
  { id: 'reports', title: 'reports.section', render: () => <ReportsLink /> },
  { id: 'audit', title: 'options.section.audit', render: () => <AuditLog /> },
  { id: 'policy', title: 'options.section.policy', render: (eff) => <PolicySection eff={eff} /> },
  { id: 'about', title: 'options.section.about', render: (eff) => <AboutSection eff={eff} /> },
];

