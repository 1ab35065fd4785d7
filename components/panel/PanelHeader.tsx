import { useI18n } from '@/lib/i18n';
import type { PanelState } from '@/lib/content/panel-store';

export function PanelHeader({ state, onToggle }: { state: PanelState; onToggle: () => void }) {
  const { t } = useI18n();
  const snap = state.snapshot;
  return (
    <header className="dm-header">
      <button type="button" className="dm-toggle" onClick={onToggle} aria-expanded={!state.collapsed} title={`${state.collapsed ? t('panel.expand') : t('panel.collapse')} (Alt+Shift+D)`} aria-label={state.collapsed ? t('panel.expand') : t('panel.collapse')}>
        {state.collapsed ? '◀' : '▶'}
      </button>
      {!state.collapsed && (
        <div className="dm-title">
          <strong>{t('app.name')}</strong>
          <span className="dm-reading" data-testid="dm-reading">
            {snap
              ? t('panel.reading', { console: state.consoleName ?? '', ticket: snap.ticketId ?? '?' })
              : state.consoleName
                ? `${state.consoleName} · ${t('panel.noTicket')}`
                : ''}
          </span>
        </div>
      )}
    </header>
  );
}
