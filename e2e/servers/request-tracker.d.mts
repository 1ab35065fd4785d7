/** Types for the live Request Tracker 5 server (request-tracker.mjs) used by e2e specs. */
export interface RtLogin {
  user: string;
  password: string;
}

export const RT_ROOT_LOGIN: RtLogin;
export const RT_AGENT: RtLogin & { name: string; email: string };

export interface RtTransaction {
  id: number;
  /** RT's transaction type: Create, Correspond, Comment, Status, EmailRecord, CustomField… */
  type: string;
  created: string;
  creator: string | null;
  /** text/plain content of Create, Correspond and Comment transactions ('' for others). */
  content: string;
}

export interface RtClient {
  rest1(path: string, fields: Record<string, string | number>, who?: RtLogin): Promise<string>;
  rest2<T = any>(path: string, init?: RequestInit, who?: RtLogin): Promise<T>;
  customerWrites(msg: { ticketId?: number; from: string; name: string; subject: string; body: string; date?: string | number }): Promise<number>;
  agentReplies(ticketId: number, text: string): Promise<string>;
  agentComments(ticketId: number, text: string): Promise<string>;
  transactions(ticketId: number): Promise<RtTransaction[]>;
  ticket<T = any>(ticketId: number): Promise<T>;
}

export interface RequestTracker extends RtClient {
  url: string;
  version: string;
  runDir: string;
  tickets: { en: number; zh: number };
  timings: { databaseMs: number; serverMs: number; seedMs: number; totalMs: number };
  agent: typeof RT_AGENT;
  close(): Promise<void>;
}

/** A REST client for an RT already running at `url` (e.g. the suite's, from DESKMATE_RT_URL). */
export function connectRequestTracker(url: string): RtClient;
export function requestTrackerInstalled(): boolean;
export function requestTrackerVersion(): string;
export function rest1Form(fields: Record<string, string | number>): string;
export function customerEmail(msg: { from: string; name: string; subject: string; body: string; date?: string | number }): string;
export function seedTickets(rt: RtClient): Promise<{ en: number; zh: number }>;
export function startRequestTracker(options?: { port?: number; log?: (message: string) => void; timeoutMs?: number; workers?: number }): Promise<RequestTracker>;
