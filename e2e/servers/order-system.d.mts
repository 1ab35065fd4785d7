/** Types for the mock order system (order-system.mjs) used by e2e specs and the lookups bench. */
export interface OrderSystemRequest {
  method: string | undefined;
  path: string;
  origin: string | null;
  authenticated: boolean;
  status: number;
  time: number;
}

export interface OrderSystemStats {
  requests: OrderSystemRequest[];
  hits: Map<string, number>;
  hitCount(key: string): number;
  reset(): void;
}

export interface OrderSystem {
  url: string;
  stats: OrderSystemStats;
  /** A Cookie header value for Node clients (no browser sign-in). */
  createSession(): string;
  close(): Promise<void>;
}

export const ORDERS: Record<string, unknown>;
export const SHIPMENTS: Record<string, unknown>;

export function startOrderSystem(options?: { port?: number; host?: string; slowMs?: number; flakyFailures?: number; cors?: 'extensions' | 'none' }): Promise<OrderSystem>;

/** Connector definitions for this server (inputs to lib/lookups' connectorSchema). */
export function exampleConnectors(baseUrl: string): Array<{ id: string; [key: string]: unknown }>;
