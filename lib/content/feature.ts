import type { ComponentType } from 'react';
import type { ConsoleAdapter, TicketContext, TicketSnapshot } from '../consoles/adapter';
import type { EffectiveSettings } from '../settings/effective';
import type { InsightsStore } from './insights';
import type { Store } from './panel-store';

/** What a content-side feature gets: the console, the ticket as it changes, shared insights, and a stop signal. */
export interface FeatureHost {
  adapter: ConsoleAdapter;
  /** Aborts when the console session ends (pause, settings change, extension reload). */
  signal: AbortSignal;
  settings(): EffectiveSettings;
  /** The latest snapshot of the active ticket (null when none). */
  snapshot(): TicketSnapshot | null;
  ticket(): TicketContext | null;
  /** After each debounced read of the active ticket. */
  onSnapshot(cb: (snapshot: TicketSnapshot, ctx: TicketContext) => void): void;
  /** Synchronously inside the MutationObserver callback, before the browser paints (masking). */
  onMutation(cb: (ctx: TicketContext) => void): void;
  /** The page navigated: the ticket session ends now, before the next page is read (flush, forget, never carry over). */
  onNavigate(cb: () => void): void;
  insights: InsightsStore;
}

/**
 * One capability on the content side: a start function that wires it to the
 * host and returns its own store, and the panel section that shows it.
 * Registered in ./features/index.ts; the feature body never tests the URL.
 */
export interface ContentFeature<S extends object = object> {
  id: string;
  /** Whether the feature runs under these settings (checked on every session start). */
  enabled(settings: EffectiveSettings): boolean;
  start(host: FeatureHost): Store<S>;
  Section?: ComponentType<{ store: Store<S>; host: FeatureHost }>;
  /** Order in the panel (lower first). */
  order: number;
}

export function defineFeature<S extends object>(feature: ContentFeature<S>): ContentFeature<S> {
  return feature;
}
