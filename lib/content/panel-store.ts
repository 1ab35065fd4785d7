import type { TicketSnapshot } from '../consoles/adapter';
import type { EffectiveSettings } from '../settings/effective';
import type { ContentFeature, FeatureHost } from './feature';

/** A feature started for the current console session, with the store its section reads. */
export interface RunningFeature {
  feature: ContentFeature<any>;
  store: Store<any>;
  host: FeatureHost;
}

/** Everything the panel shows. Features write their slice; React reads it with useSyncExternalStore. */
export interface PanelState {
  status: 'searching' | 'active' | 'paused' | 'error';
  consoleId: string | null;
  consoleName: string | null;
  snapshot: TicketSnapshot | null;
  settings: EffectiveSettings | null;
  error: string | null;
  collapsed: boolean;
  running: RunningFeature[];
}

export const initialPanelState: PanelState = {
  status: 'searching',
  consoleId: null,
  consoleName: null,
  snapshot: null,
  settings: null,
  error: null,
  collapsed: false,
  running: [],
};

/** A minimal external store: a value, a setter that merges, and subscribers. */
export class Store<T extends object> {
  private listeners = new Set<() => void>();
  constructor(private state: T) {}
  get = (): T => this.state;
  set = (patch: Partial<T> | ((s: T) => Partial<T>)): void => {
    const next = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  };
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export type PanelStore = Store<PanelState>;
export const createPanelStore = (): PanelStore => new Store<PanelState>(initialPanelState);
