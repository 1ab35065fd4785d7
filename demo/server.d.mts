export function startDemoServer(opts?: { port?: number; host?: string }): Promise<{ url: string; stats: { helpCenterRequests: number }; close: () => Promise<void> }>;
