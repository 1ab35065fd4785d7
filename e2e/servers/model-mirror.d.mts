export function startModelMirror(opts?: { port?: number }): Promise<{ url: string; served: string[]; close: () => Promise<void> }>;
