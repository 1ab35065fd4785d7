export function startEgressGuard(opts?: { port?: number }): Promise<{ port: number; attempts: Array<{ time: number; method: string; url: string }>; close: () => Promise<void> }>;
