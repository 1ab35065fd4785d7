import { HistorySection } from '../../../../components/panel/history/HistorySection';
import { defineFeature } from '../../feature';
import { startHistory, type HistoryState } from './history-session';

/** Handling history (issue 6): automatic records per ticket and the returning customer's timeline. */
export const historyFeature = defineFeature<HistoryState>({
  id: 'history',
  order: 40,
  enabled: (eff) => eff.settings.features.history,
  start: startHistory,
  Section: HistorySection,
});
